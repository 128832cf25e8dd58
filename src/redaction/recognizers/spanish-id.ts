import { spanishIdHolds } from "../foreign-checksums.ts";
import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { CAPITALS_AND_DIGITS, compact } from "./identifier-parts.ts";

/** `12345678Z`, `12345678-Z`; a foreigner's NIE, `X1234567L`, `X-1234567-L`. */
const DNI_NIE =
  "(?<![\\p{L}\\p{N}])(?:\\d{8}|[XYZ][- ]?\\d{7})[- ]?[A-Z](?![\\p{L}\\p{N}]|[.,/-]\\p{N})";

/**
 * Spain's identity numbers: a citizen's DNI and a foreigner's NIE, eight digits and the letter
 * that checks them. The letter makes a chance match rare (one in 23), so no word is needed; a
 * letter that fails leaves the number alone.
 */
export const spanishIdRecognizer = createPatternRecognizer({
  name: "spanish-id",
  type: "PASSEPORT",
  patterns: [{ name: "dni-nie", regex: new RegExp(DNI_NIE, "gu"), score: 0.7 }],
  validate: (value) => spanishIdHolds(compact(value)),
  normalize: compact,
  // At the last digit, before the letter: the number starts up to ten characters before it.
  gate: { ...CAPITALS_AND_DIGITS, before: 11 },
  context: {
    words: ["dni", "nie", "documento", "identidad", "espagnol", "extranjero"],
    boost: 0.15,
  },
});
