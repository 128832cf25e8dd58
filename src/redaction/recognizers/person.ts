import type { Entity } from "../entity.ts";
import { mergeByStart } from "../merge-by-start.ts";
import type { Recognizer } from "../recognizer.ts";
import {
  isApostrophe,
  isDigitCode,
  isInlineSpace,
  isLetterCode,
  isLowerCode,
  isUpperCode,
} from "../text/chars.ts";
import { fold, foldApostrophes } from "../text/fold.ts";
import { IntList } from "../text/int-list.ts";
import { FRENCH_MONTHS } from "../text/months.ts";
import { wordStarts } from "../text/word-starts.ts";
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from "./person-first-names.ts";
import {
  FORM_LABEL,
  LETTER_LABELS,
  INVERTED_PRONOUN,
  KINSHIP_BEFORE_NAMES,
  NOT_NAMES,
  PARTICLES,
  PLACE_WORDS,
  PLURAL_ROLE_TRIGGERS,
  PLURAL_TITLES,
  RANK_TITLES,
  ROLE_TRIGGERS,
  SINGULAR_TITLES,
  TITLE_CONTINUATIONS,
} from "./person-words.ts";

/**
 * Persons, found the way a reader finds them in French administrative and judicial prose: a run of
 * capitalised words (with initials and particles) is a name when a title or a role comes before
 * it, when it starts with initials, or when it holds a known given name. Titles stay outside the
 * entity. Once a name is known, its other mentions in the document (`Dupont` after
 * `M. Jean DUPONT`) are found too, since a surname left in clear identifies as surely as a full name.
 */

type TokenKind = "title" | "initial" | "word" | "particle";

interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  folded: string;
  /** A word that cannot be part of a name: `Le` at a sentence start, `L’appel`, `Président`. */
  common: boolean;
  /** A word written in capitals, as administrations write surnames: `DUPONT`. */
  capitals: boolean;
  /** Whether the word is a given name: 2 for sure, 1 when also a common word (`Claire`), 0 not. */
  given: 0 | 1 | 2;
  /** A particle, lower case (`de`, `d’`) or a capitalised word (`De`, `La`): `De La Cruz`. */
  particle: boolean;
}

/**
 * Tokens are taken from a pool and given back once their run is done with (`releaseTokens`): a
 * document reads tens of thousands of them, each needed only while its run is read and judged, and
 * made anew they were the most of what the recognizer left for the garbage collector. Every token
 * has all the fields, set in one order: V8 then gives them one shape, and the many reads of `kind`
 * and `folded` per capital of the text stay fast.
 */
const tokenPool: Token[] = [];
let tokensTaken = 0;

function makeToken(
  start: number,
  end: number,
  kind: TokenKind,
  folded: string,
  info?: WordInfo
): Token {
  let token = tokenPool[tokensTaken];
  if (token === undefined) {
    token = {
      start: 0,
      end: 0,
      kind: "word",
      folded: "",
      common: false,
      capitals: false,
      given: 0,
      particle: false,
    };
    tokenPool.push(token);
  }
  tokensTaken++;
  token.start = start;
  token.end = end;
  token.kind = kind;
  token.folded = folded;
  token.common = info?.common ?? false;
  token.capitals = info?.capitals ?? false;
  token.given = info?.given ?? 0;
  token.particle = kind === "particle" || (info?.particle ?? false);
  return token;
}

/** Every token made so far may be made again: the run they were read for is judged and noted. */
function releaseTokens(): void {
  tokensTaken = 0;
}

/** The token, now of another kind: it belongs to the run being read, and to nothing else. */
function asKind(token: Token, kind: TokenKind, common = token.common): Token {
  token.kind = kind;
  token.common = common;
  token.particle = kind === "particle" || token.particle;
  return token;
}

interface Run {
  titles: Token[];
  names: Token[];
  end: number;
}

const SCORES = {
  title: 0.9,
  formField: 0.85,
  initials: 0.85,
  givenName: 0.85,
  known: 0.8,
  role: 0.75,
  quotedLetter: 0.7,
  alone: 0.65,
  initialsOnly: 0.6,
  caseName: 0.6,
};

const LOWER_PARTICLES = [
  "de la ",
  "de l'",
  "de l’",
  "d'",
  "d’",
  "van der ",
  "van den ",
  "de ",
  "du ",
  "des ",
  "van ",
  "von ",
  "der ",
  "den ",
  "ter ",
  "da ",
  "das ",
  "dos ",
  "do ",
  "di ",
  "del ",
  "della ",
  "ben ",
  "bin ",
  "ibn ",
  "el ",
  "al ",
  "af ",
  "zu ",
  "of ",
  "y ",
];
interface LowerParticle {
  /** As written before the name, space or apostrophe included: `de la `, `d’`. */
  written: string;
  /** Its length without the space that follows it. */
  length: number;
  folded: string;
}
/** The particles by their first letter, all ASCII: the token reader tries only those of its letter. */
const PARTICLES_BY_INITIAL: LowerParticle[][] = Array.from({ length: 128 }, () => []);
for (const written of LOWER_PARTICLES) {
  PARTICLES_BY_INITIAL[written.charCodeAt(0)]!.push({
    written,
    length: written.trimEnd().length,
    folded: fold(written.trim()),
  });
}
/**
 * Titles that may be glued to the name that follows, as OCR and hurried typing leave them: found
 * inside the word read (`MmeDupont`). `MM.Dupont` needs no entry: `MM` and a period is a title.
 */
const GLUED_TITLES = ["Mmes", "Mme", "Mlles", "Mlle"];
const PERIOD = 46;
const ELISION = /^[cdjlmnst]['’]/;
const isTitle = (folded: string) => SINGULAR_TITLES.has(folded) || PLURAL_TITLES.has(folded);
const isNameWord = (token: Token | undefined) => token?.kind === "word" && !token.common;

/**
 * The first particle written at `at` right before a capital. Compared unit by unit: this runs
 * after most capitalised words of a text, and `startsWith` is several times slower here.
 */
function particleAt(text: string, at: number, code: number): LowerParticle | undefined {
  // Past the end of the text, `code` is NaN.
  if (!(code < PARTICLES_BY_INITIAL.length)) return undefined;
  for (const particle of PARTICLES_BY_INITIAL[code]!) {
    const end = at + particle.written.length;
    if (isUpperCode(text.charCodeAt(end)) && sameText(particle.written, text, at, end))
      return particle;
  }
  return undefined;
}

/** Reads one token at `at`: a particle, a glued title, an initial (`J.`, `J.-P.`) or a capitalised word. */
function readToken(text: string, at: number): Token | undefined {
  const code = text.charCodeAt(at);
  if (isUpperCode(code)) return capitalisedToken(text, at, wordAt(text, at));
  const particle = particleAt(text, at, code);
  return particle && makeToken(at, at + particle.length, "particle", particle.folded);
}

/** A capital and a period: `J.`; not the last letters of a dotted acronym (`C.E.D.H.`). */
const isInitial = (text: string, at: number, end: number) =>
  end === at + 1 && text.charCodeAt(end) === PERIOD && text.charCodeAt(at - 1) !== PERIOD;

/** The token that starts with the capitalised `word` read at `at`. */
function capitalisedToken(text: string, at: number, word: WordInfo): Token {
  const end = at + word.length;
  if (isInitial(text, at, end)) {
    let initialEnd = end + 1;
    // `J.-P.`: a compound initial.
    while (
      text.charCodeAt(initialEnd) === 45 &&
      isUpperCode(text.charCodeAt(initialEnd + 1)) &&
      text.charCodeAt(initialEnd + 2) === PERIOD
    )
      initialEnd += 3;
    // `A.P. Ferreira`: two initials glued, before a name (`C.E.D.H.` is no one's).
    if (
      initialEnd === end + 1 &&
      isUpperCode(text.charCodeAt(initialEnd)) &&
      text.charCodeAt(initialEnd + 1) === PERIOD &&
      text.charCodeAt(initialEnd + 2) === 32 &&
      isUpperCode(text.charCodeAt(initialEnd + 3))
    )
      initialEnd += 2;
    const initial = WORDS.at(text, at, initialEnd);
    return makeToken(at, initialEnd, initial.title ? "title" : "initial", initial.folded);
  }
  if (word.glued !== undefined) return makeToken(at, at + word.glued.length, "title", word.glued);
  if (word.titleWithDot && text.charCodeAt(end) === PERIOD)
    return makeToken(at, end + 1, "title", word.foldedWithDot);
  if (word.title) return makeToken(at, end, "title", word.folded);
  return makeToken(at, end, "word", word.folded, word);
}

interface WordInfo {
  /** How long the word is, and so where it ends in the text. */
  length: number;
  folded: string;
  /** `folded` and a period, made once. */
  foldedWithDot: string;
  title: boolean;
  /** A title when a period follows: `Dr.`, `MM.` */
  titleWithDot: boolean;
  common: boolean;
  capitals: boolean;
  given: 0 | 1 | 2;
  /** The title this word starts, glued to the name that follows (`Mme` in `MmeDupont`), folded. */
  glued: string | undefined;
  /** `De`, `La`: a particle when capitalised too. */
  particle: boolean;
  /** A common word, neither title nor particle: it ends a run where it stands, and so starts none. */
  endsRun: boolean;
  /** A kinship word before a name (`Fils de`, `Veuve`): it starts no run, and may continue one. */
  kinship: boolean;
}

/** How many distinct words a cache holds before it starts again. */
const MAX_CACHED_WORDS = 50_000;

/** One step of the hash by which the caches find a word from its characters in the text. */
const hashStep = (hash: number, code: number) => (Math.imul(hash, 31) + code) | 0;

function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

/**
 * Values computed once per distinct word and looked up by a hash computed from the word's
 * characters in the text: no string is cut out of the text per lookup, unless the word is new.
 * An open-addressing table of integers, and the words' characters in a typed array, since this
 * runs for every capitalised word of a text.
 */
class WordCache<T> {
  readonly #compute: (raw: string) => T;
  /** 1 + the index of a word in the arrays below, 0 for an empty slot; at most half full. */
  #slots = new Int32Array(1024);
  readonly #hashes: number[] = [];
  readonly #values: T[] = [];
  /** The words' characters one after the other: word `i` from `#starts[i]` to `#starts[i + 1]`. */
  #chars = new Uint16Array(16_384);
  readonly #starts: number[] = [0];

  constructor(compute: (raw: string) => T) {
    this.#compute = compute;
  }

  at(text: string, start: number, end: number): T {
    return this.hashed(hashOf(text, start, end), text, start, end);
  }

  /**
   * `at`, for a caller that computed `hash` as it read the word: any hash of its characters, the
   * same for a word each time (else it is computed and kept again).
   */
  hashed(hash: number, text: string, start: number, end: number): T {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let slot = hash & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const index = slots[slot]! - 1;
      if (this.#hashes[index] === hash && this.#isWord(index, text, start, end))
        return this.#values[index]!;
    }
    return this.#add(hash, text, start, end);
  }

  #isWord(index: number, text: string, start: number, end: number): boolean {
    const from = this.#starts[index]!;
    if (this.#starts[index + 1]! - from !== end - start) return false;
    const chars = this.#chars;
    for (let i = 0; i < end - start; i++) {
      if (chars[from + i] !== text.charCodeAt(start + i)) return false;
    }
    return true;
  }

  #add(hash: number, text: string, start: number, end: number): T {
    if (this.#values.length >= MAX_CACHED_WORDS) {
      this.#hashes.length = this.#values.length = 0;
      this.#starts.length = 1;
      this.#slots.fill(0);
    }
    const from = this.#starts[this.#starts.length - 1]!;
    if (from + end - start > this.#chars.length) {
      const chars = new Uint16Array(2 * (from + end - start));
      chars.set(this.#chars);
      this.#chars = chars;
    }
    for (let i = start; i < end; i++) this.#chars[from + i - start] = text.charCodeAt(i);
    this.#starts.push(from + end - start);
    const value = this.#compute(text.slice(start, end));
    this.#hashes.push(hash);
    this.#values.push(value);
    if (2 * this.#values.length > this.#slots.length) {
      this.#slots = new Int32Array(2 * this.#slots.length);
      for (let index = 0; index < this.#values.length; index++) this.#place(index);
    } else {
      this.#place(this.#values.length - 1);
    }
    return value;
  }

  #place(index: number): void {
    const slots = this.#slots;
    const mask = slots.length - 1;
    let slot = this.#hashes[index]! & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = index + 1;
  }
}

function sameText(value: string, text: string, start: number, end: number): boolean {
  if (value.length !== end - start) return false;
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  }
  return true;
}

/**
 * What a word is, computed once per distinct word: prose repeats its capitalised words (`Cour`,
 * `Gouvernement`, the parties' names) far more often than it introduces new ones.
 */
const WORDS = new WordCache(wordInfo);

/** What the capitalised word at `at` is: read, hashed and looked up in one pass. */
function wordAt(text: string, at: number): WordInfo {
  let hash = hashStep(0, text.charCodeAt(at));
  let end = at + 1;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (isLetterCode(code)) {
      hash = hashStep(hash, code);
      end++;
    } else if ((code === 45 || isApostrophe(code)) && isLetterCode(text.charCodeAt(end + 1))) {
      hash = hashStep(hashStep(hash, code), text.charCodeAt(end + 1));
      end += 2;
    } else break;
  }
  return WORDS.hashed(hash, text, at, end);
}

/** What the word before a run says of it: a role announces a name, a label or a place denies one. */
interface WordBefore {
  role: boolean;
  /** A role in the plural, that announces a list: `juges`, `requérants`. */
  listRole: boolean;
  /** `annexe B`, `rue Victor-Hugo`. */
  noName: boolean;
}

/** The words before runs, told once each. */
const WORDS_BEFORE = new WordCache((raw): WordBefore => {
  const folded = fold(raw);
  return {
    role: ROLE_TRIGGERS.has(folded),
    listRole: PLURAL_ROLE_TRIGGERS.has(folded),
    noName: LETTER_LABELS.has(folded) || PLACE_WORDS.has(folded),
  };
});

/**
 * Words whose accents alone tell them from a given name: folded, `Marié` is `marie`. A form's
 * `Marié le 09/08/2012` names no one.
 */
const WORDS_FOLDED_AS_NAMES = new Set(["marié", "mariée", "mariés", "mariées"]);

function wordInfo(raw: string): WordInfo {
  const folded = fold(raw);
  const bare = folded.endsWith("'s") || folded.endsWith("’s") ? folded.slice(0, -2) : folded;
  // `L’appel`, `D'APPEL`: an elided article before a common word.
  const elided =
    ELISION.test(folded) && (isLowerCode(raw.charCodeAt(2)) || NOT_NAMES.has(bare.slice(2)));
  const title = isTitle(folded);
  const titleWithDot = !folded.endsWith(".") && isTitle(folded + ".");
  const capitals = raw.length > 1 && raw === raw.toUpperCase();
  const common =
    elided ||
    NOT_NAMES.has(bare) ||
    WORDS_FOLDED_AS_NAMES.has(raw.toLowerCase()) ||
    INVERTED_PRONOUN.test(bare) ||
    (capitals && !title && !titleWithDot && isVowellessAcronym(bare));
  const particle = !title && PARTICLES.has(bare);
  const glued = GLUED_TITLES.find(
    (glued) => raw.startsWith(glued) && isUpperCode(raw.charCodeAt(glued.length))
  );
  return {
    length: raw.length,
    folded: title ? folded : bare,
    foldedWithDot: `${title ? folded : bare}.`,
    title,
    titleWithDot,
    common,
    capitals,
    given: !bare.split(/[-'’]/).every((part) => FIRST_NAMES.has(part))
      ? 0
      : AMBIGUOUS_FIRST_NAMES.has(bare)
        ? 1
        : 2,
    glued: glued && fold(glued),
    particle,
    endsRun: common && !title && !titleWithDot && glued === undefined && !particle,
    kinship: KINSHIP_BEFORE_NAMES.has(bare),
  };
}

/**
 * A short word in capitals with no vowel (`BRH`, `SG-BRH`, `DRH`): a service's acronym, which a
 * message's `À :` line names as it would a person. A name has a vowel, but for a few (`NG`).
 */
const isVowellessAcronym = (folded: string) =>
  folded.length <= MAX_ACRONYM_LENGTH &&
  ACRONYM_SHAPE.test(folded) &&
  !VOWEL.test(folded) &&
  !VOWELLESS_NAMES.has(folded);
const VOWELLESS_NAMES = new Set(["ng"]);
const MAX_ACRONYM_LENGTH = 9;
/** Letters, and hyphens between them: not an initial's period. */
const ACRONYM_SHAPE = /^[a-z]+(?:-[a-z]+)*$/;
const VOWEL = /[aeiouy]/;

/**
 * The widest gap a name's words have between them: wider, or with a tab, it parts two columns of a
 * signature block (`K. Nguyen          I. Moulin`), two people.
 */
const MAX_NAME_GAP = 3;
const TAB = 9;

function afterGap(text: string, at: number): number | undefined {
  let end = at;
  while (end < text.length && isInlineSpace(text.charCodeAt(end))) {
    if (text.charCodeAt(end) === TAB) return undefined;
    end++;
  }
  return end > at && end - at <= MAX_NAME_GAP ? end : undefined;
}

/** `, ` or ` et ` before a capital: the next item of a list of names. */
function afterListGap(text: string, at: number): number | undefined {
  let end = at;
  while (isInlineSpace(text.charCodeAt(end))) end++;
  if (text.charCodeAt(end) === 44) end++;
  else if (end > at && text.startsWith("et", end) && isInlineSpace(text.charCodeAt(end + 2)))
    end += 2;
  else return undefined;
  while (isInlineSpace(text.charCodeAt(end))) end++;
  return isUpperCode(text.charCodeAt(end)) ? end : undefined;
}

/**
 * Where the word after a particle ending at `end` starts, if it may go on with the name: a
 * capitalised word or another particle. After a lower-case particle (`d’`) it may follow at once.
 */
function afterParticle(text: string, end: number, lowerCase: boolean): number | undefined {
  const next = afterGap(text, end) ?? (lowerCase ? end : undefined);
  if (next === undefined) return undefined;
  const code = text.charCodeAt(next);
  return isUpperCode(code) || particleAt(text, next, code) ? next : undefined;
}

/**
 * Most capitals start a word that starts no run, told from the cached word and what follows it,
 * with no token made: a common word (`Le`, `Cour`, `Il`), or a particle no name follows
 * (`Le requérant`).
 */
function startsNoRun(text: string, at: number, word: WordInfo): boolean {
  const end = at + word.length;
  if (isInitial(text, at, end)) return false;
  return (
    word.endsRun || word.kinship || (word.particle && afterParticle(text, end, false) === undefined)
  );
}

/** `M. et Mme Robins`: the second title of a pair. */
function afterTitlePair(text: string, at: number): number | undefined {
  const gap = afterGap(text, at);
  if (gap === undefined || !text.startsWith("et", gap)) return undefined;
  const next = afterGap(text, gap + 2);
  return next !== undefined && readToken(text, next)?.kind === "title" ? next : undefined;
}

/** Folding keeps lengths: the period is the folded form's second unit. */
const isInitialLike = (token: Token) =>
  token.end - token.start === 2 && token.folded.charCodeAt(1) === PERIOD;

/**
 * Reads titles, then a name, into `run`: `Mme Anne-Marie Andersson`, `M. et Mme Robins`,
 * `J.-P. Costa`, `Dean De La Cruz`. False when it reads neither. One run is filled again from
 * capital to capital: no arrays are made per capital of the text. They are emptied with `pop`,
 * which V8 inlines, where setting `length` is a call.
 */
/** The months, folded: common words, but given names and surnames too (`Mai`, `Avril`, `Juin`). */
const MONTHS = new Set(FRENCH_MONTHS.map(fold));

/**
 * A month's name inside a person's name (`Mme Mai Dupont`, `Lê Thị Mai`): after a title or a name
 * of the run, and before no number (`Mai 2020`, `Juin 1940` are dates).
 */
function isMonthInName(text: string, token: Token, run: Run): boolean {
  if (!MONTHS.has(token.folded) || (run.titles.length === 0 && run.names.length === 0))
    return false;
  const next = afterGap(text, token.end);
  return next === undefined || !isDigitCode(text.charCodeAt(next));
}

function readRun(text: string, at: number, run: Run, first = readToken(text, at)): boolean {
  const { titles, names } = run;
  while (titles.length > 0) titles.pop();
  while (names.length > 0) names.pop();
  let cursor = at;
  for (let token: Token | undefined = first; token; token = readToken(text, cursor)) {
    // `M.` after a title is an initial: `M. M. Falk`, `Mlle M.`.
    const initialAfterTitle = titles.length > 0 && isInitialLike(token);
    if (
      names.length === 0 &&
      !initialAfterTitle &&
      (token.kind === "title" || (titles.length && TITLE_CONTINUATIONS.has(token.folded)))
    ) {
      titles.push(token);
      const next = afterTitlePair(text, token.end) ?? afterGap(text, token.end);
      if (next !== undefined) cursor = next;
      else if (isUpperCode(text.charCodeAt(token.end))) cursor = token.end;
      else break;
      continue;
    }
    // Among initials, `M.` is one more initial (`J. M. Morenilla`); after a word it starts another name.
    if (
      token.kind === "title" &&
      !(isInitialLike(token) && (initialAfterTitle || names[names.length - 1]?.kind === "initial"))
    )
      break;
    if (token.particle) {
      if (names.length === 0 && RANK_TITLES.has(titles[titles.length - 1]?.folded ?? "")) break;
      // The particles join the name only if a name word follows them.
      const firstParticle = names.length;
      names.push(token);
      let next = afterParticle(text, token.end, token.kind === "particle");
      let following = next === undefined ? undefined : readToken(text, next);
      // `De La Cruz`, `van der Berg`: particles come in pairs.
      while (
        next !== undefined &&
        following &&
        following.particle &&
        names.length - firstParticle < 3
      ) {
        names.push(following);
        next = afterParticle(text, following.end, following.kind === "particle");
        following = next === undefined ? undefined : readToken(text, next);
      }
      if (next === undefined || !isNameWord(following)) {
        while (names.length > firstParticle) names.pop();
        break;
      }
      for (let i = firstParticle; i < names.length; i++) asKind(names[i]!, "particle", false);
      cursor = next;
      continue;
    }
    if (token.kind === "word" && token.common) {
      if (!isMonthInName(text, token, run)) break;
      asKind(token, "word", false);
    }
    names.push(token.kind === "title" ? asKind(token, "initial") : token);
    const next = afterGap(text, token.end);
    if (next === undefined) break;
    cursor = next;
  }
  if (titles.length === 0 && names.length === 0) return false;
  run.end = names.length ? names[names.length - 1]!.end : titles[titles.length - 1]!.end;
  return true;
}

/** What may stand between a role and the name it announces: ` \t\u00a0,:(«"“`. */
const isBeforeRole = (code: number) =>
  code === 32 ||
  code === 9 ||
  code === 0xa0 ||
  code === 44 ||
  code === COLON ||
  code === 40 ||
  code === 0xab ||
  code === 34 ||
  code === 0x201c;

/**
 * The word just before `start`, over spaces and opening punctuation: a role such as `juge`.
 * Hashed as it is read, backwards.
 */
function wordBefore(text: string, start: number): WordBefore | undefined {
  let end = start;
  while (end > 0 && isBeforeRole(text.charCodeAt(end - 1))) end--;
  let begin = end;
  let hash = 0;
  while (begin > 0) {
    const code = text.charCodeAt(begin - 1);
    if (!isLetterCode(code)) break;
    hash = hashStep(hash, code);
    begin--;
  }
  return begin < end ? WORDS_BEFORE.hashed(hash, text, begin, end) : undefined;
}

/** How much of the line before a colon is read for a form label: the longest with room to spare. */
const LABEL_REACH = 64;

/**
 * The line before `start`, at most `LABEL_REACH` characters of it. The line break is looked for
 * only that far: `lastIndexOf` read back to the start of a text without one, at every name after
 * a colon (`"Nom : ".repeat(66000)` took 20 s).
 */
function linePrefix(text: string, start: number): string {
  const reach = Math.max(0, start - LABEL_REACH);
  let lineStart = start;
  while (lineStart > reach && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  return text.slice(lineStart, start);
}

function atLineStart(text: string, start: number): boolean {
  let at = start;
  while (at > 0 && isInlineSpace(text.charCodeAt(at - 1))) at--;
  return at === 0 || text.charCodeAt(at - 1) === 10;
}

function nextVisible(text: string, at: number): number {
  let end = at;
  while (isInlineSpace(text.charCodeAt(end))) end++;
  return text.charCodeAt(end);
}

function previousVisible(text: string, at: number): number {
  let start = at;
  while (start > 0 && isInlineSpace(text.charCodeAt(start - 1))) start--;
  return text.charCodeAt(start - 1);
}

function isGivenName(token: Token, alone: boolean): boolean {
  if (token.kind !== "word" || !token.given) return false;
  return !alone || token.given === 2;
}

const COLON = 58;
const SLASH = 47;
const OPENING_QUOTES = new Set([34, 0xab, 0x201c, 91, 40]);
const CLOSING_QUOTES = new Set([34, 0xbb, 0x201d, 93, 41]);

/** A lone capital in quotes or brackets, `" K "` or `[L.]`: how judgments write an anonymised party. */
function isQuotedLetter(text: string, run: Run): boolean {
  const only = run.names[0]!;
  return (
    run.names.length === 1 &&
    (only.kind === "initial" || only.end - only.start === 1) &&
    OPENING_QUOTES.has(previousVisible(text, only.start)) &&
    CLOSING_QUOTES.has(nextVisible(text, only.end)) &&
    !isTickedBox(text, only) &&
    !isFeminineEnding(text, only)
  );
}

/** `ÉTUDIANT(E)`, `GARANT(E)`: the feminine's letter in brackets glued to its word. */
function isFeminineEnding(text: string, letter: Token): boolean {
  return text[letter.start - 1] === "(" && isLetterCode(text.charCodeAt(letter.start - 2));
}

/** An empty box of a form pasted as text: `[ ]`, `[  ]`, `☐`. */
const EMPTY_BOX = /\[ {1,2}\]|☐/;
/** The text last asked about, and whether it holds an empty box: asked once per text. */
const boxes = { text: "", found: false };

/**
 * `[X] Madame   [ ] Monsieur`: a form's ticked box, where the text has empty ones too, is no
 * anonymised party.
 */
function isTickedBox(text: string, letter: Token): boolean {
  if (text.charCodeAt(letter.start) !== 88 || letter.end - letter.start !== 1) return false;
  if (boxes.text !== text) {
    boxes.text = text;
    boxes.found = EMPTY_BOX.test(text);
  }
  return boxes.found;
}

/**
 * A run holds a given name: `Jean Dupont`, `DUPONT Jean`. One that is also a common word or a
 * place (`Claire`, `Nancy`) counts only at the head of a plain two- or three-word name, not in
 * `TRIBUNAL DE NANCY`.
 */
function hasGivenName(names: readonly Token[]): boolean {
  if (names.some((t) => isGivenName(t, true))) return true;
  if (names.length > 3 || !names.every((t) => t.kind === "word")) return false;
  // `FONTAINE Pierre`: a surname in capitals beside a given name, as administrations write them.
  const capitals = names.some((t) => isAllCapitals(t));
  return names.some((t, i) => (i === 0 || capitals) && !isAllCapitals(t) && isGivenName(t, false));
}

const isAllCapitals = (token: Token) => token.capitals === true;

/**
 * A numbered section's title in capitals after its letter (`I. DÉSIGNATION DES PARTIES`, `V. AIDE
 * AU LOGEMENT`): every word in capitals and none a given name, two at least or more capitals after
 * them (`AU`, a common word, ends the run).
 */
function isCapitalsHeading(names: readonly Token[], next: number): boolean {
  let words = 0;
  for (let i = 1; i < names.length; i++) {
    const token = names[i]!;
    if (token.kind !== "word") continue;
    if (!isAllCapitals(token) || token.given) return false;
    words++;
  }
  return words >= 2 || (words === 1 && isUpperCode(next));
}

/** The bodies named `France …`: `France Travail`, `France Services`, `France Titres`… */
const FRANCE_BODY =
  /^[ \u00a0](?:Travail|Services|Compétences|Titres|Connect|Identité|Télévisions|Bleu|Info|Inter|Culture|Médias)(?![\p{L}])/u;

type Verdict = { score: number; list: boolean };

/** How sure we are that a run names a person, from the run itself and what surrounds it. */
function judge(text: string, run: Run): Verdict | undefined {
  const { titles, names } = run;
  if (names.length === 0) return undefined;
  const first = names[0]!;
  let words = 0;
  for (const t of names) if (t.kind === "word") words++;
  if (titles.length)
    return { score: SCORES.title, list: titles.some((t) => PLURAL_TITLES.has(t.folded)) };
  // `Hôpital Édouard Herriot`, `COLLÈGE JEAN MOULIN`: a place named after someone.
  if (PLACE_WORDS.has(first.folded)) return undefined;
  // `France Travail`, `France Services`: a public body, whatever the role before it.
  if (first.folded === "france" && FRANCE_BODY.test(text.slice(first.end, first.end + 14)))
    return undefined;
  if (
    previousVisible(text, first.start) === COLON &&
    FORM_LABEL.test(fold(linePrefix(text, first.start)))
  ) {
    return { score: SCORES.formField, list: true };
  }
  const before = wordBefore(text, first.start);
  if (before?.role) return { score: SCORES.role, list: before.listRole };
  if (before?.noName) return undefined;
  if (first.kind === "initial") {
    if (words > 0) {
      // `B. Imposition du régime`, `I. DÉSIGNATION DES PARTIES`: a lettered heading, not
      // `J. Watherston, conseil` nor `J. DUPONT`, whose capitals come alone or hold a given name.
      const next = nextVisible(text, run.end);
      const heading =
        atLineStart(text, first.start) &&
        ((names.length === 2 && !isAllCapitals(names[1]!) && isLowerCode(next)) ||
          isCapitalsHeading(names, next));
      return heading ? undefined : { score: SCORES.initials, list: false };
    }
    // `W. a témoigné`, `l'audition de D. R.`: initials standing for a person.
    const next = nextVisible(text, run.end);
    if (!atLineStart(text, first.start) && !isUpperCode(next) && !isDigitCode(next))
      return { score: SCORES.initialsOnly, list: false };
  }
  if (isQuotedLetter(text, run)) return { score: SCORES.quotedLetter, list: false };
  if (words >= 2 && hasGivenName(names)) return { score: SCORES.givenName, list: false };
  // `Mathilde B.`, as a message signs: a given name, then the surname's initial.
  if (words === 1 && names.length === 2 && isGivenName(first, true) && names[1]!.kind === "initial")
    return { score: SCORES.givenName, list: false };
  if (words === 1 && names.length === 1 && isGivenName(first, true))
    return { score: SCORES.alone, list: false };
  if (sameText(" c. ", text, run.end, run.end + 4)) return { score: SCORES.caseName, list: false };
  // `Un enfant commun, Inaya, née en 2023`: a name set between commas, then its birth.
  if (
    previousVisible(text, first.start) === COMMA &&
    BORN_AFTER.test(text.slice(run.end, run.end + 8))
  )
    return { score: SCORES.role, list: false };
  return undefined;
}

const COMMA = 44;
/** A comma, then `né`, `née`, `né(e)`: what follows a name given between commas. */
const BORN_AFTER = /^,\s*n[ée]e?s?(?:\(e\))?\s/u;

/** A word that begins with an elided particle (`d'aubigny`, folded), and what follows it. */
const ELIDED_PARTICLE = /^(d)['’](\p{L}.*)$/u;

/** Particles as written before a name's word (`de `, `d’`, `de la `), folded, one apostrophe. */
const particleText = (text: string, from: number, to: number) =>
  foldApostrophes(text.slice(from, to));

/** Whether `particles` are written right before `at`, as a whole word. */
function particlesEndAt(text: string, at: number, particles: string): boolean {
  const from = at - particles.length;
  return (
    from >= 0 &&
    particleText(text, from, at) === particles &&
    (from === 0 || !isLetterCode(text.charCodeAt(from - 1)))
  );
}

function personEntity(start: number, end: number, score: number): Entity {
  return { start, end, type: "PERSONNE", score, recognizer: "person" };
}

const toEntity = (run: Run, score: number) => personEntity(run.names[0]!.start, run.end, score);

const letterOf = (token: Token) => token.folded.replace(".", "");

/** The spans of the runs left undecided in the text being analysed (see `analyze`). */
const UNDECIDED_SPANS = new IntList();

export const personRecognizer: Recognizer = {
  name: "person",
  type: "PERSONNE",
  analyze(text: string): Entity[] {
    const found: Entity[] = [];
    // Runs left undecided, found after all if another mention makes them known: what that takes
    // is kept in flat arrays (start, end, and the range of their words in `undecidedWords`; the
    // letter of a lone initial), so that the last pass reads no token again.
    const undecidedSpans = UNDECIDED_SPANS;
    undecidedSpans.clear();
    const undecidedWords: string[] = [];
    const undecidedLetters: Array<string | undefined> = [];
    const knownWords = new Set<string>();
    const knownLetters = new Set<string>();
    /** The particles a known name wrote before a word of it, by that word: `villiers` → `de `. */
    const particlesBefore = new Map<string, string>();
    const accept = (run: Run, score: number) => {
      found.push(toEntity(run, score));
      let particlesFrom = -1;
      for (const token of run.names) {
        if (token.kind === "particle") {
          if (particlesFrom < 0) particlesFrom = token.start;
          continue;
        }
        if (token.kind === "word" && token.folded.length >= 3) {
          knownWords.add(token.folded);
          if (particlesFrom >= 0)
            particlesBefore.set(token.folded, particleText(text, particlesFrom, token.start));
          // `D'AUBIGNY`, read as one word in capitals: `Aubigny` alone is the same name.
          const elided = ELIDED_PARTICLE.exec(token.folded);
          if (elided && elided[2]!.length >= 3) {
            knownWords.add(elided[2]!);
            particlesBefore.set(elided[2]!, `${elided[1]}'`);
          }
        }
        particlesFrom = -1;
      }
      if (isQuotedLetter(text, run)) knownLetters.add(letterOf(run.names[0]!));
    };
    const run: Run = { titles: [], names: [], end: 0 };
    // The scan goes from one capital starting a word to the next, over the runs it reads.
    const starts = wordStarts(text);
    let cursor = 0;
    for (let i = 0; i < starts.length; i++) {
      const at = starts[i]!;
      if (
        at < cursor ||
        isDigitCode(text.charCodeAt(at)) ||
        (at > 0 && (isLetterCode(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === SLASH))
      )
        continue;
      const word = wordAt(text, at);
      const end = at + word.length;
      releaseTokens();
      // The scan's class also holds lower-case letters of other scripts, which start no token.
      if (
        !isUpperCode(text.charCodeAt(at)) ||
        startsNoRun(text, at, word) ||
        !readRun(text, at, run, capitalisedToken(text, at, word))
      ) {
        cursor = end;
        continue;
      }
      cursor = Math.max(run.end, at + 1);
      const verdict = judge(text, run);
      if (!verdict) {
        if (run.names.length) {
          const only = run.names[0]!;
          // One value per `push`: V8 inlines those, not a `push` of several.
          undecidedSpans.push(only.start);
          undecidedSpans.push(run.end);
          undecidedSpans.push(undecidedWords.length);
          for (const t of run.names) if (t.kind === "word") undecidedWords.push(t.folded);
          undecidedSpans.push(undecidedWords.length);
          undecidedLetters.push(
            run.names.length === 1 && only.end - only.start <= 2 ? letterOf(only) : undefined
          );
        }
        continue;
      }
      accept(run, verdict.score);
      if (!verdict.list) continue;
      // A plural title or role announces a list: `MM. Martinez, Clare et Havers`.
      for (let next = afterListGap(text, run.end); next !== undefined;) {
        releaseTokens();
        if (!readRun(text, next, run) || run.names.length === 0) break;
        accept(run, verdict.score);
        cursor = Math.max(cursor, run.end);
        next = afterListGap(text, run.end);
      }
    }
    const known: Entity[] = [];
    for (let i = 0; i < undecidedLetters.length; i++) {
      const span = 4 * i;
      const toWord = undecidedSpans.get(span + 3);
      let isKnown = false;
      for (let w = undecidedSpans.get(span + 2); w < toWord && !isKnown; w++)
        isKnown = knownWords.has(undecidedWords[w]!);
      const letter = undecidedLetters[i];
      if (!isKnown && (letter === undefined || !knownLetters.has(letter))) continue;
      const start = undecidedSpans.get(span);
      // `Attendu que de Villiers soutient`: the surname alone keeps the particles its known name
      // wrote before it, which the run, beginning at its capital, left out.
      const particles = particlesBefore.get(undecidedWords[undecidedSpans.get(span + 2)]!);
      const from =
        particles !== undefined && particlesEndAt(text, start, particles)
          ? start - particles.length
          : start;
      known.push(personEntity(from, undecidedSpans.get(span + 1), SCORES.known));
    }
    // No two runs of the scan start at one place.
    return mergeByStart(found, known);
  },
};
