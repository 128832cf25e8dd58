import type { Entity } from "./entity.ts";
import { isLetterCode, isDigitCode } from "./text/chars.ts";

const isWordCode = (code: number) => isLetterCode(code) || isDigitCode(code);

/**
 * A value found once is masked everywhere it appears as a whole word: a birth date recognised after
 * `né le` must not stay in clear three paragraphs later, where nothing announced it.
 * Returns the new occurrences, which overlap no entity already found, in text order.
 */
export function propagateValues(text: string, entities: readonly Entity[]): Entity[] {
  const byPrefix = new Map<string, Array<{ value: string; source: Entity }>>();
  const seen = new Set<string>();
  for (const entity of entities) {
    const value = text.slice(entity.start, entity.end);
    if (value.length < 2 || seen.has(value)) continue;
    if (!isWordCode(value.charCodeAt(0)) || !isWordCode(value.charCodeAt(value.length - 1))) continue;
    seen.add(value);
    const prefix = value.slice(0, 2);
    const list = byPrefix.get(prefix) ?? [];
    list.push({ value, source: entity });
    byPrefix.set(prefix, list);
  }
  if (byPrefix.size === 0) return [];
  for (const list of byPrefix.values()) list.sort((a, b) => b.value.length - a.value.length);

  const found: Entity[] = [];
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  let next = 0;
  let previousIsWord = false;
  for (let at = 0; at < text.length - 1; at++) {
    const code = text.charCodeAt(at);
    const isWord = isWordCode(code);
    if (isWord && !previousIsWord) {
      const candidates = byPrefix.get(text.slice(at, at + 2));
      const hit = candidates?.find(({ value }) => text.startsWith(value, at) && !isWordCode(text.charCodeAt(at + value.length)));
      if (hit) {
        const end = at + hit.value.length;
        while (next < sorted.length && sorted[next]!.end <= at) next++;
        const overlaps = next < sorted.length && sorted[next]!.start < end;
        if (!overlaps) found.push({ ...hit.source, start: at, end, recognizer: `${hit.source.recognizer}+propagated` });
        at = end - 1;
        previousIsWord = true;
        continue;
      }
    }
    previousIsWord = isWord;
  }
  return found;
}
