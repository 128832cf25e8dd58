/**
 * Regex pieces shared by the recognizers of values that a label announces (`RG 21/04567`,
 * `né le 3 mars 1980`, `pourvoi n° 19-19.463`): the label counts, but stays outside the entity.
 */

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
      const forms = new Set([ch.toLowerCase(), ch.toUpperCase(), base.toLowerCase(), base.toUpperCase()]);
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
 * first and a look-behind at its end checks the label: a regex that begins with the label's
 * look-behind tests it at every position of the text and runs some 20 times slower than one that
 * begins with the value's first character. `value` must not hold capturing groups (it is written
 * twice) nor start with a quantified atom (`\d{2}`, which also defeats the engine's fast scan:
 * write `\d\d`).
 */
export function afterLabel(label: string, value: string): string {
  return `(?:${value})(?<=(?:${label})(?:${value}))`;
}

/** Not inside a word or a number (a look-behind). */
export const TOKEN_START = "(?<![\\p{L}\\p{N}_])";

/** Not followed by a letter or a digit (a look-ahead). */
export const TOKEN_END = "(?![\\p{L}\\p{N}_])";
