import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const ASSISTANT = join(ROOT, "src/assistant");
const REDACTION = join(ROOT, "src/redaction");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : []
  );
}

/**
 * The assistant runs in the task pane and in Node tests alike: it may use the language, the
 * redaction engine, and the abort signals both platforms have, nothing of Office, React, a browser or Node.
 */
describe("the assistant is pure", () => {
  const files = sources(ASSISTANT);

  it("imports only its own modules and the redaction engine", () => {
    for (const file of files) {
      const specifiers = [
        ...readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g),
      ].map((m) => m[1]!);
      for (const specifier of specifiers) {
        const target = join(file, "..", specifier);
        expect(specifier.startsWith("."), `${relative(ROOT, file)} imports ${specifier}`).toBe(
          true
        );
        expect(
          target.startsWith(ASSISTANT) || target.startsWith(REDACTION),
          `${relative(ROOT, file)} reaches outside: ${specifier}`
        ).toBe(true);
      }
    }
  });

  it("names no browser or Node global", () => {
    const globals =
      /\b(?:window|self|document|navigator|localStorage|process|Buffer|globalThis|Office|Word)\s*\.|\b(?:require|fetch|importScripts|setTimeout|setInterval)\s*\(|\b(?:XMLHttpRequest|__dirname|__filename)\b/;
    for (const file of files) {
      // Comments and strings (the prompts speak of « document. ») are not code.
      const code = readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")
        .replace(/"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""');
      expect(globals.exec(code)?.[0], relative(ROOT, file)).toBeUndefined();
    }
  });

  it("type-checks against the language and the standard abort signals alone", () => {
    const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
    expect(() =>
      execFileSync(process.execPath, [tsc, "--noEmit", "-p", join(ASSISTANT, "tsconfig.json")], {
        stdio: "pipe",
      })
    ).not.toThrow();
  });
});
