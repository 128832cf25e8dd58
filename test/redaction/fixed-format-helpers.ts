import { DEFAULT_MIN_SCORE } from "../../src/redaction/analyzer.ts";
import type { Entity } from "../../src/redaction/entity.ts";
import type { Recognizer } from "../../src/redaction/recognizer.ts";

/** What the recognizer reports in `text` at the analyzer's default threshold, in text order. */
export function reportedEntities(recognizer: Recognizer, text: string): Entity[] {
  return recognizer
    .analyze(text)
    .filter((entity) => entity.score >= DEFAULT_MIN_SCORE)
    .sort((a, b) => a.start - b.start);
}

/** The texts of what is reported, so that a test shows the exact span. */
export function reported(recognizer: Recognizer, text: string): string[] {
  return reportedEntities(recognizer, text).map((entity) => text.slice(entity.start, entity.end));
}

/** The identity keys of what is reported. */
export function reportedKeys(recognizer: Recognizer, text: string): Array<string | undefined> {
  return reportedEntities(recognizer, text).map((entity) => entity.key);
}
