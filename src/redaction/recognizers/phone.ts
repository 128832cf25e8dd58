import { createPatternRecognizer, type Gate, type Pattern } from "../pattern-recognizer.ts";
import {
  digitsOf,
  isAmount,
  LONG_NUMBER,
  NUMBER_END,
  NUMBER_START,
  SEP as SPACE,
} from "./identifier-parts.ts";

/** Between two groups of digits: a space (no-break ones too), a dot or a hyphen. */
const SEP = "[ .\\-\\u00A0\\u202F]";

/** `06 12 34 56 78`, `06.12.34.56.78`, `0612345678`: pairs, one kind of separator throughout. */
const NATIONAL = `0[1-9](${SEP}?)\\d\\d\\1\\d\\d\\1\\d\\d\\1\\d\\d`;

/** `06/12/45/78/91`: pairs between slashes, as forms' boxes are copied. */
const NATIONAL_SLASHED = `0[1-9]/\\d\\d/\\d\\d/\\d\\d/\\d\\d`;
/** Five pairs between four slashes: a date has three groups. */
const SLASHED_GATE: Gate = { regex: /\d\d\/\d\d\/\d\d\/\d\d\/\d\d/g, before: 0, after: 0 };

/**
 * `06 1245 7890`, `0612 457 892`, `06 12 345 678`: ten digits as a hurried hand groups them, one
 * kind of separator throughout, the validator counting the ten; not the pairs nor the overseas
 * writing, which their own patterns read.
 */
const NATIONAL_IRREGULAR =
  `(?!0[1-9](?<pairs>${SEP})\\d\\d(?:\\k<pairs>\\d\\d){3}(?!\\d)|0[1-9]\\d\\d(?<first>${SEP})\\d\\d(?:\\k<first>\\d\\d){2}(?!\\d))` +
  `0[1-9]\\d{0,2}(?<sep>${SEP})\\d{2,4}(?:\\k<sep>\\d{2,4}){1,3}`;
const NATIONAL_DIGITS = 10;

/**
 * `(617) 555-0142`: North America's writing, the area code in brackets, without `+1`. Area codes
 * and exchanges start at 2; a French number never starts with a bracketed group.
 */
const NORTH_AMERICAN = `\\([2-9]\\d\\d\\)[ \\u00A0]?[2-9]\\d\\d[-. \\u00A0]\\d{4}`;
const NORTH_AMERICAN_GATE: Gate = { regex: /\(\d\d\d\)/g, before: 0, after: 0 };

/** `0692 12 34 56`: the overseas habit of writing the four-digit prefix first. */
const NATIONAL_PREFIX_FIRST = `0[1-9]\\d\\d(${SEP})\\d\\d\\1\\d\\d\\1\\d\\d`;

/**
 * `0 800 123 456`: the usual writing of the 08 numbers (numéros verts and other special rates),
 * spaces only, one kind throughout.
 */
const SPECIAL_RATE = `0(${SPACE})8\\d\\d\\1\\d{3}\\1\\d{3}`;

/**
 * The long-number gate, reaching back over the `0 ` that its occurrence (`800 123 456`, two
 * digits then seven) leaves out.
 */
const SPECIAL_RATE_GATE: Gate = { ...LONG_NUMBER, before: 2 };

/** How many digits follow each French country code (metropolis, overseas, Pacific, Comoros). */
const NATIONAL_LENGTH: Readonly<Record<string, number>> = {
  "33": 9,
  "262": 9,
  "590": 9,
  "594": 9,
  "596": 9,
  "269": 7,
  "508": 6,
  "681": 6,
  "687": 6,
  "689": 8,
};
/**
 * The country codes of one or two digits (ITU-T E.164); every other code has three. The codes are
 * a prefix code: the first digits of an international number tell which is its code.
 */
const SHORT_CODES = new Set(
  (
    "1 7 20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 " +
    "60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98"
  ).split(" ")
);
/**
 * National significant numbers of the two codes whose plans have one length: North America and
 * Russia.
 */
const FIXED_LENGTH: Readonly<Record<string, number>> = { "1": 10, "7": 10 };
/** What E.164 allows a number: 15 digits in all, the country code's included. */
const MAX_DIGITS = 15;
/** Shorter national numbers are as often a grouped amount's digits (`+65 432 100`). */
const MIN_FOREIGN_NATIONAL = 7;
/**
 * Countries whose national numbers begin with 0 (Italy's landlines, Côte d'Ivoire's ten digits).
 * Elsewhere the 0 is the trunk prefix, left out after the code, and a number after `+` that
 * begins with it is an amount's (`+40 000 000`).
 */
const LEADING_ZERO_CODES = new Set(["39", "225"]);

/**
 * `+33 6 12 34 56 78`, `+33 (0)6 12…`, `0033 6 12…`, `+33612345678`, `+262 692 12 34 56`, and
 * any other country's (`+32 470 12 34 56`, `+44 (0)20 7946 0958`, `00212 6 12 34 56 78`): any
 * grouping after the code; the digit count, checked per code, comes from `toE164`. One pattern
 * per prefix, run only at the occurrences of that prefix: a search for a lone literal skips
 * through the text at once, where one for `(?:\+|00)` is tried at every position.
 */
const INTERNATIONAL_PATTERNS: Pattern[] = [
  { prefix: "\\+", name: "international-plus" },
  { prefix: "00", name: "international-00" },
].map(({ prefix, name }) => ({
  name,
  regex: new RegExp(
    `${NUMBER_START}${prefix}[ \\u00A0]?\\d{1,3}(?:${SEP}?\\((?:0|\\d{2,4})\\))?(?:${SEP}?\\d){4,13}${NUMBER_END}`,
    "gu"
  ),
  score: 0.9,
  gate: { regex: new RegExp(prefix, "g"), before: 0, after: 0 },
}));
const INTERNATIONAL_PARTS = /^(\+|00)([ \u00A0]?)(.*)$/su;

/** The country code an international number's digits begin with. */
function countryCodeOf(digits: string): string {
  if (SHORT_CODES.has(digits.slice(0, 1))) return digits.slice(0, 1);
  return SHORT_CODES.has(digits.slice(0, 2)) ? digits.slice(0, 2) : digits.slice(0, 3);
}

/** Overseas departments have their own country code; their national prefix tells which. */
const OVERSEAS_CODE_BY_PREFIX: Readonly<Record<string, string>> = {
  "262": "262",
  "263": "262",
  "269": "262",
  "639": "262",
  "692": "262",
  "693": "262",
  "590": "590",
  "690": "590",
  "691": "590",
  "594": "594",
  "694": "594",
  "596": "596",
  "696": "596",
  "697": "596",
};

/** The number in E.164 (`+33612345678`), its identity whatever the writing; undefined if invalid. */
function toE164(value: string): string | undefined {
  if (value.startsWith("(")) return `+1${digitsOf(value)}`;
  const international = INTERNATIONAL_PARTS.exec(value);
  if (!international) {
    const digits = digitsOf(value);
    if (digits.length !== NATIONAL_DIGITS) return undefined;
    const national = digits.slice(1);
    return `+${OVERSEAS_CODE_BY_PREFIX[national.slice(0, 3)] ?? "33"}${national}`;
  }
  const [, prefix, space, rest] = international;
  // `(0)` is the trunk prefix, left out after the code; `(617)` an area code, kept.
  const digits = digitsOf(rest!.replace("(0)", ""));
  const code = countryCodeOf(digits);
  let national = digits.slice(code.length);
  const frenchLength = NATIONAL_LENGTH[code];
  if (frenchLength === undefined) {
    // `00 12 34 56 78` is a reference's digits: a foreign number after 00 is written with its code.
    if (prefix === "00" && space) return undefined;
    const fixed = FIXED_LENGTH[code];
    const valid = fixed
      ? national.length === fixed
      : national.length >= MIN_FOREIGN_NATIONAL &&
        digits.length <= MAX_DIGITS &&
        (!national.startsWith("0") || LEADING_ZERO_CODES.has(code));
    return valid ? `+${digits}` : undefined;
  }
  // `+33 06 12 34 56 78`: the trunk 0 kept by mistake.
  if (national.length === frenchLength + 1 && national.startsWith("0"))
    national = national.slice(1);
  if (national.length !== frenchLength) return undefined;
  if (code !== "33") return `+${code}${national}`;
  if (national.startsWith("0")) return undefined;
  return `+${OVERSEAS_CODE_BY_PREFIX[national.slice(0, 3)] ?? "33"}${national}`;
}

/**
 * Telephone numbers: French ones, metropolitan and overseas, in national or international writing,
 * and other countries' in international writing. The boundaries keep them out of longer digit
 * runs (SIRET, IBAN, numéro fiscal), and the validator out of amounts (`+12 345 678 €`).
 */
export const phoneRecognizer = createPatternRecognizer({
  name: "phone",
  type: "TELEPHONE",
  patterns: [
    {
      name: "national",
      regex: new RegExp(`${NUMBER_START}${NATIONAL}${NUMBER_END}`, "gu"),
      score: 0.7,
      gate: LONG_NUMBER,
    },
    {
      name: "national-slashed",
      regex: new RegExp(`${NUMBER_START}${NATIONAL_SLASHED}${NUMBER_END}`, "gu"),
      score: 0.7,
      gate: SLASHED_GATE,
    },
    {
      name: "national-irregular",
      regex: new RegExp(`${NUMBER_START}${NATIONAL_IRREGULAR}${NUMBER_END}`, "gu"),
      score: 0.6,
      gate: LONG_NUMBER,
    },
    {
      name: "national-prefix-first",
      regex: new RegExp(`${NUMBER_START}${NATIONAL_PREFIX_FIRST}${NUMBER_END}`, "gu"),
      score: 0.7,
      gate: LONG_NUMBER,
    },
    {
      name: "special-rate",
      regex: new RegExp(`${NUMBER_START}${SPECIAL_RATE}${NUMBER_END}`, "gu"),
      score: 0.7,
      gate: SPECIAL_RATE_GATE,
    },
    {
      name: "north-american",
      regex: new RegExp(`${NUMBER_START}${NORTH_AMERICAN}${NUMBER_END}`, "gu"),
      score: 0.7,
      gate: NORTH_AMERICAN_GATE,
    },
    ...INTERNATIONAL_PATTERNS,
  ],
  validate: (value, text, start) =>
    toE164(value) !== undefined && !isAmount(text, start + value.length),
  normalize: (value) => toE164(value) ?? value,
  context: {
    words: ["tél", "téléphone", "portable", "mobile", "fixe", "fax", "joindre", "appeler"],
    boost: 0.2,
  },
});
