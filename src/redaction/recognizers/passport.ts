import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { PASSPORT_SHAPE, PASSPORT_SHAPE_GATE } from "./fixed-format-parts.ts";
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
      regex: new RegExp(PASSPORT_SHAPE, "gu"),
      score: 0.3,
    },
  ],
  normalize: compact,
  context: { words: ["passeport", "passport"], boost: 0.55 },
  contextRequired: true,
  gate: PASSPORT_SHAPE_GATE,
});
