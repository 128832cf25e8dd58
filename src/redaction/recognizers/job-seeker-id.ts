import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { TOKEN_END } from "./fixed-format-parts.ts";
import { atDigitRunStart, LONG_NUMBER, numberRegex } from "./identifier-parts.ts";

/**
 * A job seeker's identifier at France Travail (Pôle emploi until 2024): seven digits and a letter,
 * or the eleven digits of the national identifier that replaces them. Both shapes are common
 * elsewhere: reported only when the agency or the identifier is named nearby.
 */
export const jobSeekerIdRecognizer = createPatternRecognizer({
  name: "job-seeker-id",
  type: "IDENTIFIANT",
  patterns: [
    {
      name: "regional",
      regex: numberRegex("\\d{7}[A-Z]", TOKEN_END),
      score: 0.3,
      gate: atDigitRunStart("\\d{6}[A-Z]"),
    },
    {
      name: "national",
      regex: numberRegex("\\d{11}"),
      score: 0.3,
      gate: LONG_NUMBER,
    },
  ],
  context: {
    words: [
      "france travail",
      "pôle emploi",
      "demandeur d'emploi",
      "demandeuse d'emploi",
      "identifiant",
      // The agency's initials, as its agents write them (`id. FT 3512847B`).
      " ft ",
    ],
    boost: 0.55,
  },
  contextRequired: true,
});
