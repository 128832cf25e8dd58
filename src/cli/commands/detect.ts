import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import type { Engine, Entity } from "../../redaction/index.ts";
import { analyzeOptions, ENGINE_OPTIONS } from "../engine-options.ts";
import { readTextInput } from "../input.ts";
import { write, type CliIO } from "../io.ts";
import type { Messages } from "../messages.ts";

/** The stable shape of one entity on the wire: evaluations depend on it. */
const wire = (e: Entity) => ({
  start: e.start,
  end: e.end,
  type: e.type,
  score: Math.round(e.score * 1000) / 1000,
});

export async function detectCommand(
  args: string[],
  io: CliIO,
  t: Messages,
  engine: Engine
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...ENGINE_OPTIONS, json: { type: "boolean" }, jsonl: { type: "boolean" } },
  });
  const options = analyzeOptions(values, t);
  if (values.jsonl) return detectJsonl(io, t, engine, options);

  const text = await readTextInput(positionals[0], io.stdin, t);
  const entities = engine.detect(text, options);
  if (values.json) {
    await write(
      io.stdout,
      JSON.stringify(entities.map((e) => ({ ...wire(e), text: text.slice(e.start, e.end) }))) + "\n"
    );
    return 0;
  }
  const lines = entities.map(
    (e) =>
      `${e.start}\t${e.end}\t${e.type}\t${e.score.toFixed(2)}\t${JSON.stringify(text.slice(e.start, e.end))}`
  );
  await write(io.stdout, lines.length ? lines.join("\n") + "\n" : "");
  return 0;
}

/**
 * One JSON line in, one JSON line out, in order, so a caller can pair them. A line that cannot be
 * read gets an `error` instead of `entities`, and the exit status says some lines failed.
 */
async function detectJsonl(
  io: CliIO,
  t: Messages,
  engine: Engine,
  options: ReturnType<typeof analyzeOptions>
) {
  let status = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === "") continue;
    let record: { id?: unknown; text?: unknown } | undefined;
    try {
      record = JSON.parse(line) as { id?: unknown; text?: unknown };
    } catch {
      record = undefined;
    }
    const id = record && typeof record === "object" ? (record.id ?? null) : null;
    if (!record || typeof record !== "object" || typeof record.text !== "string") {
      status = 1;
      await write(io.stdout, JSON.stringify({ id, error: t.jsonlBadLine(lineNumber) }) + "\n");
      continue;
    }
    const entities = engine.detect(record.text, options).map(wire);
    await write(io.stdout, JSON.stringify({ id, entities }) + "\n");
  }
  return status;
}
