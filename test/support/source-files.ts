import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Every TypeScript file under `dir`, for the purity tests of the pure layers. */
export function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : []
  );
}

/** The module specifiers a file imports, statically or dynamically. */
export function importSpecifiers(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map(
    (m) => m[1]!
  );
}
