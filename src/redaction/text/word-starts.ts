import { IntList } from "./int-list.ts";

/** Digits and the capitals of the Latin, Greek and Cyrillic scripts, with a few lower-case letters. */
export const WORD_START_CLASS =
  "[0-9A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F\\u0370-\\u03FF\\u0400-\\u042F]";
/** After the character just matched: it follows no Latin letter or digit. */
export const NOT_AFTER_LATIN = "(?<![0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F][^])";
/**
 * Where words that begin with a capital or a digit start: the person recognizer reads a name at
 * each capital, and propagation looks for known values at each capital and number. Both stopped
 * there with searches of their own; found once per text, the places are shared.
 *
 * The look-behind skips the Latin letters and digits inside words (`CEDH`, `McCann`, `1998`); a
 * letter of another script before a start is for the users to check.
 */
const STARTS = new RegExp(`${WORD_START_CLASS}${NOT_AFTER_LATIN}`, "g");

let startsText: string | undefined;
const found = new IntList();
let starts = found.view();

/**
 * The positions of the text's word starts, in order; computed once per text. The array is the
 * analysis's for this text only: the next text's starts are written over it.
 */
export function wordStarts(text: string): Int32Array {
  if (text === startsText) return starts;
  startsText = text;
  found.clear();
  // `test` rather than `exec`: no match array per start.
  STARTS.lastIndex = 0;
  while (STARTS.test(text)) found.push(STARTS.lastIndex - 1);
  starts = found.view();
  return starts;
}

/** Forgets the text whose starts are known, so as not to hold it: the analyzer calls it after each text. */
export function forgetWordStarts(): void {
  startsText = undefined;
  found.clear();
  starts = found.view();
}
