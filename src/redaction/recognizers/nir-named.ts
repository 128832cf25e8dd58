import { createPatternRecognizer, type Gate } from "../pattern-recognizer.ts";
import { atDigitRunStart, numberRegex } from "./identifier-parts.ts";
import { NIR, NIR_BODY, NIR_CONTEXT, normalizeNir } from "./nir.ts";

/**
 * Where a NIR may start: at the first digit of a run, ten of its characters, digits or Corsica's
 * `A` and `B`, at most one separator between two (the search for long numbers stops at Corsica's
 * letters). Only at a run's start, as `atDigitRunStart`, so that a long run has one occurrence.
 */
const NIR_START: Gate = atDigitRunStart("(?:[ .\\-\\u00A0\\u202F]?[\\dABab]){9}");

/**
 * A NIR the text names (`sécurité sociale`, `NIR`, `carte Vitale`…) whose key is missing (`NIR :
 * 1 84 05 75 123 456`, as forms that ask for the key apart write it) or does not hold (a typo):
 * it identifies the person as well as a valid one. Without those words such numbers are left
 * alone, as `nir.ts` leaves them.
 */
export const nirNamedRecognizer = createPatternRecognizer({
  name: "nir-named",
  type: "NIR",
  patterns: [
    { name: "nir-without-key", regex: numberRegex(NIR_BODY), score: 0.3, gate: NIR_START },
    { name: "nir-any-key", regex: numberRegex(NIR), score: 0.3, gate: NIR_START },
  ],
  normalize: normalizeNir,
  context: { ...NIR_CONTEXT, boost: 0.55 },
  contextRequired: true,
});
