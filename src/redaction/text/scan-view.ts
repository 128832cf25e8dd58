/**
 * The text as the recognizers should read it: without invisible format characters (soft hyphens,
 * zero-width spaces and joiners, direction marks: a word processor's optional hyphen in a name, or
 * a value split on purpose), with full-width forms and every script's digits in ASCII. Each
 * character of the view knows where it came from, so what is found in the view is masked in the text
 * as written, the invisible characters inside a value with it.
 */
export interface ScanView {
  text: string;
  /** Where the text's value found at `[start, end)` of the view starts and ends in the original. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

const FORMAT = /\p{Cf}/u;
const DIGIT = /\p{Nd}/u;
const isFullWidth = (codePoint: number) => codePoint >= 0xff01 && codePoint <= 0xff5e;
const needsReading = (codePoint: number) => {
  const char = String.fromCodePoint(codePoint);
  return FORMAT.test(char) || isFullWidth(codePoint) || (codePoint > 0x7f && DIGIT.test(char));
};

/**
 * By UTF-16 unit from U+0600 up: 1 where a character needs the view, 2 for the first half of an
 * astral one, which needs its whole code point read.
 */
let highTable: Uint8Array | undefined;
function table(): Uint8Array {
  if (!highTable) {
    highTable = new Uint8Array(0x10000);
    for (let unit = 0x600; unit < 0x10000; unit++)
      if (unit >= 0xd800 && unit <= 0xdbff) highTable[unit] = 2;
      else if (!(unit >= 0xdc00 && unit <= 0xdfff) && needsReading(unit)) highTable[unit] = 1;
  }
  return highTable;
}

/**
 * Whether any character needs the view: one pass over the units, like one more search of the
 * engine's. Below U+0600 only the soft hyphen does (no format character, no digit but ASCII's).
 */
function needsView(text: string): boolean {
  let high: Uint8Array | undefined;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x600) {
      if (unit === 0xad) return true;
      continue;
    }
    high ??= table();
    const kind = high[unit];
    if (kind === 1 || (kind === 2 && needsReading(text.codePointAt(i)!))) return true;
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
    const codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const char = text.slice(i, i + width);
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
