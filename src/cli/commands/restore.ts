import { parseArgs } from "node:util";
import { restore } from "../../redaction/index.ts";
import { readTextInput, UserError } from "../input.ts";
import { write, type CliIO } from "../io.ts";
import type { Messages } from "../messages.ts";
import { loadVault } from "../vault-file.ts";

export async function restoreCommand(args: string[], io: CliIO, t: Messages): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { vault: { type: "string" } },
  });
  if (!values.vault) throw new UserError(t.vaultRequired);
  const vault = await loadVault(values.vault, t, false);
  const text = await readTextInput(positionals[0], io.stdin, t);
  const result = restore(text, vault);
  await write(io.stdout, result.text);
  if (result.unknown.length)
    await write(io.stderr, t.unknownPlaceholders(result.unknown.join(", ")) + "\n");
  return 0;
}
