import type { Entity } from "./entity.ts";
import type { EntityType } from "./entity-types.ts";
import { exposedMentions } from "./exposed-mentions.ts";
import { mergeByStart } from "./merge-by-start.ts";
import { resolveOverlaps } from "./overlaps.ts";
import { forgetGateOccurrences } from "./pattern-recognizer.ts";
import { propagateNamesInLowerCase } from "./lower-case-mentions.ts";
import { propagateNamesInPaths } from "./path-names.ts";
import { propagateValues } from "./propagation.ts";
import type { RecognizerRegistry } from "./registry.ts";
import { alwaysMaskEntities, neverMaskSpans, termNeedle, type MaskTerm } from "./terms.ts";
import { fold } from "./text/fold.ts";
import { forgetWordStarts } from "./text/word-starts.ts";

export interface AnalyzeOptions {
  /** Entities scoring below are dropped. Default 0.5. */
  minScore?: number;
  /** Terms masked wherever they appear, whatever the recognizers say. */
  alwaysMask?: ReadonlyArray<string | MaskTerm>;
  /** Terms never masked: an entity lying inside one of their occurrences is dropped. */
  neverMask?: readonly string[];
  /** Only these types are reported; all when absent. */
  types?: readonly EntityType[];
}

export const DEFAULT_MIN_SCORE = 0.5;

/** Drops the entities a never-mask term covers, or whose text is one. */
function sparing(folded: string, neverMask: readonly string[]): (entities: Entity[]) => Entity[] {
  const spared = neverMaskSpans(folded, neverMask);
  const sparedTerms = new Set(neverMask.map(termNeedle));
  return (entities) =>
    entities.filter(
      (e) =>
        !sparedTerms.has(folded.slice(e.start, e.end)) &&
        !spared.some(([start, end]) => start <= e.start && e.end <= end)
    );
}

/** Entities in text order with more of them, none overlapping: the same list when there are none. */
const withMore = (found: Entity[], more: Entity[]) =>
  more.length ? mergeByStart(found, more) : found;

/** Runs every recognizer of a registry over a text and returns non-overlapping entities in order. */
export class Analyzer {
  constructor(readonly registry: RecognizerRegistry) {}

  analyze(text: string, options: AnalyzeOptions = {}): Entity[] {
    const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
    const types = options.types ? new Set(options.types) : undefined;
    const alwaysMask = (options.alwaysMask ?? []).map((t) =>
      typeof t === "string" ? { text: t } : t
    );
    const neverMask = options.neverMask ?? [];
    const folded = alwaysMask.length || neverMask.length ? fold(text) : "";

    try {
      let candidates: Entity[] = [];
      for (const recognizer of this.registry.list()) {
        if (types && !(recognizer.types ?? [recognizer.type]).some((type) => types.has(type)))
          continue;
        for (const entity of recognizer.analyze(text)) {
          if (entity.score >= minScore && (!types || types.has(entity.type)))
            candidates.push(entity);
        }
      }
      const spare = neverMask.length
        ? sparing(folded, neverMask)
        : (entities: Entity[]) => entities;
      candidates = spare(candidates);
      candidates.push(...alwaysMaskEntities(folded, alwaysMask));
      const resolved = resolveOverlaps(candidates);
      // What each step after the resolution adds overlaps no entity found: the lists merge
      // without a sort.
      const found = withMore(resolved, spare(propagateValues(text, resolved)));
      const named = withMore(found, spare(propagateNamesInPaths(text, found)));
      const masked = withMore(named, spare(propagateNamesInLowerCase(text, named)));
      return !types || types.has("BALISE")
        ? withMore(masked, spare(exposedMentions(text, masked)))
        : masked;
    } finally {
      // What is found once per text and shared (gates' occurrences, word starts) is forgotten
      // here, so as not to hold the text.
      forgetGateOccurrences();
      forgetWordStarts();
    }
  }
}
