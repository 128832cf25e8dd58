import type { Entity } from "./entity.ts";
import type { EntityType } from "./entity-types.ts";

/**
 * Finds one kind of personal data, after Presidio's recognizers: a pattern, a validator that
 * rejects what the pattern over-matches (checksums), and context words that raise confidence.
 */
export interface Recognizer {
  readonly name: string;
  readonly type: EntityType;
  /**
   * Every type it reports, when more than `type` (a table's columns): the analyzer's filter reads
   * it.
   */
  readonly types?: readonly EntityType[];
  analyze(text: string): Entity[];
}
