import type { EntityType } from "./entity-types.ts";

/** A span of personal data found in a text. Offsets are JavaScript string indices, end exclusive. */
export interface Entity {
  start: number;
  end: number;
  type: EntityType;
  /** Confidence in [0, 1]. */
  score: number;
  /** Name of the recognizer that found it, for explanations and evaluation. */
  recognizer: string;
  /**
   * Identity of the real-world thing, so that several writings of it share one placeholder
   * (an IBAN with and without spaces). Defaults to the span's text when absent.
   */
  key?: string;
  /**
   * The value as the recognizers read it, when the text writes it otherwise (JSON's escapes,
   * invisible characters, full-width forms: `Oph\u00e9lie` read `Ophélie`): what the vault keeps and
   * gives back. Absent when it is the span's text, or when it holds what JSON escapes (a line
   * break read from `\n`): given back into the JSON it came from, it would break it.
   */
  value?: string;
}
