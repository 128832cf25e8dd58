import { italianFiscalCodeHolds } from "../foreign-checksums.ts";
import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { CAPITALS_AND_DIGITS, compact } from "./identifier-parts.ts";

/** A digit, or the letter that stands for it where two people share a code (omocodia). */
const DIGIT = "[\\dLMNPQRSTUV]";
/** Surname and given name (six letters), year, month's letter, day, birthplace, check letter. */
const CODE =
  `(?<![\\p{L}\\p{N}])[A-Z]{6}${DIGIT}{2}[A-EHLMPR-T]${DIGIT}{2}[A-Z]${DIGIT}{3}[A-Z]` +
  "(?![\\p{L}\\p{N}])";

/**
 * Italy's codice fiscale (`RSSMRA85T10A562S`), a person's tax and health number: sixteen
 * characters whose last letter checks the rest, so no word is needed.
 */
export const italianFiscalCodeRecognizer = createPatternRecognizer({
  name: "italian-fiscal-code",
  type: "NUMERO_FISCAL",
  patterns: [{ name: "codice-fiscale", regex: new RegExp(CODE, "gu"), score: 0.85 }],
  validate: (value) => italianFiscalCodeHolds(value),
  normalize: compact,
  // At the first digit, after the six letters.
  gate: { ...CAPITALS_AND_DIGITS, before: 8 },
});
