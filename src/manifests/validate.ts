import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hostChecks } from "./host-checks.ts";
import { identityChecks } from "./identity-checks.ts";
import type { ManifestCheck, ManifestProblem } from "./problem.ts";
import { resourceChecks } from "./resource-checks.ts";
import { urlChecks } from "./url-checks.ts";
import { parseXml, XmlSyntaxError } from "./xml-tree.ts";
import { xmllintProblems } from "./xmllint.ts";

export type { ManifestProblem } from "./problem.ts";

/** Microsoft's XSDs of the add-in manifest, kept in shared/ beside the repository. */
export const DEFAULT_SCHEMA_DIR = fileURLToPath(
  new URL("../../../shared/schemas/office-addin-manifest/", import.meta.url)
);

/** The root schema; it imports the VersionOverrides and basic-types schemas by relative paths. */
const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";

export interface ValidateOptions {
  /** Folder of the XSDs (OfficeAppManifestV1_1.xsd and the schemas it imports). */
  schemaDir?: string;
}

/** What Office's own validator checks and the XSD cannot say. */
const CHECKS: readonly ManifestCheck[] = [
  ...identityChecks,
  ...hostChecks,
  ...urlChecks,
  ...resourceChecks,
];

function checkProblems(xml: string): ManifestProblem[] {
  try {
    const root = parseXml(xml);
    return CHECKS.flatMap((check) => check(root));
  } catch (error) {
    // xmllint reports what makes a document unreadable; the checks have nothing to add then.
    if (error instanceof XmlSyntaxError) return [];
    throw error;
  }
}

/**
 * Validates an Office add-in manifest offline: the XSD through xmllint, then the checks of Office's
 * validator that the XSD cannot express (https, origins, permission for the kind of add-in, Id, Version,
 * resource references). Returns the problems in French, by line; none when the manifest is valid.
 * Throws when xmllint or the schemas are missing: that is not a problem of the manifest.
 */
export async function validateManifest(
  xml: string,
  options: ValidateOptions = {}
): Promise<ManifestProblem[]> {
  const schemaFile = join(options.schemaDir ?? DEFAULT_SCHEMA_DIR, ROOT_SCHEMA);
  const { wellFormed, problems } = await xmllintProblems(xml, schemaFile);
  const all = wellFormed ? [...problems, ...checkProblems(xml)] : problems;
  return all.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** validateManifest on a file, read as UTF-8. */
export async function validateManifestFile(
  path: string,
  options: ValidateOptions = {}
): Promise<ManifestProblem[]> {
  return validateManifest(await readFile(path, "utf8"), options);
}
