import { createPatternRecognizer, type Gate } from "../pattern-recognizer.ts";
import { TOKEN_END, tokenStart } from "./fixed-format-parts.ts";
import { compact } from "./identifier-parts.ts";

/** Two digits, two letters, five digits (`12AB34567`), a space allowed between the groups. */
export const PASSPORT_SHAPE = `${tokenStart("\\d\\d")} ?[A-Z][A-Z] ?\\d\\d\\d\\d\\d${TOKEN_END}`;

/**
 * Where that shape may start: at the digits the search shared by such gates stops at, rather than
 * at a word naming the document, which a search finds only by stopping at every `p` of the text.
 */
export const PASSPORT_SHAPE_GATE: Gate = {
  regex: /\d\d ?[A-Z][A-Z] ?\d/gu,
  before: 0,
  after: 0,
  atDigit: true,
};

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
      regex: new RegExp(PASSPORT_SHAPE, "gu"),
      score: 0.3,
    },
  ],
  normalize: compact,
  context: { words: ["passeport", "passport"], boost: 0.55 },
  contextRequired: true,
  gate: PASSPORT_SHAPE_GATE,
});
