import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { atDigitRunStart, digitsOf, numberRegex } from "./identifier-parts.ts";

/**
 * A family benefits file number (numéro d'allocataire of the CAF or the MSA): seven digits, which
 * the CAF now calls its file number, maybe with its key letter (`2345678 X`), one identity with or
 * without it. Common elsewhere: reported only when the file is named nearby.
 */
export const benefitNumberRecognizer = createPatternRecognizer({
  name: "benefit-number",
  type: "IDENTIFIANT",
  patterns: [
    {
      name: "allocataire",
      regex: numberRegex("\\d{7}(?: ?[A-Z](?![\\p{L}\\p{N}]))?"),
      score: 0.3,
      gate: atDigitRunStart("\\d{6}"),
    },
  ],
  normalize: digitsOf,
  context: {
    words: ["allocataire", "n° caf", "numéro caf", "dossier caf", "caf n°", "n° msa", "numéro msa"],
    boost: 0.55,
  },
  contextRequired: true,
});
