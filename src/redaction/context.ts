import { fold } from "./text/fold.ts";

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

/** Folded, and Word's apostrophe read as the keyboard's: `d’emploi` is `d'emploi`. */
const foldForContext = (text: string) => fold(text).replaceAll("’", "'");

export function hasContext(text: string, start: number, end: number, rule: ContextRule): boolean {
  let words = foldedWords.get(rule);
  if (!words) {
    words = rule.words.map(foldForContext);
    foldedWords.set(rule, words);
  }
  const window = rule.window ?? 48;
  const before = foldForContext(text.slice(Math.max(0, start - window), start));
  const after = foldForContext(text.slice(end, end + (rule.after ?? Math.ceil(window / 2))));
  return words.some((word) => before.includes(word) || after.includes(word));
}
