import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { importSpecifiers, sources } from "../support/source-files.ts";

const ROOT = join(import.meta.dirname, "../..");
const ASSISTANT = join(ROOT, "src/assistant");
const REDACTION = join(ROOT, "src/redaction");

/**
 * The assistant runs in the task pane and in Node tests alike: it may use the language, the
 * redaction engine, and the abort signals both platforms have, nothing of Office, React, a browser or Node.
 */
describe("the assistant is pure", () => {
  const files = sources(ASSISTANT);

  it("imports only its own modules and the redaction engine", () => {
    for (const file of files) {
      for (const specifier of importSpecifiers(file)) {
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
