import { readFile, rename, writeFile } from "node:fs/promises";
import { Vault } from "../redaction/index.ts";
import { UserError } from "./input.ts";
import type { Messages } from "./messages.ts";

/** Loads a vault; a missing file is a new, empty vault when `create` is set. */
export async function loadVault(path: string, t: Messages, create: boolean): Promise<Vault> {
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      if (create) return new Vault();
      throw new UserError(t.notFound(path));
    }
    throw new UserError(t.notAFile(path));
  }
  try {
    return Vault.fromJSON(JSON.parse(raw));
  } catch {
    throw new UserError(t.vaultInvalid(path));
  }
}

/** The vault holds the originals: readable by its owner only, and never left half-written. */
export async function saveVault(path: string, vault: Vault): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(vault, null, 2) + "\n", { mode: 0o600 });
  await rename(temporary, path);
}
