import { isValidSiret } from "../checksums.ts";
import { createPatternRecognizer } from "../pattern-recognizer.ts";
import {
  COMPANY_CONTEXT,
  companyNumberValidator,
  digitsOf,
  LONG_NUMBER,
  numberRegex,
  SEP_OPT,
} from "./identifier-parts.ts";

/** SIREN then the establishment's NIC: `123 456 789 00012`, `123 456 789 000 12` or one run. */
const SIRET = `\\d{3}(?:${SEP_OPT}\\d{3}){3}${SEP_OPT}\\d\\d`;

/**
 * SIRET establishment numbers. Fourteen digits passing Luhn (or La Poste's rule) are reported
 * with a moderate score, raised by a context word.
 */
export const siretRecognizer = createPatternRecognizer({
  name: "siret",
  type: "SIRET",
  patterns: [{ name: "siret", regex: numberRegex(SIRET), score: 0.6, gate: LONG_NUMBER }],
  validate: companyNumberValidator(isValidSiret),
  normalize: digitsOf,
  context: { words: COMPANY_CONTEXT, boost: 0.35 },
});
