/**
 * Reads a JSON text while remembering where each key sits, so that a configuration error can name its
 * line. Node 20's JSON.parse gives no position for its most common message ("Unexpected token"), so
 * this scanner also finds syntax errors itself; JSON.parse still builds the value once the text is known
 * to be valid (same grammar, RFC 8259).
 */

export type JsonPath = ReadonlyArray<PropertyKey>;

export type JsonSyntaxProblem =
  | "unexpected-end"
  | "unexpected-value"
  | "expected-key"
  | "expected-colon"
  | "expected-comma-or-close"
  | "trailing-comma"
  | "duplicate-key"
  | "unterminated-string"
  | "control-character"
  | "bad-escape"
  | "bad-number"
  | "comment"
  | "trailing-content"
  | "too-deep";

export type JsonSource =
  | { ok: true; value: unknown; locate(path: JsonPath): number }
  | { ok: false; offset: number; problem: JsonSyntaxProblem; detail?: string };

const MAX_DEPTH = 64;

class SyntaxFailure {
  constructor(
    readonly problem: JsonSyntaxProblem,
    readonly offset: number,
    readonly detail?: string
  ) {}
}

function pathKey(path: JsonPath): string {
  return path.map(String).join("\u0000");
}

/** `policy.entities.neverToModel[2]`: how the reference and the error messages write a setting. */
export function formatPath(path: JsonPath): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === "number") return `${text}[${part}]`;
    return text === "" ? String(part) : `${text}.${String(part)}`;
  }, "");
}

/** 1-based line and column (in characters, as editors count them) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const NUMBER_CONTINUATION = /[\d.eE+-]/;
const WORD = /[\p{L}\p{N}_$]+/uy;
const ESCAPABLE = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const HEX4 = /^[0-9a-fA-F]{4}$/;

class Scanner {
  private at = 0;
  readonly offsets = new Map<string, number>();

  constructor(private readonly text: string) {}

  document(): void {
    this.value([]);
    this.skipSpace();
    if (this.at < this.text.length) this.fail("trailing-content");
  }

  private fail(problem: JsonSyntaxProblem, offset = this.at, detail?: string): never {
    if (this.at >= this.text.length) throw new SyntaxFailure("unexpected-end", this.text.length);
    if (this.text.startsWith("//", this.at) || this.text.startsWith("/*", this.at)) {
      throw new SyntaxFailure("comment", this.at);
    }
    throw new SyntaxFailure(problem, offset, detail);
  }

  private skipSpace(): void {
    const text = this.text;
    while (this.at < text.length) {
      const c = text[this.at];
      if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r") return;
      this.at += 1;
    }
  }

  private value(path: JsonPath): void {
    if (path.length > MAX_DEPTH) this.fail("too-deep");
    this.skipSpace();
    this.offsets.set(pathKey(path), this.at);
    const c = this.text[this.at];
    if (c === "{") return this.object(path);
    if (c === "[") return this.array(path);
    if (c === '"') return this.string();
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return this.number();
    for (const literal of ["true", "false", "null"]) {
      if (this.text.startsWith(literal, this.at)) {
        WORD.lastIndex = this.at;
        if (WORD.exec(this.text)?.[0] === literal) {
          this.at += literal.length;
          return;
        }
      }
    }
    WORD.lastIndex = this.at;
    const word = WORD.exec(this.text)?.[0] ?? this.text.slice(this.at, this.at + 1);
    this.fail("unexpected-value", this.at, word.slice(0, 24));
  }

  private object(path: JsonPath): void {
    this.at += 1;
    const seen = new Set<string>();
    this.skipSpace();
    if (this.text[this.at] === "}") {
      this.at += 1;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] !== '"') this.fail("expected-key");
      const keyStart = this.at;
      this.string();
      const key = JSON.parse(this.text.slice(keyStart, this.at)) as string;
      if (seen.has(key)) this.fail("duplicate-key", keyStart, key);
      seen.add(key);
      this.skipSpace();
      if (this.text[this.at] !== ":") this.fail("expected-colon");
      this.at += 1;
      const childPath = [...path, key];
      this.value(childPath);
      // A member is found by its key, the line an admin looks for, rather than by its value.
      this.offsets.set(pathKey(childPath), keyStart);
      if (this.closeOrContinue("}")) return;
    }
  }

  private array(path: JsonPath): void {
    this.at += 1;
    this.skipSpace();
    if (this.text[this.at] === "]") {
      this.at += 1;
      return;
    }
    for (let index = 0; ; index += 1) {
      this.value([...path, index]);
      if (this.closeOrContinue("]")) return;
    }
  }

  /** After a member or element: true when the container closes, false after a comma. */
  private closeOrContinue(close: "}" | "]"): boolean {
    this.skipSpace();
    const c = this.text[this.at];
    if (c === close) {
      this.at += 1;
      return true;
    }
    if (c !== ",") this.fail("expected-comma-or-close", this.at, close);
    const comma = this.at;
    this.at += 1;
    this.skipSpace();
    if (this.text[this.at] === close) this.fail("trailing-comma", comma, close);
    return false;
  }

  private string(): void {
    const text = this.text;
    const start = this.at;
    this.at += 1;
    for (;;) {
      if (this.at >= text.length) throw new SyntaxFailure("unterminated-string", start);
      const c = text[this.at]!;
      if (c === '"') {
        this.at += 1;
        return;
      }
      if (c === "\\") {
        const escaped = text[this.at + 1];
        if (escaped === "u" && HEX4.test(text.slice(this.at + 2, this.at + 6))) this.at += 6;
        else if (escaped !== undefined && ESCAPABLE.has(escaped)) this.at += 2;
        else throw new SyntaxFailure("bad-escape", this.at);
      } else if (c < " ") {
        throw new SyntaxFailure("control-character", this.at);
      } else {
        this.at += 1;
      }
    }
  }

  private number(): void {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    const end = this.at + (match?.[0].length ?? 0);
    if (!match || NUMBER_CONTINUATION.test(this.text[end] ?? "")) {
      throw new SyntaxFailure("bad-number", this.at);
    }
    this.at = end;
  }
}

export function readJsonSource(text: string): JsonSource {
  const scanner = new Scanner(text);
  try {
    scanner.document();
  } catch (error) {
    if (!(error instanceof SyntaxFailure)) throw error;
    const { offset, problem, detail } = error;
    return detail === undefined
      ? { ok: false, offset, problem }
      : { ok: false, offset, problem, detail };
  }
  const offsets = scanner.offsets;
  return {
    ok: true,
    value: JSON.parse(text),
    /** Offset of the deepest part of `path` that the text contains (a missing key points at its parent). */
    locate(path) {
      for (let length = path.length; length >= 0; length -= 1) {
        const offset = offsets.get(pathKey(path.slice(0, length)));
        if (offset !== undefined) return offset;
      }
      return 0;
    },
  };
}
