import type { EntityType } from "./entity-types.ts";

/** `[PERSONNE_1]`: the label of the type and a number counted per type from 1. */
export function formatPlaceholder(type: EntityType, index: number): string {
  return `[${type}_${index}]`;
}

/** The canonical placeholder for a label and number as a model may have written them. */
export function canonicalPlaceholder(label: string, index: string | number): string {
  return `[${label.toUpperCase().replace(/[\s-]+/g, "_")}_${Number(index)}]`;
}
