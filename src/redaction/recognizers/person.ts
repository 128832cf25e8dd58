import type { Entity } from "../entity.ts";
import type { Recognizer } from "../recognizer.ts";
import {
  isApostrophe,
  isDigitCode,
  isInlineSpace,
  isLetterCode,
  isLowerCode,
  isUpperCode,
} from "../text/chars.ts";
import { fold } from "../text/fold.ts";
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from "./person-first-names.ts";
import {
  FORM_LABEL,
  LETTER_LABELS,
  NOT_NAMES,
  PARTICLES,
  PLACE_WORDS,
  PLURAL_ROLE_TRIGGERS,
  PLURAL_TITLES,
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
}

/**
 * Every token has all the fields, set in one order: V8 then gives them one shape, and the many
 * reads of `kind` and `folded` per capital of the text stay fast.
 */
function makeToken(
  start: number,
  end: number,
  kind: TokenKind,
  folded: string,
  info?: WordInfo
): Token {
  return {
    start,
    end,
    kind,
    folded,
    common: info?.common ?? false,
    capitals: info?.capitals ?? false,
    given: info?.given ?? 0,
  };
}

const withKind = (t: Token, kind: TokenKind, common = t.common): Token => ({
  start: t.start,
  end: t.end,
  kind,
  folded: t.folded,
  common,
  capitals: t.capitals,
  given: t.given,
});

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

/**
 * Where a capital may start a word: the main scan jumps from one to the next. Its look-behind
 * passes over, with no stop, the capitals inside Latin words and numbers (`CEDH`, `McCann`, `3B`);
 * the scan still checks for the letters of other scripts.
 */
const CAPITAL =
  /[A-ZÀ-ÖØ-Þ\u0100-\u024f\u0370-\u03ff\u0400-\u042f](?<![0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F/][^])/g;
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
const PARTICLES_BY_INITIAL = new Map<number, string[]>();
for (const particle of LOWER_PARTICLES) {
  const list = PARTICLES_BY_INITIAL.get(particle.charCodeAt(0)) ?? [];
  PARTICLES_BY_INITIAL.set(particle.charCodeAt(0), [...list, particle]);
}
const GLUED_TITLES = ["MM.", "Mmes", "Mme", "Mlles", "Mlle"];
const M = 77;
const ELISION = /^[cdjlmnst]['’]/;
const isTitle = (folded: string) => SINGULAR_TITLES.has(folded) || PLURAL_TITLES.has(folded);
const isNameWord = (token: Token | undefined) => token?.kind === "word" && !token.common;
/** A word that ends a run where it stands, and so starts none. */
const isCommonWord = (token: Token) =>
  token.kind === "word" && token.common && !PARTICLES.has(token.folded);

function wordEnd(text: string, at: number): number {
  let end = at + 1;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (isLetterCode(code)) end++;
    else if ((code === 45 || isApostrophe(code)) && isLetterCode(text.charCodeAt(end + 1)))
      end += 2;
    else break;
  }
  return end;
}

/**
 * The first of `words` written at `at` right before a capital. Compared unit by unit: this runs
 * after most capitalised words of a text, and `startsWith` is several times slower here.
 */
function writtenBeforeCapital(
  text: string,
  at: number,
  words: readonly string[]
): string | undefined {
  for (const word of words) {
    if (
      sameText(word, text, at, at + word.length) &&
      isUpperCode(text.charCodeAt(at + word.length))
    )
      return word;
  }
  return undefined;
}

/** Reads one token at `at`: a glued title, a particle, an initial (`J.`, `J.-P.`) or a capitalised word. */
function readToken(text: string, at: number): Token | undefined {
  const code = text.charCodeAt(at);
  if (!isUpperCode(code)) {
    const candidates = PARTICLES_BY_INITIAL.get(code);
    const particle = candidates && writtenBeforeCapital(text, at, candidates);
    return particle === undefined
      ? undefined
      : makeToken(at, at + particle.trimEnd().length, "particle", fold(particle.trim()));
  }
  const glued = code === M && writtenBeforeCapital(text, at, GLUED_TITLES);
  if (glued) return makeToken(at, at + glued.length, "title", fold(glued));
  let end = wordEnd(text, at);
  if (end === at + 1 && text.charCodeAt(end) === 46) {
    end++;
    // `J.-P.`: a compound initial.
    while (
      text.charCodeAt(end) === 45 &&
      isUpperCode(text.charCodeAt(end + 1)) &&
      text.charCodeAt(end + 2) === 46
    )
      end += 3;
    const info = wordInfoAt(text, at, end);
    return makeToken(at, end, info.title ? "title" : "initial", info.folded);
  }
  const info = wordInfoAt(text, at, end);
  if (info.titleWithDot && text.charCodeAt(end) === 46)
    return makeToken(at, end + 1, "title", info.foldedWithDot);
  if (info.title) return makeToken(at, end, "title", info.folded);
  return makeToken(at, end, "word", info.folded, info);
}

interface WordInfo {
  folded: string;
  /** `folded` and a period, made once. */
  foldedWithDot: string;
  title: boolean;
  /** A title when a period follows: `Dr.`, `MM.` */
  titleWithDot: boolean;
  common: boolean;
  capitals: boolean;
  given: 0 | 1 | 2;
}

/** How many distinct words a cache holds before it starts again. */
const MAX_CACHED_WORDS = 50_000;

interface CachedWord<T> {
  raw: string;
  value: T;
  /** Another word with the same key. */
  next: CachedWord<T> | undefined;
}

/**
 * Values computed once per distinct word and looked up by a key computed from the word's
 * characters in the text: no string is cut out of the text and hashed per lookup, unless the word
 * is new.
 */
class WordCache<T> {
  readonly #words = new Map<number, CachedWord<T>>();
  readonly #compute: (raw: string) => T;

  constructor(compute: (raw: string) => T) {
    this.#compute = compute;
  }

  at(text: string, start: number, end: number): T {
    let key = end - start;
    for (let i = start; i < end; i++) key = (key * 31 + text.charCodeAt(i)) | 0;
    const first = this.#words.get(key);
    for (let cached = first; cached; cached = cached.next) {
      if (sameText(cached.raw, text, start, end)) return cached.value;
    }
    if (this.#words.size >= MAX_CACHED_WORDS) this.#words.clear();
    const raw = text.slice(start, end);
    const value = this.#compute(raw);
    this.#words.set(key, { raw, value, next: this.#words.size === 0 ? undefined : first });
    return value;
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
const wordInfoAt = (text: string, start: number, end: number) => WORDS.at(text, start, end);
/** The words before names, folded once each, to be compared with the roles that announce a name. */
const FOLDED = new WordCache(fold);

function wordInfo(raw: string): WordInfo {
  const folded = fold(raw);
  const bare = folded.endsWith("'s") || folded.endsWith("’s") ? folded.slice(0, -2) : folded;
  // `L’appel`, `D'APPEL`: an elided article before a common word.
  const elided =
    ELISION.test(folded) && (isLowerCode(raw.charCodeAt(2)) || NOT_NAMES.has(bare.slice(2)));
  const title = isTitle(folded);
  return {
    folded: title ? folded : bare,
    foldedWithDot: `${title ? folded : bare}.`,
    title,
    titleWithDot: !folded.endsWith(".") && isTitle(folded + "."),
    common: elided || NOT_NAMES.has(bare),
    capitals: raw.length > 1 && raw === raw.toUpperCase(),
    given: !bare.split(/[-'’]/).every((part) => FIRST_NAMES.has(part))
      ? 0
      : AMBIGUOUS_FIRST_NAMES.has(bare)
        ? 1
        : 2,
  };
}

function afterGap(text: string, at: number): number | undefined {
  let end = at;
  while (end < text.length && isInlineSpace(text.charCodeAt(end))) end++;
  return end > at ? end : undefined;
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

/** `M. et Mme Robins`: the second title of a pair. */
function afterTitlePair(text: string, at: number): number | undefined {
  const gap = afterGap(text, at);
  if (gap === undefined || !text.startsWith("et", gap)) return undefined;
  const next = afterGap(text, gap + 2);
  return next !== undefined && readToken(text, next)?.kind === "title" ? next : undefined;
}

const isInitialLike = (token: Token) => token.end - token.start === 2 && token.folded.endsWith(".");

/** Reads titles, then a name: `Mme Anne-Marie Andersson`, `M. et Mme Robins`, `J.-P. Costa`, `Dean De La Cruz`. */
function readRun(text: string, at: number, first = readToken(text, at)): Run | undefined {
  const titles: Token[] = [];
  const names: Token[] = [];
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
    if (token.kind === "particle" || (token.kind === "word" && PARTICLES.has(token.folded))) {
      const particles = [token];
      // After `d’` the name follows at once.
      let next = afterGap(text, token.end) ?? (token.kind === "particle" ? token.end : undefined);
      let following = next === undefined ? undefined : readToken(text, next);
      // `De La Cruz`, `van der Berg`: particles come in pairs.
      while (
        next !== undefined &&
        following &&
        (following.kind === "particle" ||
          (following.kind === "word" && PARTICLES.has(following.folded))) &&
        particles.length < 3
      ) {
        particles.push(following);
        next =
          afterGap(text, following.end) ??
          (following.kind === "particle" ? following.end : undefined);
        following = next === undefined ? undefined : readToken(text, next);
      }
      if (next === undefined || !isNameWord(following)) break;
      for (const p of particles) names.push(withKind(p, "particle", false));
      cursor = next;
      continue;
    }
    if (token.kind === "word" && token.common) break;
    names.push(token.kind === "title" ? withKind(token, "initial") : token);
    const next = afterGap(text, token.end);
    if (next === undefined) break;
    cursor = next;
  }
  if (titles.length === 0 && names.length === 0) return undefined;
  const end = names.length ? names[names.length - 1]!.end : titles[titles.length - 1]!.end;
  return { titles, names, end };
}

/** What may stand between a role and the name it announces. */
const BEFORE_ROLE = new Set([...' \t\u00a0,:(«"“'].map((ch) => ch.charCodeAt(0)));

/** The word just before `start`, over spaces and opening punctuation: a role such as `juge`. */
function wordBefore(text: string, start: number): string | undefined {
  let end = start;
  while (end > 0 && BEFORE_ROLE.has(text.charCodeAt(end - 1))) end--;
  let begin = end;
  while (begin > 0 && isLetterCode(text.charCodeAt(begin - 1))) begin--;
  return begin < end ? FOLDED.at(text, begin, end) : undefined;
}

function linePrefix(text: string, start: number): string {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  return text.slice(Math.max(lineStart, start - 64), start);
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
const OPENING_QUOTES = new Set([34, 0xab, 0x201c, 91, 40]);
const CLOSING_QUOTES = new Set([34, 0xbb, 0x201d, 93, 41]);

/** A lone capital in quotes or brackets, `" K "` or `[L.]`: how judgments write an anonymised party. */
function isQuotedLetter(text: string, run: Run): boolean {
  const only = run.names[0]!;
  return (
    run.names.length === 1 &&
    (only.kind === "initial" || only.end - only.start === 1) &&
    OPENING_QUOTES.has(previousVisible(text, only.start)) &&
    CLOSING_QUOTES.has(nextVisible(text, only.end))
  );
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
  if (
    previousVisible(text, first.start) === COLON &&
    FORM_LABEL.test(fold(linePrefix(text, first.start)))
  ) {
    return { score: SCORES.formField, list: true };
  }
  const before = wordBefore(text, first.start);
  if (before && ROLE_TRIGGERS.has(before))
    return { score: SCORES.role, list: PLURAL_ROLE_TRIGGERS.has(before) };
  if (before && (LETTER_LABELS.has(before) || PLACE_WORDS.has(before))) return undefined;
  if (first.kind === "initial") {
    if (words > 0) {
      // `B. Imposition du régime`: a lettered heading, not `J. Watherston, conseil`.
      const heading =
        atLineStart(text, first.start) &&
        names.length === 2 &&
        isLowerCode(nextVisible(text, run.end));
      return heading ? undefined : { score: SCORES.initials, list: false };
    }
    // `W. a témoigné`, `l'audition de D. R.`: initials standing for a person.
    const next = nextVisible(text, run.end);
    if (!atLineStart(text, first.start) && !isUpperCode(next) && !isDigitCode(next))
      return { score: SCORES.initialsOnly, list: false };
  }
  if (isQuotedLetter(text, run)) return { score: SCORES.quotedLetter, list: false };
  if (words >= 2 && hasGivenName(names)) return { score: SCORES.givenName, list: false };
  if (words === 1 && names.length === 1 && isGivenName(first, true))
    return { score: SCORES.alone, list: false };
  if (text.startsWith(" c. ", run.end)) return { score: SCORES.caseName, list: false };
  return undefined;
}

function personEntity(start: number, end: number, score: number): Entity {
  return { start, end, type: "PERSONNE", score, recognizer: "person" };
}

const toEntity = (run: Run, score: number) => personEntity(run.names[0]!.start, run.end, score);

const letterOf = (token: Token) => token.folded.replace(".", "");

export const personRecognizer: Recognizer = {
  name: "person",
  type: "PERSONNE",
  analyze(text: string): Entity[] {
    const found: Entity[] = [];
    // Runs left undecided, found after all if another mention makes them known: what that takes
    // is kept in flat arrays (start, end, and the range of their words in `undecidedWords`; the
    // letter of a lone initial), so that the last pass reads no token again.
    const undecidedSpans: number[] = [];
    const undecidedWords: string[] = [];
    const undecidedLetters: Array<string | undefined> = [];
    const knownWords = new Set<string>();
    const knownLetters = new Set<string>();
    const accept = (run: Run, score: number) => {
      found.push(toEntity(run, score));
      for (const token of run.names) {
        if (token.kind === "word" && token.folded.length >= 3) knownWords.add(token.folded);
      }
      if (isQuotedLetter(text, run)) knownLetters.add(letterOf(run.names[0]!));
    };
    // The module's regex itself: a copy per call would start again in V8's regex interpreter.
    const scanner = CAPITAL;
    scanner.lastIndex = 0;
    // `test` rather than `exec`: no match array per capital of the text.
    while (scanner.test(text)) {
      const at = scanner.lastIndex - 1;
      if (
        at > 0 &&
        (isLetterCode(text.charCodeAt(at - 1)) ||
          isDigitCode(text.charCodeAt(at - 1)) ||
          text[at - 1] === "/")
      )
        continue;
      // Most capitals start a common word (`Le`, `Cour`, `Il`), which no run starts with: they are
      // told from their first token, with no run read.
      const first = readToken(text, at);
      const run = first && !isCommonWord(first) ? readRun(text, at, first) : undefined;
      if (!run) {
        // A word token already ends where the word does.
        scanner.lastIndex = first?.kind === "word" ? first.end : wordEnd(text, at);
        continue;
      }
      scanner.lastIndex = Math.max(run.end, at + 1);
      const verdict = judge(text, run);
      if (!verdict) {
        if (run.names.length) {
          const only = run.names[0]!;
          undecidedSpans.push(only.start, run.end, undecidedWords.length);
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
        const item = readRun(text, next);
        if (!item || item.names.length === 0) break;
        accept(item, verdict.score);
        scanner.lastIndex = Math.max(scanner.lastIndex, item.end);
        next = afterListGap(text, item.end);
      }
    }
    for (let i = 0; i < undecidedLetters.length; i++) {
      const span = 4 * i;
      const toWord = undecidedSpans[span + 3]!;
      let known = false;
      for (let w = undecidedSpans[span + 2]!; w < toWord && !known; w++)
        known = knownWords.has(undecidedWords[w]!);
      const letter = undecidedLetters[i];
      if (known || (letter !== undefined && knownLetters.has(letter)))
        found.push(personEntity(undecidedSpans[span]!, undecidedSpans[span + 1]!, SCORES.known));
    }
    return found.sort((a, b) => a.start - b.start);
  },
};
