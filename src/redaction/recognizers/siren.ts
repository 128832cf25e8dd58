import { isValidSiren } from "../checksums.ts";
import { createPatternRecognizer } from "../pattern-recognizer.ts";
import {
  COMPANY_CONTEXT,
  companyNumberValidator,
  digitsOf,
  LONG_NUMBER,
  numberRegex,
  SEP_OPT,
} from "./identifier-parts.ts";

/**
 * SIREN company numbers: `123 456 789` or `123456789`. One nine-digit number in ten passes Luhn by
 * chance, so the base score stays below the reporting threshold and only a context word (SIREN,
 * RCS, société…) lifts it over. The boundaries keep the SIREN inside a SIRET or a VAT number out.
 */
export const sirenRecognizer = createPatternRecognizer({
  name: "siren",
  type: "SIREN",
  patterns: [
    {
      name: "siren",
      regex: numberRegex(`\\d{3}${SEP_OPT}\\d{3}${SEP_OPT}\\d{3}`),
      score: 0.4,
      gate: LONG_NUMBER,
    },
  ],
  validate: companyNumberValidator(isValidSiren),
  normalize: digitsOf,
  context: { words: COMPANY_CONTEXT, boost: 0.35 },
});
