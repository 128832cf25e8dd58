import { ENTITY_TYPES } from "../entity-types.ts";
import { createPatternRecognizer } from "../pattern-recognizer.ts";

const LABELS = ENTITY_TYPES.join("|");

/**
 * Text that already looks like one of our placeholders (a document that quotes a pseudonymised
 * one) is masked like personal data, so that restoration can never mistake it for one of ours.
 */
export const placeholderLiteralRecognizer = createPatternRecognizer({
  name: "placeholder-literal",
  type: "BALISE",
  patterns: [{ name: "placeholder", regex: new RegExp(`\\[\\s*(?:${LABELS})[\\s_-]*\\d+\\s*\\]`, "gi"), score: 1 }],
});
