/**
 * `tsx src/manifests/cli.ts manifest.xml addin/manifest.xml`: validates the manifests offline, prints each
 * problem as `file:line: message` in French, exits 1 when there is one, 2 when it could not validate.
 */
import { pathToFileURL } from "node:url";
import { validateManifestFile, type ManifestProblem } from "./validate.ts";

const USAGE = "Usage : tsx src/manifests/cli.ts MANIFESTE.xml [AUTRE_MANIFESTE.xml …]";

async function problemsOf(path: string): Promise<ManifestProblem[]> {
  try {
    return await validateManifestFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return [{ line: undefined, message: "fichier introuvable." }];
    if (code === "EISDIR")
      return [{ line: undefined, message: "c'est un dossier, pas un manifeste." }];
    throw error;
  }
}

/** Validates each manifest and prints the outcome; returns the exit status. */
export async function validateManifestsCli(
  paths: readonly string[],
  print: (line: string) => void
): Promise<number> {
  if (paths.length === 0) {
    print(USAGE);
    return 2;
  }
  let count = 0;
  for (const path of paths) {
    let problems: ManifestProblem[];
    try {
      problems = await problemsOf(path);
    } catch (error) {
      print(`${path} : validation impossible. ${(error as Error).message}`);
      return 2;
    }
    if (problems.length === 0) print(`${path} : valide.`);
    for (const { line, message } of problems)
      print(`${path}${line === undefined ? "" : `:${line}`}: ${message}`);
    count += problems.length;
  }
  if (count > 0) print(count === 1 ? "1 problème à corriger." : `${count} problèmes à corriger.`);
  return count > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await validateManifestsCli(process.argv.slice(2), (line) => console.log(line));
}
