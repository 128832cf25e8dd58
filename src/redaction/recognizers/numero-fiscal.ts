import { spiKey } from "../checksums.ts";
import { createPatternRecognizer } from "../pattern-recognizer.ts";
import {
  digitsOf,
  isOneDigitRepeated,
  LONG_NUMBER,
  numberRegex,
  SEP_OPT,
} from "./identifier-parts.ts";

/** Thirteen digits, the first 0 to 3: `1234567890123` or `12 34 567 890 123`. */
export const SPI = `[0-3]\\d${SEP_OPT}\\d\\d${SEP_OPT}\\d{3}${SEP_OPT}\\d{3}${SEP_OPT}\\d{3}`;

/** French tax numbers (numéro fiscal, SPI), reported only when their last three digits check. */
export const numeroFiscalRecognizer = createPatternRecognizer({
  name: "numero-fiscal",
  type: "NUMERO_FISCAL",
  patterns: [{ name: "spi", regex: numberRegex(SPI), score: 0.6, gate: LONG_NUMBER }],
  validate: (value) => {
    const spi = digitsOf(value);
    return spiKey(spi.slice(0, 10)) === spi.slice(10) && !isOneDigitRepeated(spi);
  },
  normalize: digitsOf,
  context: {
    words: [
      "numero fiscal",
      "spi",
      "reference de l'avis",
      "impot",
      "contribuable",
      "declarant",
      "avis d'imposition",
    ],
  },
});
