import { ENTITY_TYPES } from "../redaction/index.ts";

export interface Span {
  start: number;
  end: number;
}

/** A placeholder as the pane's engine writes it into a source: `[PERSONNE_1]`, `[ADRESSE_IP_2]`. */
const PLACEHOLDER = new RegExp(`\\[(?:${ENTITY_TYPES.join("|")})_\\d+\\]`, "g");

/** Where the placeholders of a pseudonymised text are, in order. */
export function placeholderSpans(text: string): Span[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}
