import type { Entity } from "./entity.ts";
import type { EntityType } from "./entity-types.ts";
import { fold } from "./text/fold.ts";
import { scanView } from "./text/scan-view.ts";

/** A term the user or the admin wants masked whatever the recognizers think. */
export interface MaskTerm {
  text: string;
  type?: EntityType;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A term as the recognizers read text (text/scan-view.ts), folded: `Durand‑Frères` typed with a
 * non-breaking hyphen is looked for as the text's view writes it, with a `-`.
 */
export function termNeedle(term: string): string {
  const trimmed = term.trim();
  return fold(scanView(trimmed)?.text ?? trimmed);
}

/** Every occurrence of `term` in `folded` (an already folded text) on word boundaries. */
export function findTerm(folded: string, term: string): Array<[number, number]> {
  const needle = termNeedle(term);
  const spans: Array<[number, number]> = [];
  if (needle.length === 0) return spans;
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const before = at > 0 ? folded[at - 1]! : "";
    const after = end < folded.length ? folded[end]! : "";
    const boundedStart = !WORD_CHAR.test(needle[0]!) || !WORD_CHAR.test(before);
    const boundedEnd = !WORD_CHAR.test(needle[needle.length - 1]!) || !WORD_CHAR.test(after);
    if (boundedStart && boundedEnd) spans.push([at, end]);
  }
  return spans;
}

export function alwaysMaskEntities(folded: string, terms: readonly MaskTerm[]): Entity[] {
  return terms.flatMap((term) =>
    findTerm(folded, term.text).map(([start, end]): Entity => ({
      start,
      end,
      type: term.type ?? "TERME",
      score: 1,
      recognizer: "always-mask",
      key: termNeedle(term.text),
    }))
  );
}

/** Spans of the text that must never be masked (the agent's own service, a public official). */
export function neverMaskSpans(folded: string, terms: readonly string[]): Array<[number, number]> {
  return terms.flatMap((term) => findTerm(folded, term)).sort((a, b) => a[0] - b[0]);
}
