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
  return FORMAT.test(char) || isFullWidth(codePoint) || (codePoint > 0x7f && DIGIT.test(char));
};

/**
 * A superset of the characters that need the view, in few ranges: the whole of U+0600 to U+1FFF
 * (scripts French text rarely holds) rather than the dozens of digit and format ranges inside it.
 * A regex of these few ranges reads a megabyte in 1 to 2 ms here, three times faster than a loop
 * over the units or a regex of the exact ranges; what it finds is then checked exactly.
 */
export const MAY_NEED_VIEW =
  /[\\\u00AD\u0600-\u1FFF\u200B-\u200F\u202A-\u202E\u2060-\u206F\uA620-\uABFF\uD800-\uDBFF\uFEFF\uFF01-\uFF5E\uFFF9-\uFFFB]/g;

const BACKSLASH = 0x5c;
/** JSON's escapes of one character; `\b` and `\f` left out, which a text's own backslashes write more often. */
const ESCAPED: Readonly<Record<string, string>> = {
  n: "\n",
  r: "\r",
  t: "\t",
  '"': '"',
  "\\": "\\",
  "/": "/",
};
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** The code unit of a `\uXXXX` escape at `i`, if there is one. */
function escapedUnit(text: string, i: number): number | undefined {
  if (text.charCodeAt(i) !== BACKSLASH || text[i + 1] !== "u") return undefined;
  const hex = text.slice(i + 2, i + 6);
  return HEX4.test(hex) ? Number.parseInt(hex, 16) : undefined;
}

/** The character a JSON escape at `i` stands for, and the escape's length; undefined when none is there. */
function escapeAt(text: string, i: number): { char: string; width: number } | undefined {
  const unit = escapedUnit(text, i);
  if (unit === undefined) {
    const char = ESCAPED[text[i + 1] ?? ""];
    return char === undefined ? undefined : { char, width: 2 };
  }
  // A character beyond the BMP is written as its two surrogates, each escaped.
  const low = unit >= 0xd800 && unit <= 0xdbff ? escapedUnit(text, i + 6) : undefined;
  if (low !== undefined && low >= 0xdc00 && low <= 0xdfff)
    return { char: String.fromCharCode(unit, low), width: 12 };
  return { char: String.fromCharCode(unit), width: 6 };
}

/** Whether any character needs the view. */
function needsView(text: string): boolean {
  MAY_NEED_VIEW.lastIndex = 0;
  for (let match = MAY_NEED_VIEW.exec(text); match; match = MAY_NEED_VIEW.exec(text)) {
    const escaped = text.charCodeAt(match.index) === BACKSLASH;
    if (escaped ? escapeAt(text, match.index) : needsReading(text.codePointAt(match.index)!))
      return true;
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
  let view = "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length;) {
    const escape = text.charCodeAt(i) === BACKSLASH ? escapeAt(text, i) : undefined;
    const codePoint = (escape?.char ?? text).codePointAt(escape ? 0 : i)!;
    const char = String.fromCodePoint(codePoint);
    const width = escape?.width ?? char.length;
    let read = char;
    if (FORMAT.test(char)) read = "";
    else if (codePoint >= 0xff01 && codePoint <= 0xff5e)
      read = String.fromCharCode(codePoint - 0xfee0);
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
