import type { EntityType } from "../entity-types.ts";
import { createPatternRecognizer, type PatternRecognizerSpec } from "../pattern-recognizer.ts";
import type { Recognizer } from "../recognizer.ts";
import { compact, LONG_NUMBER, numberRegex } from "./identifier-parts.ts";

/** What a number a text must name is: its shape, the check it must pass, and its names. */
export interface NamedNumberSpec {
  name: string;
  type: EntityType;
  /** The number as written, separators included, between a number's boundaries. */
  shape: string;
  /** Its check on the compact number (letters upper-cased, separators gone). */
  holds: (compact: string) => boolean;
  /** The words that name it; one must be near. */
  words: readonly string[];
  /** Where it may start: long numbers by default. */
  gate?: PatternRecognizerSpec["gate"];
}

/**
 * A number of a shape other numbers share (eleven digits, a PESEL's; nine, a BSN's), counted only
 * where the text names it and its check digits hold, as `nir-named.ts` counts a NIR without its
 * key. A chance match then needs both the words and the check.
 */
export function namedNumberRecognizer(spec: NamedNumberSpec): Recognizer {
  return createPatternRecognizer({
    name: spec.name,
    type: spec.type,
    patterns: [{ name: spec.name, regex: numberRegex(spec.shape), score: 0.3 }],
    validate: (value) => spec.holds(compact(value)),
    normalize: compact,
    gate: spec.gate ?? LONG_NUMBER,
    context: { words: spec.words, boost: 0.55 },
    contextRequired: true,
  });
}
