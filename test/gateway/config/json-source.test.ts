import { describe, expect, it } from "vitest";
import {
  formatPath,
  lineColumn,
  readJsonSource,
  type JsonSyntaxProblem,
} from "../../../src/gateway/config/json-source.ts";

function syntaxError(text: string) {
  const source = readJsonSource(text);
  if (source.ok) throw new Error(`expected a syntax error in ${JSON.stringify(text)}`);
  return { ...lineColumn(text, source.offset), problem: source.problem, detail: source.detail };
}

describe("readJsonSource: syntax errors with line and column", () => {
  it.each<
    [string, string, { line: number; column: number; problem: JsonSyntaxProblem; detail?: string }]
  >([
    [
      "trailing comma",
      '{\n  "a": 1,\n}',
      { line: 2, column: 9, problem: "trailing-comma", detail: "}" },
    ],
    [
      "trailing comma in a list",
      '{\n  "a": [1, 2,]\n}',
      { line: 2, column: 13, problem: "trailing-comma", detail: "]" },
    ],
    [
      "missing comma",
      '{\n  "a": 1\n  "b": 2\n}',
      { line: 3, column: 3, problem: "expected-comma-or-close", detail: "}" },
    ],
    [
      "missing value",
      '{\n  "a": }',
      { line: 2, column: 8, problem: "unexpected-value", detail: "}" },
    ],
    [
      "misspelt literal",
      '{\n  "a": tru\n}',
      { line: 2, column: 8, problem: "unexpected-value", detail: "tru" },
    ],
    [
      "True in capitals",
      '{"a": True}',
      { line: 1, column: 7, problem: "unexpected-value", detail: "True" },
    ],
    ["unquoted key", "{\n  port: 3000\n}", { line: 2, column: 3, problem: "expected-key" }],
    ["single quotes", "{\n  'port': 3000\n}", { line: 2, column: 3, problem: "expected-key" }],
    ["missing colon", '{\n  "port" 3000\n}', { line: 2, column: 10, problem: "expected-colon" }],
    ["line comment", '{\n  "a": 1 // why\n}', { line: 2, column: 10, problem: "comment" }],
    [
      "block comment before a key",
      '{\n  /* why */ "a": 1\n}',
      { line: 2, column: 3, problem: "comment" },
    ],
    [
      "unterminated string",
      '{\n  "a": "abc\n}',
      { line: 2, column: 12, problem: "control-character" },
    ],
    ["string cut by the end", '{"a": "abc', { line: 1, column: 7, problem: "unterminated-string" }],
    [
      "bad escape (Windows path)",
      '{\n  "path": "C:\\plume\\audit.db"\n}',
      { line: 2, column: 14, problem: "bad-escape" },
    ],
    ["leading zero", '{"a": 01}', { line: 1, column: 7, problem: "bad-number" }],
    ["dangling decimal point", '{"a": 1.}', { line: 1, column: 7, problem: "bad-number" }],
    [
      "duplicate key",
      '{\n  "a": 1,\n  "a": 2\n}',
      { line: 3, column: 3, problem: "duplicate-key", detail: "a" },
    ],
    [
      "unclosed object",
      '{\n  "a": {\n    "b": 1\n  }\n',
      { line: 5, column: 1, problem: "unexpected-end" },
    ],
    ["empty file", "", { line: 1, column: 1, problem: "unexpected-end" }],
    ["content after the end", '{"a": 1}\n}', { line: 2, column: 1, problem: "trailing-content" }],
  ])("%s", (_, text, expected) => {
    expect(syntaxError(text)).toEqual({ detail: undefined, ...expected });
  });

  it("counts columns in characters, not bytes or UTF-16 units", () => {
    expect(syntaxError('{"émoji 😀": 1,}')).toMatchObject({
      line: 1,
      column: 14,
      problem: "trailing-comma",
    });
  });

  it("accepts what JSON.parse accepts and gives the same value", () => {
    const text = '{ "a": [1, -2.5e3, true, false, null, "x\\"\\u00e9\\n"], "b": {}, "c": [] }';
    const source = readJsonSource(text);
    expect(source.ok && source.value).toEqual(JSON.parse(text));
  });

  it("refuses absurd nesting instead of overflowing the stack", () => {
    expect(syntaxError("[".repeat(10_000))).toMatchObject({ problem: "too-deep" });
  });
});

describe("readJsonSource: locating a setting", () => {
  const text = [
    "{",
    '  "policy": {',
    '    "models": {',
    '      "allowed": [',
    '        "a",',
    '        "b"',
    "      ]",
    "    }",
    "  }",
    "}",
  ].join("\n");
  const source = readJsonSource(text);
  const lineOf = (path: Array<string | number>) => {
    if (!source.ok) throw new Error("valid JSON expected");
    return lineColumn(text, source.locate(path)).line;
  };

  it("finds a key's line, an element's line, and the root", () => {
    expect(lineOf(["policy", "models"])).toBe(3);
    expect(lineOf(["policy", "models", "allowed"])).toBe(4);
    expect(lineOf(["policy", "models", "allowed", 1])).toBe(6);
    expect(lineOf([])).toBe(1);
  });

  it("points a missing key at the deepest part that exists", () => {
    expect(lineOf(["policy", "models", "default"])).toBe(3);
    expect(lineOf(["server", "port"])).toBe(1);
  });
});

describe("formatPath", () => {
  it("writes keys with dots and indices in brackets", () => {
    expect(formatPath(["policy", "entities", "neverToModel", 2])).toBe(
      "policy.entities.neverToModel[2]"
    );
    expect(formatPath([])).toBe("");
  });
});
