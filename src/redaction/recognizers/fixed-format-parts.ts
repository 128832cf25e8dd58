/**
 * Regex pieces shared by the fixed-format recognizers (phone, IP address, plate, passport, identity
 * card, driving licence, case number, date of birth), chiefly for values that a label announces (`RG 21/04567`,
 * `né le 3 mars 1980`): the label counts, but stays outside the entity.
 *
 * Speed: these regexes run over every character of every document. V8 skips fast to the places
 * where a regex's first character or class matches; one that begins with a look-behind or a
 * quantified atom (`\d{2}`) is often tried at every position instead, up to 50 times slower on
 * French prose (measured on the ECHR corpus).
 */

import type { Gate } from "../pattern-recognizer.ts";

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/;

/**
 * `word` as a regex source matching it in any case, accents optional and apostrophes of either
 * kind (`numéro` also matches `Numéro`, `NUMERO`; `d'identité` matches `D’IDENTITE`). Regexes
 * built from it need no `i` flag, so that their values can stay case-sensitive.
 */
export function anyCase(word: string): string {
  let source = "";
  for (const ch of word) {
    if (ch === "'" || ch === "’") {
      source += "['’]";
    } else if (ch === " ") {
      source += "\\s+";
    } else if (/\p{L}/u.test(ch)) {
      const base = ch.normalize("NFD").replace(/\p{M}+/gu, "");
      const forms = new Set([
        ch.toLowerCase(),
        ch.toUpperCase(),
        base.toLowerCase(),
        base.toUpperCase(),
      ]);
      source += forms.size === 1 ? ch : `[${[...forms].join("")}]`;
    } else {
      source += REGEX_SPECIAL.test(ch) ? `\\${ch}` : ch;
    }
  }
  return source;
}

/** Alternatives of `anyCase` words, for a label that has several writings. */
export function anyCaseOf(words: readonly string[]): string {
  return `(?:${words.map(anyCase).join("|")})`;
}

/**
 * `value` written right after `label`, the label left outside the match. The value is matched
 * first, so that the regex begins with the value's first character (one character or class), and
 * a look-behind at its end checks the label before the very text matched (a back-reference, far
 * cheaper than matching the value again backwards). One per regex: the group's name is fixed.
 */
export function afterLabel(label: string, value: string): string {
  return `(?<labelled>${value})(?<=(?:${label})\\k<labelled>)`;
}

/**
 * `head`, the first characters of a token (a pattern of fixed length), not glued to a letter or a
 * digit before it, nor to one of `alsoNotAfter`. The look-behind comes after `head`, so that the
 * regex begins with `head` itself, which the engine skips to fast; the more selective `head` is,
 * the fewer places the look-behind runs at.
 */
export function tokenStart(head: string, alsoNotAfter = ""): string {
  return `${head}(?<![\\p{L}\\p{N}_${alsoNotAfter}]${head})`;
}

/** Not followed by a letter or a digit. */
export const TOKEN_END = "(?![\\p{L}\\p{N}_])";

/** Twelve digits, a whole token: the cards of 1995 to 2021, and driving licences. */
export const TWELVE_DIGITS = `${tokenStart("\\d".repeat(12))}${TOKEN_END}`;

/** Two digits, two letters, five digits (`12AB34567`), a space allowed between the groups. */
export const PASSPORT_SHAPE = `${tokenStart("\\d\\d")} ?[A-Z][A-Z] ?\\d\\d\\d\\d\\d${TOKEN_END}`;

/**
 * Where that shape may start: at the digits the search shared by such gates stops at, rather than
 * at a word naming the document, which a search finds only by stopping at every `p` of the text.
 */
export const PASSPORT_SHAPE_GATE: Gate = {
  regex: /\d\d ?[A-Z][A-Z] ?\d/gu,
  before: 0,
  after: 0,
  atDigit: true,
};
