import { luhn } from "../checksums.ts";
import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { compact, digitsOf, LONG_NUMBER, numberRegex } from "./identifier-parts.ts";

/**
 * A mobile phone's IMEI: fifteen digits whose last is a Luhn key, in one run or as the box and the
 * phone print it (`35-209900-176148-1`, `35 209900 176148 1`). A tenth of all fifteen-digit numbers
 * pass Luhn: reported only where the text names the phone or its IMEI, as a theft's report does.
 */
export const imeiRecognizer = createPatternRecognizer({
  name: "imei",
  type: "IDENTIFIANT",
  patterns: [
    {
      name: "imei",
      regex: numberRegex("\\d\\d([ -]?)\\d{6}\\1\\d{6}\\1\\d"),
      score: 0.3,
    },
  ],
  validate: (value) => luhn(digitsOf(value)),
  normalize: compact,
  context: {
    words: ["imei", "téléphone", "portable", "smartphone", "mobile", "iphone", "samsung"],
    boost: 0.55,
  },
  contextRequired: true,
  gate: LONG_NUMBER,
});
