import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { LONG_NUMBER, numberRegex } from "./identifier-parts.ts";

/**
 * The numéro étranger (AGDREF), ten digits a foreigner keeps on every residence permit. Ten digits
 * are common elsewhere: reported only when the permit or the number is named nearby. One that
 * begins with 0 is left to the phone recognizer, which takes every such number.
 */
export const foreignerNumberRecognizer = createPatternRecognizer({
  name: "foreigner-number",
  type: "IDENTIFIANT",
  patterns: [
    {
      name: "agdref",
      regex: numberRegex("[1-9]\\d{9}"),
      score: 0.3,
      gate: LONG_NUMBER,
    },
  ],
  context: {
    words: ["étranger", "agdref", "titre de séjour", "carte de séjour", "récépissé"],
    boost: 0.55,
  },
  contextRequired: true,
});
