import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { importSpecifiers, sources } from "../support/source-files.ts";

const ROOT = join(import.meta.dirname, "../..");
const ENGINE = join(ROOT, "src/redaction");

/**
 * The engine runs in the task pane's Web Worker and in the gateway alike: it may use the language
 * and nothing of a browser or of Node.
 */
describe("the redaction engine is pure", () => {
  const files = sources(ENGINE);

  it("imports only its own modules", () => {
    for (const file of files) {
      for (const specifier of importSpecifiers(file)) {
        expect(specifier.startsWith("."), `${relative(ROOT, file)} imports ${specifier}`).toBe(
          true
        );
        expect(
          join(file, "..", specifier).startsWith(ENGINE),
          `${relative(ROOT, file)} reaches outside: ${specifier}`
        ).toBe(true);
      }
    }
  });

  it("names no browser or Node global", () => {
    const globals =
      /\b(?:window|self|document|navigator|localStorage|process|Buffer|globalThis)\s*\.|\b(?:require|fetch|importScripts)\s*\(|\b(?:XMLHttpRequest|__dirname|__filename)\b/;
    for (const file of files) {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect(globals.exec(code)?.[0], relative(ROOT, file)).toBeUndefined();
    }
  });

  it("type-checks against the language alone, without DOM or Node types", () => {
    const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
    expect(() =>
      execFileSync(process.execPath, [tsc, "--noEmit", "-p", join(ENGINE, "tsconfig.json")], {
        stdio: "pipe",
      })
    ).not.toThrow();
  });
});
