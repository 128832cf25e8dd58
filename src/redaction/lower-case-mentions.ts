import type { Entity } from "./entity.ts";
import { AMBIGUOUS_FIRST_NAMES, isCompoundGivenName } from "./recognizers/person-first-names.ts";
import { fold } from "./text/fold.ts";

/**
 * The most characters read in all, the names times the text's length: each name is one search
 * through the text. Notes and messages, which write names in lower case, stay far below (a 10 KB
 * note naming 20 people: 200,000); a judgment's hundreds of names over its length go beyond, and
 * its prose writes names with their capitals.
 */
const MAX_WORK = 2_000_000;
/** What glues a word to the one it is written in: the mention is then no whole word. */
const GLUED_BEFORE = /[\p{L}\p{N}'’-]/u;
const GLUED_AFTER = /[\p{L}\p{N}-]/u;
const LOWER_WORD_CHAR = /[\p{Ll}-]/u;
/** Shorter words of a name written in lower case are initials (`julie m.`). */
const MIN_WORD = 3;

/**
 * Given names that texts in lower case write as words of French (`eh ben`, `sam` for samedi,
 * `lino`) or of the languages letters to an office come in (`can`, `said`, `una`, `mia`,
 * `luz`): a name written with its capital, never spread in lower case. Folded.
 */
const WORDS_IN_LOWER_CASE = new Set(
  (
    "alba ama amber ambre angel beat ben bent bin bob can clara daisy dulce ela eve frank guy " +
    "hang holly jack jade joy lily line lino loan luna luz mia pilar ray rima rocio rosa ruby " +
    "said sam sana santo till una"
  ).split(" ")
);

/** Whether `word`, folded, is a given name, a compound's parts each one, and no common word. */
function isPlainGivenName(word: string): boolean {
  const folded = fold(word);
  return (
    !AMBIGUOUS_FIRST_NAMES.has(folded) &&
    !WORDS_IN_LOWER_CASE.has(folded) &&
    isCompoundGivenName(folded)
  );
}

/**
 * What is looked for of the people found: the given names of a name written with capitals, in
 * lower case with and without their accents (`Kévin LE GALL`: `kévin`, `kevin`), given names that
 * are also common words aside (`Rose`, `Pierre`); every word of a name found in lower case (`julie
 * m.`, `madame lopez`), but its initials.
 */
function namesOf(text: string, entities: readonly Entity[], most: number): Set<string> {
  const names = new Set<string>();
  for (const entity of entities) {
    // Past the most, the search is not made: the rest of the names need not be read.
    if (names.size > most) break;
    if (entity.type !== "PERSONNE") continue;
    const value = text.slice(entity.start, entity.end);
    const inLowerCase = value[0] !== value[0]!.toUpperCase();
    for (const word of value.split(/[\s.]+/)) {
      if (inLowerCase) {
        if (word.length >= MIN_WORD) names.add(word);
      } else if (word.length >= MIN_WORD && isPlainGivenName(word)) {
        names.add(word.toLowerCase());
        names.add(fold(word));
      }
    }
  }
  return names;
}

/** Where a known given name in lower case starts right before `at`, one space between. */
function givenNameBefore(text: string, at: number): number | undefined {
  if (text[at - 1] !== " ") return undefined;
  let start = at - 1;
  while (start > 0 && LOWER_WORD_CHAR.test(text[start - 1]!)) start--;
  if (start === at - 1 || GLUED_BEFORE.test(text[start - 1] ?? " ")) return undefined;
  return isPlainGivenName(text.slice(start, at - 1)) ? start : undefined;
}

/** Whether an entity of `entities` (in text order, not overlapping) overlaps `start`–`end`. */
function overlapsAny(entities: readonly Entity[], start: number, end: number): boolean {
  let low = 0;
  let high = entities.length;
  // The first entity that ends after `start`.
  while (low < high) {
    const middle = (low + high) >> 1;
    if (entities[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  return low < entities.length && entities[low]!.start < end;
}

/**
 * The people found, named again in lower case, as notes and messages write them: `samira est
 * hospitalisée` after `Mme BOUCHAREB Samira`, `mamie fatiha` after `Mme Fatiha Bouchareb`,
 * `Présents : moi, julie` after a chat's `julie m. 09:02`; with a given name right before a
 * surname found so (`jorge lopez` after `m. lopez`). The engine spreads no value that starts in
 * lower case (most words of a text do), and the person recognizer reads names by their capitals.
 * `entities` are in text order and do not overlap; returns the new mentions, overlapping none of
 * them nor each other, in text order. The vault links each to the person it names.
 */
export function propagateNamesInLowerCase(text: string, entities: readonly Entity[]): Entity[] {
  const most = Math.floor(MAX_WORK / Math.max(1, text.length));
  const names = namesOf(text, entities, most);
  if (names.size === 0 || names.size > most) return [];
  const mentions: Entity[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (GLUED_BEFORE.test(text[at - 1] ?? " ") || GLUED_AFTER.test(text[end] ?? " ")) continue;
      // The given name before it joins it only where nothing found holds that name already.
      const before = givenNameBefore(text, at);
      const start = before !== undefined && !overlapsAny(entities, before, at) ? before : at;
      if (!overlapsAny(entities, at, end))
        mentions.push({ start, end, type: "PERSONNE", score: 1, recognizer: "lower-case-mention" });
    }
  }
  // In text order, the longest first at one start; none inside another.
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  let reached = 0;
  return mentions.filter(({ start, end }) => {
    if (start < reached) return false;
    reached = end;
    return true;
  });
}
