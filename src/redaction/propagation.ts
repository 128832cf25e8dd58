import type { Entity } from "./entity.ts";
import { isDigitCode, isLetterCode } from "./text/chars.ts";

const isWordCode = (code: number) => isLetterCode(code) || isDigitCode(code);

interface Candidate {
  value: string;
  source: Entity;
}

/**
 * A value found once is masked everywhere it appears as a whole word: a birth date recognised after
 * `né le` must not stay in clear three paragraphs later, where nothing announced it.
 * Returns the new occurrences, which overlap no entity already found, in text order.
 */
export function propagateValues(text: string, entities: readonly Entity[]): Entity[] {
  // Keyed by the first two UTF-16 units as one number: no string is made per word of the text.
  const byPrefix = new Map<number, Candidate[]>();
  const firstChars = new Set<string>();
  const seen = new Set<string>();
  for (const entity of entities) {
    const value = text.slice(entity.start, entity.end);
    if (value.length < 2 || seen.has(value)) continue;
    if (!isWordCode(value.charCodeAt(0)) || !isWordCode(value.charCodeAt(value.length - 1)))
      continue;
    seen.add(value);
    firstChars.add(value[0]!);
    const prefix = value.charCodeAt(0) * 0x10000 + value.charCodeAt(1);
    const list = byPrefix.get(prefix) ?? [];
    list.push({ value, source: entity });
    byPrefix.set(prefix, list);
  }
  if (byPrefix.size === 0) return [];
  for (const list of byPrefix.values()) list.sort((a, b) => b.value.length - a.value.length);

  // The regex engine jumps from one possible first character to the next far faster than a loop.
  const starts = new RegExp(
    `[${[...firstChars].map((c) => c.replace(/[\\\]^-]/g, "\\$&")).join("")}]`,
    "g"
  );
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const found: Entity[] = [];
  let next = 0;
  for (let match = starts.exec(text); match; match = starts.exec(text)) {
    const at = match.index;
    if (at > 0 && isWordCode(text.charCodeAt(at - 1))) continue;
    const hit = byPrefix
      .get(text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1))
      ?.find(
        ({ value }) => text.startsWith(value, at) && !isWordCode(text.charCodeAt(at + value.length))
      );
    if (!hit) continue;
    const end = at + hit.value.length;
    while (next < sorted.length && sorted[next]!.end <= at) next++;
    if (next >= sorted.length || sorted[next]!.start >= end) {
      found.push({
        ...hit.source,
        start: at,
        end,
        recognizer: `${hit.source.recognizer}+propagated`,
      });
    }
    starts.lastIndex = end;
  }
  return found;
}
