import { spawn } from "node:child_process";
import type { ManifestProblem } from "./problem.ts";
import { frenchParserMessage, frenchSchemaMessage } from "./xmllint-messages.ts";

export interface XmllintReport {
  /** False when the document is not well-formed XML: nothing else can be checked then. */
  wellFormed: boolean;
  problems: ManifestProblem[];
}

/** xmllint's exit status when the schema itself fails to compile (a wrong schema directory). */
const SCHEMA_COMPILE_ERROR = 5;

/** `-:12: element Version: Schemas validity error : Element '…': …` or `-:3: parser error : …`. */
const MESSAGE_LINE = /^-:(\d+): (?:element [^:]+: )?(.+?) (error|warning) : (.*)$/;

function run(args: readonly string[], input: string): Promise<{ status: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("xmllint", args, { stdio: ["pipe", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new Error("xmllint est introuvable : installez le paquet Debian libxml2-utils.")
          : error
      )
    );
    child.on("close", (status) => resolve({ status: status ?? 1, stderr }));
    // xmllint may stop reading early (a schema that does not compile); its status says why, not EPIPE.
    child.stdin.on("error", () => undefined);
    child.stdin.end(input, "utf8");
  });
}

/**
 * Validates a manifest against the XSD with xmllint, offline (--nonet: the schemas import one another by
 * relative paths, nothing is fetched). Only the first well-formedness error is kept: the ones after it
 * are its echoes.
 */
export async function xmllintProblems(xml: string, schemaFile: string): Promise<XmllintReport> {
  const { status, stderr } = await run(["--nonet", "--noout", "--schema", schemaFile, "-"], xml);
  if (status === SCHEMA_COMPILE_ERROR) {
    throw new Error(
      `Les schémas du manifeste ne se chargent pas (${schemaFile}) : ${stderr.trim()}`
    );
  }
  const problems: ManifestProblem[] = [];
  let wellFormed = true;
  for (const text of stderr.split("\n")) {
    const match = MESSAGE_LINE.exec(text);
    if (match === null) continue;
    const [, lineNumber = "0", domain = "", level, body = ""] = match;
    if (level === "warning") continue;
    const line = Number(lineNumber) > 0 ? Number(lineNumber) : undefined;
    if (domain === "Schemas validity") {
      problems.push({ line, message: frenchSchemaMessage(body) });
    } else if (wellFormed) {
      wellFormed = false;
      problems.push({ line, message: frenchParserMessage(body) });
    }
  }
  if (status !== 0 && problems.length === 0) {
    problems.push({ line: undefined, message: `xmllint refuse le manifeste : ${stderr.trim()}` });
  }
  return { wellFormed, problems };
}
