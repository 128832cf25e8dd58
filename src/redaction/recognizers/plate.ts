import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { tokenStart } from "./fixed-format-parts.ts";
import { CAPITALS_AND_DIGITS, compact } from "./identifier-parts.ts";

/** SIV letters: I, O and U are never issued (they read as 1, 0 and V). */
const LETTER = "[A-HJ-NP-TV-Z]";

/** Not glued to a word, a number or a hyphenated token. */
const END = "(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])";

/**
 * SIV plates (since 2009): `AB-123-CD`, two letters, three digits, two letters. `SS` and `000`
 * are never issued; `WW` (temporary registration) is, and is reported like the others.
 */
function sivRegex(separator: string): RegExp {
  return new RegExp(
    `${tokenStart(`${LETTER}${LETTER}`, "-")}(?<!SS)${separator}\\d\\d\\d(?<!000)${separator}` +
      `${LETTER}${LETTER}(?<!SS)${END}`,
    "gu"
  );
}

/** Old FNI departments: 01-95 (20 before Corsica was split), 2A, 2B, 971-976. */
const DEPARTMENT = "(?:0[1-9]|[1-8]\\d|9[0-5]|2[AB]|97[1-6])";

/**
 * FNI plates (before 2009): `123 ABC 75`, `1234 AB 2A`, one kind of separator or none. The start
 * boundary is checked once a letter follows the digits: checked on the first digit, it would run
 * at every digit of the text.
 */
const FNI =
  `(?<digits>\\d\\d?\\d?\\d?)(?<sep>[ \\u00A0-]?)[A-Z](?<![\\p{L}\\p{N}_-]\\k<digits>\\k<sep>[A-Z])` +
  `[A-Z]?[A-Z]?\\k<sep>${DEPARTMENT}${END}`;

/**
 * French registration plates. `AB-123-CD` is distinctive and reported alone; the same without
 * hyphens and the old format look like ordinary tokens, and need a vehicle word nearby.
 */
export const plateRecognizer = createPatternRecognizer({
  name: "plate",
  type: "PLAQUE",
  patterns: [
    { name: "siv", regex: sivRegex("-"), score: 0.85 },
    { name: "siv-spaced", regex: sivRegex("[ \\u00A0]"), score: 0.35 },
    { name: "siv-unseparated", regex: sivRegex(""), score: 0.3 },
    { name: "fni", regex: new RegExp(FNI, "gu"), score: 0.3 },
  ],
  gate: CAPITALS_AND_DIGITS,
  normalize: compact,
  context: {
    words: [
      "immatricul",
      "plaque",
      "véhicule",
      "voiture",
      "automobile",
      "fourrière",
      "stationnement",
      "stationné",
      "carte grise",
      "moto",
      "camion",
      "scooter",
      "conducteur",
      "radar",
      "contravention",
    ],
    boost: 0.45,
  },
});
