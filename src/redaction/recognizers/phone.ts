import { createPatternRecognizer, type Gate, type Pattern } from "../pattern-recognizer.ts";
import {
  digitsOf,
  LONG_NUMBER,
  NUMBER_END,
  NUMBER_START,
  SEP as SPACE,
} from "./identifier-parts.ts";

/** Between two groups of digits: a space (no-break ones too), a dot or a hyphen. */
const SEP = "[ .\\-\\u00A0\\u202F]";

/** `06 12 34 56 78`, `06.12.34.56.78`, `0612345678`: pairs, one kind of separator throughout. */
const NATIONAL = `0[1-9](${SEP}?)\\d\\d\\1\\d\\d\\1\\d\\d\\1\\d\\d`;

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
const CODES = Object.keys(NATIONAL_LENGTH).join("|");

/**
 * `+33 6 12 34 56 78`, `+33 (0)6 12…`, `0033 6 12…`, `+33612345678`, `+262 692 12 34 56`: any
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
    `${NUMBER_START}${prefix}[ \\u00A0]?(?:${CODES})(?:${SEP}?\\(0\\))?(?:${SEP}?\\d){6,10}${NUMBER_END}`,
    "gu"
  ),
  score: 0.9,
  gate: { regex: new RegExp(prefix, "g"), before: 0, after: 0 },
}));
const INTERNATIONAL_PARTS = new RegExp(`^(?:\\+|00)[ \\u00A0]?(${CODES})(.*)$`, "su");

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
  const international = INTERNATIONAL_PARTS.exec(value);
  if (!international) {
    const national = digitsOf(value).slice(1);
    return `+${OVERSEAS_CODE_BY_PREFIX[national.slice(0, 3)] ?? "33"}${national}`;
  }
  const code = international[1]!;
  let national = digitsOf(international[2]!.replace("(0)", ""));
  // `+33 06 12 34 56 78`: the trunk 0 kept by mistake.
  if (national.length === NATIONAL_LENGTH[code]! + 1 && national.startsWith("0"))
    national = national.slice(1);
  if (national.length !== NATIONAL_LENGTH[code]) return undefined;
  if (code !== "33") return `+${code}${national}`;
  if (national.startsWith("0")) return undefined;
  return `+${OVERSEAS_CODE_BY_PREFIX[national.slice(0, 3)] ?? "33"}${national}`;
}

/**
 * French telephone numbers, metropolitan and overseas, national or international writing. The
 * boundaries keep them out of longer digit runs (SIRET, IBAN, numéro fiscal) and grouped amounts.
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
    ...INTERNATIONAL_PATTERNS,
  ],
  validate: (value) => toE164(value) !== undefined,
  normalize: (value) => toE164(value) ?? value,
  context: {
    words: ["tél", "téléphone", "portable", "mobile", "fixe", "fax", "joindre", "appeler"],
    boost: 0.2,
  },
});
