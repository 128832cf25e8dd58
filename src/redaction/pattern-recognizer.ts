import { hasContext, type ContextRule } from "./context.ts";
import type { Entity } from "./entity.ts";
import type { EntityType } from "./entity-types.ts";
import type { Recognizer } from "./recognizer.ts";

export interface Pattern {
  name: string;
  /** Must carry the `g` flag. The whole match is the entity: use look-arounds for boundaries. */
  regex: RegExp;
  score: number;
}

export interface PatternRecognizerSpec {
  name: string;
  type: EntityType;
  patterns: readonly Pattern[];
  /**
   * Checks a match the pattern cannot (a checksum): false rejects it, true keeps its score,
   * a number replaces the score.
   */
  validate?: (value: string, text: string, start: number) => boolean | number;
  /** The identity of the value, so that its several writings share one placeholder. */
  normalize?: (value: string) => string;
  context?: ContextRule;
  /**
   * For recognizers whose matches all need their context to be reported: a text in which this
   * does not occur is skipped at once (one quick search instead of a scan per pattern).
   */
  gate?: RegExp;
}

export function createPatternRecognizer(spec: PatternRecognizerSpec): Recognizer {
  for (const pattern of spec.patterns) {
    if (!pattern.regex.global)
      throw new Error(`pattern ${spec.name}/${pattern.name} needs the g flag`);
  }
  return {
    name: spec.name,
    type: spec.type,
    analyze(text: string): Entity[] {
      const found: Entity[] = [];
      if (spec.gate && !spec.gate.test(text)) return found;
      for (const pattern of spec.patterns) {
        // The module's own regex, not a copy per call (as matchAll makes): V8 runs a new regex
        // in its interpreter until it is hot, which made short texts several times slower per byte.
        const regex = pattern.regex;
        regex.lastIndex = 0;
        for (let match = regex.exec(text); match; match = regex.exec(text)) {
          const value = match[0];
          if (value.length === 0) {
            regex.lastIndex++;
            continue;
          }
          const start = match.index;
          const end = start + value.length;
          const verdict = spec.validate ? spec.validate(value, text, start) : true;
          if (verdict === false) continue;
          let score = typeof verdict === "number" ? verdict : pattern.score;
          if (spec.context && hasContext(text, start, end, spec.context)) {
            score = Math.min(1, score + (spec.context.boost ?? 0.35));
          }
          const entity: Entity = { start, end, type: spec.type, score, recognizer: spec.name };
          if (spec.normalize) entity.key = spec.normalize(value);
          found.push(entity);
        }
      }
      return found;
    },
  };
}
