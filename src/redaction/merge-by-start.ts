import type { Entity } from "./entity.ts";

/**
 * Two lists of entities, each in text order, as one: in the order a sort would give (when no two
 * start at one place), for less than a sort, and with no array but the result.
 */
export function mergeByStart(first: readonly Entity[], second: readonly Entity[]): Entity[] {
  const merged: Entity[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length)
    merged.push(second[j]!.start < first[i]!.start ? second[j++]! : first[i++]!);
  while (i < first.length) merged.push(first[i++]!);
  while (j < second.length) merged.push(second[j++]!);
  return merged;
}
