import type { Entity } from "./entity.ts";

const byPriority = (a: Entity, b: Entity) =>
  b.end - b.start - (a.end - a.start) || b.score - a.score;

/**
 * Keeps one entity per stretch of text. Longer spans win (an address holds a street named after a
 * person), then higher scores; a loser's characters that the winner does not cover are added to the
 * winner, so that resolving a conflict never leaves part of a value in clear. Returns them in text
 * order; `candidates` is sorted in place (a copy of a long document's tens of thousands of
 * entities would be one more array for the garbage collector to carry).
 */
export function resolveOverlaps(candidates: Entity[]): Entity[] {
  const sorted = candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const resolved: Entity[] = [];
  // One array for every cluster, emptied after each: most hold one entity, and a document has
  // thousands of them.
  const cluster: Entity[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length === 1) resolved.push(cluster[0]!);
    else if (cluster.length > 1) resolved.push(...resolveCluster(cluster));
    cluster.length = 0;
  };
  for (const entity of sorted) {
    if (entity.start >= clusterEnd) {
      flush();
      clusterEnd = entity.end;
    } else {
      clusterEnd = Math.max(clusterEnd, entity.end);
    }
    cluster.push(entity);
  }
  flush();
  return resolved;
}

function resolveCluster(cluster: Entity[]): Entity[] {
  const accepted: Entity[] = [];
  const rejected: Entity[] = [];
  for (const entity of [...cluster].sort(byPriority)) {
    const overlapping = accepted.some((a) => a.start < entity.end && entity.start < a.end);
    (overlapping ? rejected : accepted).push({ ...entity });
  }
  for (const loser of rejected) {
    for (const winner of accepted) {
      if (winner.start < loser.end && loser.start < winner.end) {
        if (loser.start < winner.start || loser.end > winner.end) delete winner.key;
        winner.start = Math.min(winner.start, loser.start);
        winner.end = Math.max(winner.end, loser.end);
      }
    }
  }
  return accepted.length > 1 ? mergeTouching(accepted) : accepted;
}

/** Widening can make two winners overlap: the one that came first in priority absorbs the other. */
function mergeTouching(entities: Entity[]): Entity[] {
  const ordered = entities.sort((a, b) => a.start - b.start);
  const merged: Entity[] = [ordered[0]!];
  for (const entity of ordered.slice(1)) {
    const last = merged[merged.length - 1]!;
    if (entity.start < last.end) {
      const keep = byPriority(last, entity) <= 0 ? last : entity;
      const start = Math.min(last.start, entity.start);
      const end = Math.max(last.end, entity.end);
      merged[merged.length - 1] = { ...keep, start, end };
      delete merged[merged.length - 1]!.key;
    } else {
      merged.push(entity);
    }
  }
  return merged;
}
