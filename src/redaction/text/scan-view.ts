import { isUnicodeHyphenCode } from "./chars.ts";

/**
 * The text as the recognizers should read it: without invisible format characters (soft hyphens,
 * zero-width spaces and joiners, direction marks: a word processor's optional hyphen in a name, or
 * a value split on purpose), with full-width forms and every script's digits in ASCII, and JSON's
 * escapes read (a text holding JSON written by an encoder that writes ASCII only: `Oph\u00e9lie`,
 * a line break as `\n`). Each character of the view knows where it came from, so what is found in
 * the view is masked in the text as written, the invisible characters or escapes inside a value
 * with it.
 */
export interface ScanView {
  text: string;
  /** Where the text's value found at `[start, end)` of the view starts and ends in the original. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

const FORMAT = /\p{Cf}/u;
const DIGIT = /\p{Nd}/u;
const isFullWidth = (codePoint: number) => codePoint >= 0xff01 && codePoint <= 0xff5e;
export const needsReading = (codePoint: number) => {
  const char = String.fromCodePoint(codePoint);
  return (
    FORMAT.test(char) ||
    isFullWidth(codePoint) ||
    isUnicodeHyphenCode(codePoint) ||
    (codePoint > 0x7f && DIGIT.test(char))
  );
};

/**
 * A superset of the characters that need the view, in few ranges: the whole of U+0600 to U+1FFF
 * (scripts French text rarely holds) rather than the dozens of digit and format ranges inside it.
 * A regex of these few ranges reads a megabyte in 1 to 2 ms here, three times faster than a loop
 * over the units or a regex of the exact ranges; what it finds is then checked exactly.
 */
export const MAY_NEED_VIEW =
  /[\\\u00AD\u0600-\u1FFF\u200B-\u2011\u202A-\u202E\u2060-\u206F\uA620-\uABFF\uD800-\uDBFF\uFEFF\uFF01-\uFF5E\uFFF9-\uFFFB]/g;

const BACKSLASH = 0x5c;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const LINE_ESCAPES: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t" };

/** The end of the run of backslashes at `i`. */
function runEnd(text: string, i: number): number {
  let end = i;
  while (text.charCodeAt(end) === BACKSLASH) end++;
  return end;
}

/** The code unit of `uXXXX` at `i` (just after the backslashes), if it is one. */
function hexUnit(text: string, i: number): number | undefined {
  if (text[i] !== "u") return undefined;
  const hex = text.slice(i + 1, i + 5);
  return HEX4.test(hex) ? Number.parseInt(hex, 16) : undefined;
}

/** How far a path's word is looked at around a backslash, each way. */
const PATH_WINDOW = 256;
/** What ends a path's word: a space, a quote, or a bracket around it. */
const isWordEnd = (code: number) =>
  code <= 0x20 || code === 0x22 || code === 0x27 || code === 0x3c || code === 0x3e || code === 0x7c;
/**
 * A Windows path: a drive (`C:\`), a share (`\\serveur\partage`), or a backslash before a letter
 * no JSON escape has (`\Users`), which a JSON string cannot hold.
 */
const WINDOWS_PATH =
  /^[([{]*(?:[A-Za-z]:\\|\\\\[^\\\s"]+\\[^\\\s"])|(?<!\\)(?:\\\\)*\\[^\\"/bfnrtu\s]/;

/**
 * Whether the backslash at `i` is in a Windows path's word (between spaces or quotes), where `\n`,
 * `\r` and `\t` are a folder's first letter, not a line break (`C:\temp\nathalie.martin…`). The
 * verdict of the last word is kept: a text's backslashes are asked about in order.
 */
class PathWords {
  #start = 0;
  #end = 0;
  #path = false;

  constructor(private readonly text: string) {}

  has(i: number): boolean {
    if (i >= this.#start && i < this.#end) return this.#path;
    const { text } = this;
    let start = i;
    const floor = Math.max(0, i - PATH_WINDOW);
    while (start > floor && !isWordEnd(text.charCodeAt(start - 1))) start--;
    let end = i;
    const ceiling = Math.min(text.length, i + PATH_WINDOW);
    while (end < ceiling && !isWordEnd(text.charCodeAt(end))) end++;
    this.#start = start;
    this.#end = end;
    this.#path = WINDOWS_PATH.test(text.slice(start, end));
    return this.#path;
  }
}

/**
 * What the run of backslashes at `i` reads as, and its length with what it escapes: the character
 * of a JSON escape (`\u00e9`; `\\u00e9` too, JSON inside JSON doubling the backslashes), or, when
 * it escapes nothing, the backslashes themselves. In a Windows path's word `\n`, `\r` and `\t` are
 * read as written.
 */
function readEscape(
  text: string,
  i: number,
  paths: PathWords
): { read: string; width: number; escape: boolean } {
  const end = runEnd(text, i);
  const next = text[end];
  const unit = hexUnit(text, end);
  if (unit !== undefined) {
    // A character beyond the BMP is written as its two surrogates, each escaped alike.
    const lowStart = runEnd(text, end + 5);
    const low = lowStart - (end + 5) === end - i ? hexUnit(text, lowStart) : undefined;
    if (unit >= 0xd800 && unit <= 0xdbff && low !== undefined && low >= 0xdc00 && low <= 0xdfff)
      return { read: String.fromCharCode(unit, low), width: lowStart + 5 - i, escape: true };
    return { read: String.fromCharCode(unit), width: end + 5 - i, escape: true };
  }
  if (next === '"' || next === "/") return { read: next, width: end + 1 - i, escape: true };
  const line = next === undefined ? undefined : LINE_ESCAPES[next];
  if (line !== undefined && !paths.has(i)) return { read: line, width: end + 1 - i, escape: true };
  return { read: text.slice(i, end), width: end - i, escape: false };
}

/** Whether any character needs the view. */
function needsView(text: string): boolean {
  const paths = new PathWords(text);
  MAY_NEED_VIEW.lastIndex = 0;
  for (let match = MAY_NEED_VIEW.exec(text); match; match = MAY_NEED_VIEW.exec(text)) {
    if (text.charCodeAt(match.index) !== BACKSLASH) {
      if (needsReading(text.codePointAt(match.index)!)) return true;
      continue;
    }
    const { escape, width } = readEscape(text, match.index, paths);
    if (escape) return true;
    // A run of backslashes is read once, whatever its length.
    MAY_NEED_VIEW.lastIndex = match.index + width;
  }
  return false;
}

/** The ASCII digit of a decimal digit of any script: Unicode keeps each script's 0 to 9 in a run. */
const asciiDigits = new Map<number, string>();
function asciiDigit(codePoint: number): string {
  let digit = asciiDigits.get(codePoint);
  if (digit === undefined) {
    let zero = codePoint;
    while (DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    digit = String((codePoint - zero) % 10);
    asciiDigits.set(codePoint, digit);
  }
  return digit;
}

/** The view of `text`, or undefined when the recognizers can read it as it is (nearly always). */
export function scanView(text: string): ScanView | undefined {
  if (!needsView(text)) return undefined;
  const paths = new PathWords(text);
  let view = "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length;) {
    const escape = text.charCodeAt(i) === BACKSLASH ? readEscape(text, i, paths) : undefined;
    if (escape && !escape.escape) {
      // Backslashes that escape nothing are read as they are.
      for (let unit = 0; unit < escape.width; unit++) {
        starts.push(i + unit);
        ends.push(i + unit + 1);
      }
      view += escape.read;
      i += escape.width;
      continue;
    }
    const codePoint = (escape?.read ?? text).codePointAt(escape ? 0 : i)!;
    const char = String.fromCodePoint(codePoint);
    const width = escape?.width ?? char.length;
    let read = char;
    if (FORMAT.test(char)) read = "";
    else if (isFullWidth(codePoint)) read = String.fromCharCode(codePoint - 0xfee0);
    // `Anne‑Sophie` with Word's non-breaking hyphen is read `Anne-Sophie`.
    else if (isUnicodeHyphenCode(codePoint)) read = "-";
    else if (codePoint > 0x7f && DIGIT.test(char)) read = asciiDigit(codePoint);
    for (let unit = 0; unit < read.length; unit++) {
      starts.push(i);
      ends.push(i + width);
    }
    view += read;
    i += width;
  }
  return {
    text: view,
    toOriginal: (start, end) => ({ start: starts[start]!, end: ends[end - 1]! }),
  };
}
