import type { Entity } from "./entity.ts";
import { isInitial, namesOf, nameTokens } from "./person-identity.ts";
import { isLetterCode } from "./text/chars.ts";
import { fold } from "./text/fold.ts";

/** A slash or a backslash: what every path and address has. */
const SEPARATOR = /[\\/]/g;
/** How far a path's word is read around a separator, each way: a longer run is read in pieces. */
const PATH_WINDOW = 256;
/** What ends a path's word: a space, a quote, a bracket or a comma around it. */
const isRunEnd = (code: number) =>
  code <= 0x20 ||
  code === 0x22 ||
  code === 0x27 ||
  code === 0x28 ||
  code === 0x29 ||
  code === 0x2c ||
  code === 0x3b ||
  code === 0x3c ||
  code === 0x3e ||
  code === 0x5b ||
  code === 0x5d ||
  code === 0x7c ||
  code === 0xab ||
  code === 0xbb ||
  code === 0xa0 ||
  code === 0x2019 ||
  code === 0x201c ||
  code === 0x201d;
const LETTERS = /\p{L}+/gu;
/** Shorter names stand for too much else in a path (`fr`, `id`). */
const MIN_NAME_LENGTH = 3;

/**
 * A name of a person found in the text is masked too where it names a folder or a file, in any
 * case: `C:\Users\nathalie\`, `/home/martin/`, `nathalie.martin.odt`. A path writes a login or a
 * folder in lower case, which the person recognizer rightly leaves alone in prose (`martin-pêcheur`);
 * next to a slash, beside a person named so, it is that person. `entities` are in text order and do
 * not overlap; returns the new occurrences, of the person's type and overlapping none of them, in
 * text order, each its own writing (the vault links it to the person).
 */
export function propagateNamesInPaths(text: string, entities: readonly Entity[]): Entity[] {
  const names = new Set<string>();
  for (const entity of entities) {
    if (entity.type !== "PERSONNE") continue;
    for (const token of nameTokens(text.slice(entity.start, entity.end)))
      for (const name of namesOf(token))
        if (name.length >= MIN_NAME_LENGTH && !isInitial(name)) names.add(name);
  }
  if (names.size === 0) return [];
  const found: Entity[] = [];
  let next = 0;
  let reached = 0;
  SEPARATOR.lastIndex = 0;
  for (let separator = SEPARATOR.exec(text); separator; separator = SEPARATOR.exec(text)) {
    const at = separator.index;
    if (at < reached) continue;
    let start = at;
    const floor = Math.max(reached, at - PATH_WINDOW);
    while (start > floor && !isRunEnd(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    const ceiling = Math.min(text.length, at + 1 + PATH_WINDOW);
    while (end < ceiling && !isRunEnd(text.charCodeAt(end))) end++;
    // A run longer than the window is read in pieces cut between two words, never inside one.
    if (end === ceiling && end < text.length && !isRunEnd(text.charCodeAt(end))) {
      let cut = end;
      while (cut > at + 1 && isLetterCode(text.charCodeAt(cut - 1))) cut--;
      if (cut > at + 1) end = cut;
    }
    reached = end;
    SEPARATOR.lastIndex = end;
    for (const word of text.slice(start, end).matchAll(LETTERS)) {
      if (!names.has(fold(word[0]))) continue;
      const wordStart = start + word.index;
      const wordEnd = wordStart + word[0].length;
      while (next < entities.length && entities[next]!.end <= wordStart) next++;
      if (next < entities.length && entities[next]!.start < wordEnd) continue;
      found.push({
        start: wordStart,
        end: wordEnd,
        type: "PERSONNE",
        score: 1,
        recognizer: "person-in-path",
      });
    }
  }
  return found;
}
