import { parseArgs } from "node:util";
import type { Engine } from "../../redaction/index.ts";
import { analyzeOptions, ENGINE_OPTIONS } from "../engine-options.ts";
import { readTextInput } from "../input.ts";
import { write, type CliIO } from "../io.ts";
import type { Messages } from "../messages.ts";
import { loadVault, saveVault } from "../vault-file.ts";

/** Prints the pseudonymised text; with --vault, continues that vault (one conversation, several files). */
export async function redactCommand(
  args: string[],
  io: CliIO,
  t: Messages,
  engine: Engine
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...ENGINE_OPTIONS, vault: { type: "string" } },
  });
  const options = analyzeOptions(values, t);
  const text = await readTextInput(positionals[0], io.stdin, t);
  const vault = values.vault ? await loadVault(values.vault, t, true) : undefined;
  const result = engine.pseudonymise(text, { ...options, ...(vault && { vault }) });
  await write(io.stdout, result.text);
  if (values.vault) {
    await saveVault(values.vault, result.vault);
    await write(io.stderr, t.vaultWritten(values.vault, result.vault.size) + "\n");
  }
  return 0;
}
