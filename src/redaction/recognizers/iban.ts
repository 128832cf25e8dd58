import { ibanChecksumHolds } from "../checksums.ts";
import { createPatternRecognizer, DIGIT_GATE_FLAGS, type Gate } from "../pattern-recognizer.ts";
import { compact, startBehind, WORD_CHAR } from "./identifier-parts.ts";

/** IBAN length per country, from the SWIFT IBAN registry. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HN: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
};

/**
 * Between two characters of an IBAN: one space (no-break and narrow no-break ones included, as
 * word processors put them), period or hyphen, as IBANs are printed, typed and pasted.
 */
const IBAN_SEP = "[ \\u00A0\\u202F.-]";

/**
 * Nothing or one separator, in any grouping (by 4 as printed, `FR 76 …` with the country apart,
 * or groups of the RIB's widths).
 */
const IBAN_SEP_OPT = `${IBAN_SEP}?`;

/**
 * One alternative per length: the countries of that length, the check digits, then exactly as
 * many alphanumerics as the country's BBAN has, in any grouping. The start boundary (not inside a
 * word, except right after a glued `IBAN` as PDFs extract it) follows the check digits so that the
 * engine can skip through prose on them; it is written for the country written with and without a
 * space before its check digits.
 */
export function ibanRegex(): RegExp {
  const byLength = new Map<number, string[]>();
  for (const [country, length] of Object.entries(IBAN_LENGTHS)) {
    byLength.set(length, [...(byLength.get(length) ?? []), country]);
  }
  const start = (width: number) => `(?:(?<=IBAN.{${width}})|${startBehind(width)})`;
  const checkDigits = `(?:\\d\\d${start(4)}|${IBAN_SEP}\\d\\d${start(5)})`;
  const alternatives = [...byLength].map(([length, countries]) => {
    const bban = `[A-Z0-9](?:${IBAN_SEP_OPT}[A-Z0-9]){${length - 5}}`;
    return `(?:${countries.join("|")})${checkDigits}${IBAN_SEP_OPT}${bban}`;
  });
  // Not followed by more of a longer code: `-2`, `.2` (a period then a letter ends a sentence).
  return new RegExp(`(?:${alternatives.join("|")})(?!${WORD_CHAR}|-[A-Z0-9]|\\.\\d)`, "giu");
}

/**
 * The country codes in either case, grouped by their second letter (`[AaBb][Dd]|…`): a look-behind
 * tries a few classes at every two letters before two digits, where it would try each code.
 */
function countryCode(): string {
  const bySecondLetter = new Map<string, string>();
  for (const code of Object.keys(IBAN_LENGTHS)) {
    bySecondLetter.set(code[1]!, (bySecondLetter.get(code[1]!) ?? "") + code[0]!);
  }
  const eitherCase = (letters: string) => `[${letters}${letters.toLowerCase()}]`;
  const groups = [...bySecondLetter].map(
    ([second, firsts]) => `${eitherCase(firsts)}${eitherCase(second)}`
  );
  return `(?:${groups.join("|")})`;
}

/**
 * The check digits after a country code, before eleven characters at least: every IBAN starts at
 * most three characters before them. The search skips from digit to digit, where the IBAN regex,
 * which begins with the country code in any case, would stop at every pair of letters of the
 * text; two letters are checked before the list of countries. Both cases are spelled out rather
 * than left to an `i` flag, which the search shared by the digit gates cannot have.
 */
export const CHECK_DIGITS: Gate = {
  regex: new RegExp(
    `\\d\\d(?<=[A-Za-z]{2}${IBAN_SEP_OPT}\\d\\d)(?<=${countryCode()}${IBAN_SEP_OPT}\\d\\d)` +
      `(?=(?:${IBAN_SEP_OPT}[A-Za-z0-9]){11})`,
    DIGIT_GATE_FLAGS
  ),
  before: 3,
  after: 0,
  atDigit: true,
};

/** International bank account numbers of every country of the registry, checked by ISO 13616. */
export const ibanRecognizer = createPatternRecognizer({
  name: "iban",
  type: "IBAN",
  patterns: [{ name: "iban", regex: ibanRegex(), score: 0.95, gate: CHECK_DIGITS }],
  validate: (value) => {
    // The regex's `i` flag lets `ſ` and the Kelvin sign pass for letters; they are no part of an
    // IBAN, and without them the value is short of its country's length.
    const iban = compact(value);
    return iban.length === IBAN_LENGTHS[iban.slice(0, 2)] && ibanChecksumHolds(iban);
  },
  normalize: compact,
  context: { words: ["iban", "compte", "virement", "bic", "banque"] },
});
