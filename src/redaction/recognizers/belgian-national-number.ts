import { belgianNationalNumberHolds } from "../foreign-checksums.ts";
import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { digitsOf, LONG_NUMBER, numberRegex } from "./identifier-parts.ts";

/** Birth date (`85.07.30`), order number and check: `85.07.30-033.28`, `85073003328`. */
const NUMBER = "\\d\\d\\.?\\d\\d\\.?\\d\\d[-. ]?\\d{3}\\.?\\d\\d";
/** Written with its points and dash, it is no other number; eleven digits alone may be. */
const PLAIN_SCORE = 0.3;

/**
 * Belgium's national register number (NISS), a person's identity and social security number:
 * eleven digits, the last two checking the first nine. Eleven digits alone count only beside the
 * words that name it.
 */
export const belgianNationalNumberRecognizer = createPatternRecognizer({
  name: "belgian-national-number",
  type: "NIR",
  patterns: [{ name: "niss", regex: numberRegex(NUMBER), score: 0.8 }],
  validate: (value) => {
    const digits = digitsOf(value);
    if (!belgianNationalNumberHolds(digits)) return false;
    return /^\d+$/.test(value) ? PLAIN_SCORE : true;
  },
  normalize: digitsOf,
  gate: LONG_NUMBER,
  context: {
    words: ["national", "niss", "belge", "belgique", "rijksregister", "registre national"],
    boost: 0.55,
  },
});
