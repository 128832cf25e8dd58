import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { compact, LONG_NUMBER, numberRegex } from "./identifier-parts.ts";
import { RIB } from "./rib.ts";

/**
 * A RIB the text names (`RIB : 18206 00045 12345678901 23`) whose key fails: a typo, or a number
 * copied wrong, which still names the person's account. `rib.ts` takes only RIBs whose key holds,
 * anywhere; this one takes the RIB's shape right after the word, within a label's reach of it.
 */
export const ribNamedRecognizer = createPatternRecognizer({
  name: "rib-named",
  type: "RIB",
  patterns: [{ name: "rib-any-key", regex: numberRegex(RIB), score: 0.3, gate: LONG_NUMBER }],
  normalize: compact,
  context: { words: ["rib", "relevé d'identité bancaire"], window: 32, after: 0, boost: 0.55 },
  contextRequired: true,
});
