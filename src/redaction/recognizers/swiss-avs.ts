import { ean13Holds } from "../foreign-checksums.ts";
import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { digitsOf, LONG_NUMBER, numberRegex } from "./identifier-parts.ts";

/**
 * Switzerland's AVS (AHV) number, a person's social security number for life: 756, then nine
 * digits and the check digit of EAN-13 (`756.1234.5678.97`).
 */
export const swissAvsRecognizer = createPatternRecognizer({
  name: "swiss-avs",
  type: "NIR",
  patterns: [{ name: "avs", regex: numberRegex("756\\.?\\d{4}\\.?\\d{4}\\.?\\d\\d"), score: 0.85 }],
  validate: (value) => ean13Holds(digitsOf(value)),
  normalize: digitsOf,
  gate: LONG_NUMBER,
});
