import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { digitsOf, LONG_NUMBER, numberRegex } from "./identifier-parts.ts";
import { SPI } from "./numero-fiscal.ts";

/**
 * A numéro fiscal the text names (`numéro fiscal`, `identifiant fiscal`, `SPI`) whose key does not
 * hold, a typo as a rule: it identifies the taxpayer as well as a valid one. Without those words
 * such numbers are left alone, as `numero-fiscal.ts` leaves them; its broader words (`impôt`,
 * `contribuable`) only raise the score of a number whose key holds.
 */
export const numeroFiscalNamedRecognizer = createPatternRecognizer({
  name: "numero-fiscal-named",
  type: "NUMERO_FISCAL",
  patterns: [{ name: "spi-any-key", regex: numberRegex(SPI), score: 0.3, gate: LONG_NUMBER }],
  normalize: digitsOf,
  context: {
    words: [
      "numero fiscal",
      "n° fiscal",
      "identifiant fiscal",
      "numero d'identification fiscale",
      " spi",
    ],
    boost: 0.55,
  },
  contextRequired: true,
});
