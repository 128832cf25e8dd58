import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { TOKEN_END, tokenStart } from "./fixed-format-parts.ts";
import { compact } from "./identifier-parts.ts";

/**
 * French passport numbers: two digits, two letters, five digits (`12AB34567`). So short a shape
 * is common in other references: reported only when the word passeport is near.
 */
export const passportRecognizer = createPatternRecognizer({
  name: "passport",
  type: "PASSEPORT",
  patterns: [
    {
      name: "passport",
      regex: new RegExp(`${tokenStart("\\d\\d")} ?[A-Z][A-Z] ?\\d\\d\\d\\d\\d${TOKEN_END}`, "gu"),
      score: 0.3,
    },
  ],
  normalize: compact,
  context: { words: ["passeport", "passport"], boost: 0.55 },
  contextRequired: true,
  // The shape, at the digits the search shared by such gates stops at, rather than the word,
  // which a search finds only by stopping at every `p` of the text.
  gate: { regex: /\d\d ?[A-Z][A-Z] ?\d/gu, before: 0, after: 0, atDigit: true },
});
