import { ENTITY_TYPES, type EntityType } from "../redaction/entity-types.ts";

/** An annotated span of a gold document. Offsets are JavaScript string indices, end exclusive. */
export interface GoldEntity {
  start: number;
  end: number;
  label: string;
  text?: string;
}

/**
 * A document with its gold annotations: the shape of the corpus files (one JSON object per line).
 * `decoys` marks text that looks like personal data and is not (label `DECOY_<kind>`), so that
 * a scorer can count the detections that fall on them.
 */
export interface GoldDocument {
  id: string;
  text: string;
  entities: GoldEntity[];
  decoys?: GoldEntity[];
}

/** What a detector reports, as scored: `type` is an engine type name. */
export interface PredictedEntity {
  start: number;
  end: number;
  type: string;
  score?: number;
}

/** The labels of the generated corpus: the engine types that stand for personal data. */
export const GOLD_LABELS = ENTITY_TYPES.filter((type) => type !== "TERME" && type !== "BALISE");

export type GoldLabel = Exclude<EntityType, "TERME" | "BALISE">;

export const DECOY_PREFIX = "DECOY_";

/** The label map for a corpus whose labels are engine types already, such as the generated one. */
export function identityLabelMap(
  labels: readonly string[] = GOLD_LABELS
): Record<string, string[]> {
  return Object.fromEntries(labels.map((label) => [label, [label]]));
}
