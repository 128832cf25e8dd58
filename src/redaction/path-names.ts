import type { Entity } from "./entity.ts";
import { isParticle, MAX_PARTICLE_LENGTH } from "./person-identity.ts";
import { isLetterCode } from "./text/chars.ts";
import { fold } from "./text/fold.ts";

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
const HYPHEN = 0x2d;
const NOT_LETTERS = /\P{L}+/gu;
/** Shorter names stand for too much else in a path (`fr`, `id`). */
const MIN_NAME_LENGTH = 3;

/**
 * A name of a person found in the text is masked too where it names a folder or a file, in any
 * case: `C:\Users\nathalie\`, `/home/martin/`, `nathalie.martin.odt`; so is a compound name
 * glued (`/srv/bensalah_a/` for Aïcha BEN SALAH), and a login made of a name and the initial of
 * another name of the same person, before or after it (`/home/nmartin/`, `C:\Users\martinn\`). A
 * path writes a login or a folder in lower case, which the person recognizer rightly leaves alone in
 * prose (`martin-pêcheur`); next to a slash, beside a person named so, it is that person.
 * `entities` are in text order and do not overlap; returns the new occurrences, of the person's
 * type and overlapping none of them, in text order, each its own writing: the vault links a name
 * to its person, and gives a login or a glued name, which shares no name with it, a placeholder of
 * its own.
 */
export function propagateNamesInPaths(text: string, entities: readonly Entity[]): Entity[] {
  const words = pathWords(text);
  if (words.length === 0) return [];
  const names = personNames(text, entities, words);
  const found: Entity[] = [];
  let next = 0;
  for (const word of words) {
    if (!names.has(word.folded)) continue;
    while (next < entities.length && entities[next]!.end <= word.start) next++;
    if (next < entities.length && entities[next]!.start < word.end) continue;
    found.push({
      start: word.start,
      end: word.end,
      type: "PERSONNE",
      score: 1,
      recognizer: "person-in-path",
    });
  }
  return found;
}

interface PathWord {
  start: number;
  end: number;
  folded: string;
}

/** The words of letters (three or more) of every run around a slash or a backslash, folded, in text order. */
function pathWords(text: string): PathWord[] {
  const words: PathWord[] = [];
  let reached = 0;
  // Each separator found by `indexOf`, which skips to it at memory speed: a regex for either one
  // stops at every character, 0.5 ms a megabyte of prose.
  let slash = text.indexOf("/");
  let backslash = text.indexOf("\\");
  while (slash >= 0 || backslash >= 0) {
    const at = slash < 0 ? backslash : backslash < 0 ? slash : Math.min(slash, backslash);
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
    if (slash >= 0 && slash < end) slash = text.indexOf("/", end);
    if (backslash >= 0 && backslash < end) backslash = text.indexOf("\\", end);
    for (const word of text.slice(start, end).matchAll(LETTERS)) {
      if (word[0].length < MIN_NAME_LENGTH) continue;
      const wordStart = start + word.index;
      words.push({ start: wordStart, end: wordStart + word[0].length, folded: fold(word[0]) });
    }
  }
  return words;
}

/**
 * Which of the paths' words are names of the persons found, or logins made of them: each person's
 * words of letters, alone or glued where they make one name (`bensalah` for `BEN SALAH`, `dasilva`,
 * `dupontmoretti`), folded, compared with them; a particle alone or last is no name. Only the names
 * as long as a path's word, or one letter shorter, are folded: a megabyte of judgments names persons
 * some 2,000 times, and splitting each writing into its name parts cost a millisecond where its
 * slashes cost a tenth of one.
 */
function personNames(text: string, entities: readonly Entity[], words: readonly PathWord[]) {
  const wanted = new Set(words.map((word) => word.folded));
  const lengths = new Set(words.map((word) => word.end - word.start));
  const names = new Set<string>();
  const spans: number[] = [];
  for (const entity of entities) {
    if (entity.type !== "PERSONNE") continue;
    spans.length = 0;
    forEachLetterWord(text, entity.start, entity.end, (start, end) => spans.push(start, end));
    for (let first = 0; first < spans.length; first += 2) {
      let length = 0;
      for (let last = first; last < spans.length && last <= first + 4; last += 2) {
        // Glued only where the words make one name: `Ben Salah`, `Dupont-Moretti`.
        if (last > first && !joinsCompound(text, spans, last - 2)) break;
        length += spans[last + 1]! - spans[last]!;
        const loginLength = length >= MIN_NAME_LENGTH && lengths.has(length + 1);
        if (!lengths.has(length) && !loginLength) continue;
        // A word of letters folds to letters; a glued run loses the spaces and hyphens between.
        const single = first === last;
        const folded = fold(text.slice(spans[first]!, spans[last + 1]!));
        const lastWord = single ? folded : fold(text.slice(spans[last]!, spans[last + 1]!));
        if (isParticle(lastWord)) continue;
        const name = single ? folded : folded.replace(NOT_LETTERS, "");
        if (wanted.has(name)) names.add(name);
        if (loginLength) addLogins(name, initialsBeside(text, spans, first, last), wanted, names);
      }
    }
  }
  return names;
}

/** Whether the word at `at` in `spans` and the next make one name: a particle, or a hyphen. */
function joinsCompound(text: string, spans: readonly number[], at: number): boolean {
  const end = spans[at + 1]!;
  if (text.charCodeAt(end) === HYPHEN && spans[at + 2] === end + 1) return true;
  const start = spans[at]!;
  return end - start <= MAX_PARTICLE_LENGTH && isParticle(fold(text.slice(start, end)));
}

/** The logins of `name` with each initial, `nmartin` and `martinn`, that a path writes. */
function addLogins(
  name: string,
  initials: string,
  wanted: ReadonlySet<string>,
  names: Set<string>
) {
  for (const initial of initials) {
    if (wanted.has(initial + name)) names.add(initial + name);
    if (wanted.has(name + initial)) names.add(name + initial);
  }
}

/** The initials, folded, of the words of `spans` outside `first` to `last` (particles aside). */
function initialsBeside(text: string, spans: readonly number[], first: number, last: number) {
  let initials = "";
  for (let i = 0; i < spans.length; i += 2) {
    if (i >= first && i <= last) continue;
    if (!isParticle(fold(text.slice(spans[i]!, spans[i + 1]!)))) initials += fold(text[spans[i]!]!);
  }
  return initials;
}

/** Gives the start and end of each word of letters of `text` from `from` to `to`. */
function forEachLetterWord(
  text: string,
  from: number,
  to: number,
  each: (start: number, end: number) => void
): void {
  for (let i = from; i < to;) {
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < to && isLetterCode(text.charCodeAt(end))) end++;
    each(i, end);
    i = end;
  }
}
