/**
 * Case and accent folding that keeps string length, so offsets found in the folded text are
 * offsets in the original. Letters whose base form is one ASCII letter fold to it; other
 * characters are only lower-cased when that keeps their length.
 */
const FOLD_CACHE = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = FOLD_CACHE.get(ch);
  if (folded === undefined) {
    const base = ch
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase();
    const lower = ch.toLowerCase();
    folded = base.length === 1 ? base : lower.length === 1 ? lower : ch;
    FOLD_CACHE.set(ch, folded);
  }
  return folded;
}

const NON_ASCII = /[\u0080-\uffff]/;
const EACH_NON_ASCII = /[\u0080-\uffff]/g;
/** Where `toLowerCase` and a fold unit by unit may differ: astral letters, `İ` (two units lowered). */
const SURROGATE = /[\ud800-\udfff]/;

export function fold(text: string): string {
  // The builtin lowers the ASCII letters, the common case, far faster than a loop per unit.
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  if (lower.length === text.length && !SURROGATE.test(text))
    return lower.replace(EACH_NON_ASCII, foldChar);
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    } else {
      out += foldChar(text[i]!);
    }
  }
  return out;
}

/** Typographic apostrophes and dashes written the plain way, length kept. */
export function plainPunctuation(text: string): string {
  return text.replace(/[’ʼ‘]/g, "'").replace(/[‐‑‒–—]/g, "-");
}

/**
 * Folded, and Word's apostrophe read as the keyboard's (`d’emploi` is `d'emploi`): for words
 * compared with lists written with `'`, or with other writings of themselves.
 */
export const foldApostrophes = (text: string) => fold(text).replaceAll("’", "'");
