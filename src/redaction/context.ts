import { foldApostrophes } from "./text/fold.ts";

/** Context words near a match raise confidence, as in Presidio's context enhancement. */
export interface ContextRule {
  /**
   * Words or phrases, compared case- and accent-insensitively. A space that starts or ends one
   * stands for a word's edge, whatever is there (a space, a line break, a bracket, the text's
   * start): ` nir` is no part of `fournir`, and is read in `(NIR` and at a line's start.
   */
  words: readonly string[];
  /** How many characters before the match are looked at. */
  window?: number;
  /**
   * How many after it: half the window unless said. None for a label, which comes before its
   * value: the next value's label is not this one's.
   */
  after?: number;
  /** Added to the score when a word is found. */
  boost?: number;
}

/** Rules are static: their words are folded once, not on every match. */
const foldedWords = new WeakMap<ContextRule, string[]>();

export function hasContext(text: string, start: number, end: number, rule: ContextRule): boolean {
  let words = foldedWords.get(rule);
  if (!words) {
    words = rule.words.map(foldApostrophes);
    foldedWords.set(rule, words);
  }
  const window = rule.window ?? 48;
  // One character more before the window, to tell whether a word at its start starts there.
  const from = Math.max(0, start - window - 1);
  const before = (from === 0 ? " " : "") + foldApostrophes(text.slice(from, start));
  const after = foldApostrophes(text.slice(end, end + (rule.after ?? Math.ceil(window / 2)))) + " ";
  return words.some((word) => includesWord(before, word) || includesWord(after, word));
}

const isWordCode = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || code > 0xbf;

/** Whether `text` holds `word`, its leading or trailing space read as a word's edge. */
function includesWord(text: string, word: string): boolean {
  const leading = word.startsWith(" ");
  const trailing = word.endsWith(" ");
  if (!leading && !trailing) return text.includes(word);
  const core = word.trim();
  for (let at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + 1)) {
    if (leading && (at === 0 || isWordCode(text.charCodeAt(at - 1)))) continue;
    const next = at + core.length;
    if (trailing && (next >= text.length || isWordCode(text.charCodeAt(next)))) continue;
    return true;
  }
  return false;
}
