import { foldApostrophes } from "./text/fold.ts";

/** Context words near a match raise confidence, as in Presidio's context enhancement. */
export interface ContextRule {
  /** Words or phrases, compared case- and accent-insensitively. */
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
  const before = foldApostrophes(text.slice(Math.max(0, start - window), start));
  const after = foldApostrophes(text.slice(end, end + (rule.after ?? Math.ceil(window / 2))));
  return words.some((word) => before.includes(word) || after.includes(word));
}
