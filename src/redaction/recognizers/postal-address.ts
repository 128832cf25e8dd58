import type { Entity } from "../entity.ts";
import type { Recognizer } from "../recognizer.ts";
import { DIGIT_GATE_FLAGS, gateDigits, shareDigitSearch } from "../pattern-recognizer.ts";
import { isDigitCode } from "../text/chars.ts";
import { fold } from "../text/fold.ts";
import {
  ADDRESS_CONTEXT_PREFIXES,
  ADDRESS_CONTEXT_WORDS,
  COMMUNE_PREFIXES,
  DATE_PARTICLES,
  KEY_WORDS,
  LOWERCASE_PARTICLES,
  MONTHS,
  NAME_PARTICLES,
  NAME_STOPS,
  NAMED_COMPLEMENTS,
  POSTAL_BOXES,
  RESIDENCE_WORDS,
  STREET_TYPES,
  TITLES,
  UNIT_COMPLEMENTS,
  type AddressWord,
  type StreetType,
} from "./postal-address-words.ts";
import { anyCaseOf } from "./fixed-format-parts.ts";

/**
 * French postal addresses, written the way letters, judgments and e-mails write them: a street
 * line (`12 bis, av. de la République`), complements (`Bâtiment B`, `BP 1234`) and a postcode with
 * its commune (`75700 PARIS CEDEX 07`), as one entity when the parts follow each other, on one line
 * or several. A scan over the whole text only stops at a house number followed by a street type, at
 * a five-digit number and at words such as `demeurant`; the rest is read from there, forwards and
 * backwards, by small sticky regexes.
 */

const SCORES = {
  street: 0.85,
  withPostcode: 0.95,
  complementsAndPostcode: 0.9,
  /** A street with no number after `demeurant`, `domicilié`, `sis`... */
  residenceStreet: 0.7,
  /** A postcode and commune after `demeurant`, `adresse`, `à`... */
  residencePostcode: 0.75,
  contextBoost: 0.1,
};

const MAX_NAME_WORDS = 12;
const MAX_COMMUNE_WORDS = 6;
const MAX_ITEMS = 5;

const S = "[ \\t\\u00a0\\u202f]";
const NEWLINE = "(?:\\r\\n|[\\n\\r\\v\\u2028\\u2029])";
const NOT_AFTER = "(?![\\p{L}\\p{N}])";

const NON_ASCII = /[^\x20-\x7e\t\n\r]/;

const ACCENTS: Readonly<Record<string, string>> = {
  à: "[àa]",
  â: "[âa]",
  ç: "[çc]",
  é: "[ée]",
  è: "[èe]",
  ê: "[êe]",
  î: "[îi]",
  ï: "[ïi]",
  ô: "[ôo]",
  û: "[ûu]",
  ù: "[ùu]",
};

/**
 * A written form as a regex that accepts it without accents, with `-`, space or nothing between
 * words; in any case without an `i` flag if `anyCase`.
 */
function formSource(form: string, anyCase = false): string {
  return [...form]
    .map((ch) => {
      const accented = ACCENTS[ch];
      if (accented) {
        const letters = accented.slice(1, -1);
        return anyCase ? `[${letters}${letters.toUpperCase()}]` : accented;
      }
      if (ch === " " || ch === "-") return `[- \\t\\u00a0]?`;
      if (ch === "'") return "['’]";
      if (ch === ".") return "\\.?";
      if (anyCase && ch.toLowerCase() !== ch.toUpperCase())
        return `[${ch.toLowerCase()}${ch.toUpperCase()}]`;
      return ch;
    })
    .join("");
}

/** Lower case without accents (text/fold.ts), by `toLowerCase` alone for ASCII words: faster. */
const foldWord = (word: string) => (NON_ASCII.test(word) ? fold(word) : word.toLowerCase());

/** What a folded form is looked up by: without dots, spaces, hyphens or apostrophes. */
const bareForm = (folded: string) => folded.replace(/[.\s'’-]+/g, "");
const formKey = (form: string) => bareForm(foldWord(form));

function wordTable<T extends AddressWord>(
  words: readonly T[]
): { source: string; byForm: Map<string, T> } {
  const byForm = new Map<string, T>();
  for (const word of words) {
    for (const form of [word.canonical, ...(word.forms ?? [])]) byForm.set(formKey(form), word);
  }
  const forms = formsOf(words);
  return { source: forms.map((form) => formSource(form)).join("|"), byForm };
}

/** Every written form of the words, the longest first, so that an alternation takes the longest. */
function formsOf(words: readonly AddressWord[]): string[] {
  return words
    .flatMap((w) => [w.canonical, ...(w.forms ?? [])])
    .sort((a, b) => b.length - a.length);
}

const STREETS = wordTable(STREET_TYPES);
const NAMED = wordTable([...STREET_TYPES, ...NAMED_COMPLEMENTS]);
const UNITS = wordTable(UNIT_COMPLEMENTS);
const BOXES = wordTable(POSTAL_BOXES);

const NUMBER_SUFFIX_WORDS = ["bis", "ter", "quater", "quinquies"];
/** `12 bis`, `12B`: read under an `i` flag. */
const NUMBER_SUFFIX = `(?:${NUMBER_SUFFIX_WORDS.join("|")}|[a-d])`;

/**
 * At a digit: a house number (`12`, `12-14`, `12 et 14`, `12 bis`, `12B`) and a street type, or a
 * five-digit number (group 1: a possible postcode). What comes before is checked on the few
 * matches (`NOT_BEFORE_NUMBER`).
 */
const ANCHOR = new RegExp(
  `\\d(?:(\\d{4})(?!\\d)(?=${S}+\\p{L})|\\d{0,3}(?:${S}?[-–/]${S}?\\d{1,4}|${S}+(?:à|et)${S}+\\d{1,4})?` +
    `(?:${S}?${NUMBER_SUFFIX}${NOT_AFTER})?(?:${S}{0,3},${S}{0,3}|${S}{1,3})(${STREETS.source})${NOT_AFTER})`,
  "iuy"
);

/**
 * Where `ANCHOR` may match: the last digit of a number that may begin one, by what follows it (a
 * range, a suffix, a street type) or by its five digits and a space. It reads on only after the
 * last digit of a number: trying ANCHOR at every digit of the text cost three times as much.
 * Looser than ANCHOR (`+`, `*`: V8 is slow with counted repeats), which decides. Searched with the
 * other gates that begin at a digit, so its case is spelled out instead of an `i` flag.
 */
const ANCHOR_HINT = new RegExp(
  `\\d(?!\\d)(?:(?:${S}*[-–/]${S}*\\d+|${S}+(?:[àÀ]|[eE][tT])${S}+\\d+)?` +
    `(?:${S}*(?:${anyCaseOf(NUMBER_SUFFIX_WORDS)}|[a-dA-D])${NOT_AFTER})?` +
    `[ \\t\\u00a0\\u202f,]+(?:${formsOf(STREET_TYPES)
      .map((form) => formSource(form, true))
      .join("|")})${NOT_AFTER}|${S}(?<=\\d{5}${S}))`,
  DIGIT_GATE_FLAGS
);
shareDigitSearch(ANCHOR_HINT);

/** The two numbers of a range at the start of an anchor: `12-14`, `12 à 14`, `12 et 14`. */
const RANGE = new RegExp(`^(\\d+)${S}*(?:[-–/]|à|et)${S}*(\\d+)`, "u");

/**
 * The first `ANCHOR` match at or after `from`, as a global search would find it: a match inside a
 * number needs what the hint reads after its last digit. In a number of four digits or less ANCHOR
 * matches at every digit or at none (the house number takes them all), so one try is enough; a
 * longer one is tried at each digit.
 */
function nextAnchor(text: string, from: number): RegExpExecArray | null {
  // Every digit where the hint matches, those inside what it read after another included (`12-14`).
  const hints = gateDigits(text, ANCHOR_HINT);
  for (let i = firstAtOrAfter(hints, from); i < hints.length; i++) {
    const hint = hints[i]!;
    let at = hint;
    while (at > from && isDigitCode(text.charCodeAt(at - 1))) at--;
    const last = hint + 1 - at > 4 ? hint : at;
    for (; at <= last; at++) {
      const match = sticky(ANCHOR, text, at);
      if (match) return match;
    }
  }
  return null;
}

/** The index of the first of `sorted` at or after `at`. */
function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Stems of the words that make a street with no number, or a lone postcode, a person's address,
 * read at the start of a word.
 */
const RESIDENCE_STEM =
  /[dD](?:emeur|omicil)|D(?:EMEUR|OMICIL)|[rR][ée]sid|R[ÉE]SID|[hH]abit|HABIT|[aA]dress|ADRESS|[sS]i(?:s|tu)|SI(?:S|TU)/y;

/**
 * Where a stem may be, by letters of it that are rarer in French than its first: `meur`, `micil`,
 * `sis`, `situ`, `sid` (of `résid`), the `ss` of `adress`, `habit`, in any case. The scan stops at
 * the m, s and h of the text where a search for the stems stopped at every d, r, h, a and s; the
 * stem is then read at the start of the word (`RESIDENCE_STEM`). `sis` and `sid` are mostly inside
 * other words (`saisis`, `président`): the look-behinds drop those.
 */
const RESIDENCE_HINT =
  /meur|micil|si(?:s(?<![a-z0-9]sis)|tu|d(?<=(?<![a-z0-9])r[ée]sid))|ss(?<=adress)|habit/giu;

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/uy;
const NAME_NUMBER = /\d{1,4}(?:er|re|ère|e|ème|è)?(?![\p{L}\p{N}])/uy;
const GAP = new RegExp(`${S}+`, "y");
const AFTER_TYPE = new RegExp(`\\.?${S}*`, "y");
const SEPARATOR = new RegExp(`${S}*(?:[,|•·]|[-–—](?=${S}))?${S}*(?:${NEWLINE}${S}*)?`, "y");
const POSTCODE = new RegExp(`(?:0[1-9]|[1-8]\\d|9[0-8])\\d{3}(?!\\d)${S}+`, "y");
const CEDEX_NUMBER = new RegExp(`${S}+\\d{1,2}(?!\\d)`, "y");
/** A postcode after its commune, as some write the last line: `Paris 75002`, `Lyon, 69003`. */
const POSTCODE_AFTER_COMMUNE = new RegExp(
  `${S}*,?${S}*(?:0[1-9]|[1-8]\\d|9[0-8])\\d{3}(?![\\p{L}\\p{N}])(?:${S}+cedex(?:${S}+\\d{1,2}(?!\\d))?)?`,
  "iuy"
);
/** The first words of the complements and types, as `formKey` gives them (`lieu` of `lieu dit`). */
const ITEM_FIRST_WORDS = new Set(
  [...STREET_TYPES, ...NAMED_COMPLEMENTS, ...UNIT_COMPLEMENTS, ...POSTAL_BOXES]
    .flatMap((w) => [w.canonical, ...(w.forms ?? [])])
    .map((form) => formKey(/^[\p{L}'’-]+/u.exec(form)![0]))
);
const STREET_WORD = new RegExp(`(${STREETS.source})(?:\\.${S}*|${S}+)`, "iuy");
const NAMED_WORD = new RegExp(`(${NAMED.source})(?:\\.${S}*|${S}+)`, "iuy");
const UNIT_WORD = new RegExp(`(${UNITS.source})(?:\\.|${NOT_AFTER})${S}*(?:n°${S}*)?`, "iuy");
const UNIT_VALUE = /(?:\d{1,4}\p{Lu}?|\p{Lu}{1,2}\d{0,3})(?![\p{L}\p{N}])/uy;
const BOX = new RegExp(`(${BOXES.source})\\.?${S}*(?:n°${S}*)?\\d{1,6}${NOT_AFTER}`, "iuy");
const FLOOR = new RegExp(`\\d{1,2}(?:e|er|[èe]me|è|°)${S}+[ée]tage${NOT_AFTER}`, "iuy");
/** Characters of the words of a complement (`B.P.`, `n°`, `d’Alsace`), for the backward walk. */
const TOKEN_CHAR = /[\p{L}\p{M}\p{N}.°'’-]/u;
const DIGITS = /^\d+$/;
const SPACE_CHAR = /[ \t\u00a0\u202f]/;
const SEPARATOR_CHAR = /[ \t\u00a0\u202f,|•·–—\n\r\v\u2028\u2029-]/;
/** How many words the backward walk reads before giving up on finding where an item opens. */
const MAX_WORDS_BACK = 8;
const RESIDENCE_SUFFIX = /(?:\((?:e|s|es|e\)\(s)\))*/y;
const RESIDENCE_BRIDGE = new RegExp(
  `(?:${S}*[:,])?${S}*(?:${NEWLINE}${S}*)?(?:(?:à|au|aux|en|sur|dans|la|le|actuellement)${S}+){0,2}(?:l['’])?`,
  "iuy"
);
/**
 * The words a name could not take that stand between a street and its postcode on one line
 * (`12 rue victor hugo 75016 paris`).
 */
const WORDS_BEFORE_POSTCODE = new RegExp(
  `(?:${S}+\\p{L}[\\p{L}\\p{M}'’-]*){1,3}(?=${S}*,?${S}*(?:0[1-9]|[1-8]\\d|9[0-8])\\d{3}(?!\\d))`,
  "uy"
);
const TIME_BEFORE = new RegExp(`\\d${S}?h${S}?$`, "i");
const YEAR_NUMBER = /^\d{4}\D/;
const YEAR_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:en|depuis|année|an|${MONTHS.map((month) => formSource(month)).join("|")})${S}+$`,
  "iu"
);
const A_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])[àÀ]${S}+$`, "u");
const FAIT_A_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])fait${S}+[àa]${S}+$`, "iu");
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Before a house number or a postcode: `A12`, `1.12`, `21/01234`, `78-17` are other numbers. */
const NOT_BEFORE_NUMBER = /[\p{L}\p{N}_./-]/u;
const CAPITALISED = /^\p{Lu}/u;
const ELISION = /^[dl]['’]/;

/**
 * The words that confirm an address, looked for in the 48 characters before and the 24 after, at
 * word starts (unlike context.ts, whose substrings would take `saisis` for `sis`). `\b` is ASCII but
 * every one of these words starts with an ASCII letter.
 */
const ADDRESS_CONTEXT = new RegExp(
  `\\b(?:${ADDRESS_CONTEXT_PREFIXES.map((prefix) => formSource(prefix)).join("|")}|(?:${ADDRESS_CONTEXT_WORDS.map((word) => formSource(word)).join("|")})${NOT_AFTER})`,
  "iu"
);
const KEY_TOKEN = /\p{L}+|\d+/gu;
/** `CEDEX 07` and `Cedex 7` are one. */
const LEADING_ZERO = /^0+(?=\d$)/;
const CONTEXT_BEFORE = 48;
const CONTEXT_AFTER = 24;

/** A keyword of the address and the word written in its place in the identity key. */
interface KeyWord {
  start: number;
  end: number;
  word: string;
}

function sticky(regex: RegExp, text: string, at: number): RegExpExecArray | null {
  regex.lastIndex = at;
  return regex.exec(text);
}

/** The end of what a sticky regex matches at `at`, or -1. */
function endOf(regex: RegExp, text: string, at: number): number {
  const match = sticky(regex, text, at);
  return match ? at + match[0].length : -1;
}

/**
 * The start of the word (letters and digits) that holds `at`. `known`, before `at`, is a place
 * whose word starts at `knownStart`: a word holding both is read back only to it, so that the
 * hints of one long word (`demeurdemeur…`) cost one read of it, not one each.
 */
function startOfWord(text: string, at: number, known: number, knownStart: number): number {
  let start = at;
  while (start > 0 && LETTER_OR_DIGIT.test(text[start - 1]!)) {
    start--;
    if (start === known) return knownStart;
  }
  return start;
}
const isUpper = (word: string) => word.length > 1 && word === word.toUpperCase();

/**
 * The end of a street (or residence) name starting at `at`, or -1: capitalised words, particles
 * (`de la`, `d'`), a date or an ordinal at its head (`du 8 Mai 1945`, `de la 1re Armée`). Lower
 * case is read only when `lowercase` allows it, for the first word or after a particle, and then
 * the name goes on in lower case (`rue du pont de pierre`), never into the sentence that follows.
 */
function nameEnd(text: string, at: number, lowercase: boolean): number {
  let pos = at;
  let end = -1;
  let particle: string | undefined;
  let lowercaseName = false;
  let previous: "word" | "number" | "month" | undefined;
  for (let i = 0; i < MAX_NAME_WORDS; i++) {
    let tokenStart = pos;
    if (i > 0) {
      tokenStart = endOf(GAP, text, pos);
      if (tokenStart < 0) break;
    }
    const number = sticky(NAME_NUMBER, text, tokenStart)?.[0];
    if (number !== undefined) {
      const year = previous === "month" && number.length === 4;
      const head = end < 0 && particle !== undefined && DATE_PARTICLES.has(particle);
      if (!year && !head) break;
      pos = end = tokenStart + number.length;
      particle = undefined;
      previous = "number";
      continue;
    }
    const word = sticky(WORD, text, tokenStart)?.[0];
    if (word === undefined) break;
    const folded = foldWord(word);
    const elided = ELISION.test(folded);
    if (!elided && NAME_PARTICLES.has(folded)) {
      particle = folded;
      pos = tokenStart + word.length;
      continue;
    }
    const body = elided ? word.slice(2) : word;
    const bodyFolded = elided ? folded.slice(2) : folded;
    const afterParticle = elided || particle !== undefined;
    if (
      TITLES.has(bodyFolded) ||
      (!afterParticle && (NAME_STOPS.has(bodyFolded) || isKeyword(bodyFolded)))
    )
      break;
    const month = previous === "number" && MONTH_KEYS.has(bodyFolded);
    if (!month && !CAPITALISED.test(body)) {
      const lowerAllowed =
        lowercase &&
        (end < 0 || lowercaseName) &&
        (!afterParticle || elided || LOWERCASE_PARTICLES.has(particle!)) &&
        (afterParticle || end < 0);
      if (!lowerAllowed) break;
      if (end < 0) lowercaseName = true;
    }
    pos = end = tokenStart + word.length;
    particle = undefined;
    previous = month ? "month" : "word";
  }
  return end;
}

const MONTH_KEYS = new Set(MONTHS.map(foldWord));

/** Type and complement words end a name unless a particle makes them part of it (`rue du Port`). */
const KEYWORDS = new Set([...NAMED.byForm.keys(), ...UNITS.byForm.keys(), ...BOXES.byForm.keys()]);
const isKeyword = (folded: string) => KEYWORDS.has(bareForm(folded));

/**
 * The end of a commune name at `at`, or -1: `Lyon`, `Saint-Germain-en-Laye`, `Le Mans`, `Aix en
 * Provence`, `SAINT GERMAIN EN LAYE`, then `Cedex` and its number.
 */
function communeEnd(text: string, at: number, lowercase: boolean): number {
  const first = sticky(WORD, text, at)?.[0];
  if (first === undefined || NAME_STOPS.has(foldWord(first))) return -1;
  if (!lowercase && !CAPITALISED.test(first)) return -1;
  const upper = isUpper(first);
  let end = at + first.length;
  let needsMore = COMMUNE_PREFIXES.has(foldWord(first));
  for (let i = 1; i < MAX_COMMUNE_WORDS; i++) {
    const wordStart = endOf(GAP, text, end);
    const word = wordStart < 0 ? undefined : sticky(WORD, text, wordStart)?.[0];
    if (word === undefined) break;
    const folded = foldWord(word);
    if (folded === "cedex") {
      end = wordStart + word.length;
      const number = endOf(CEDEX_NUMBER, text, end);
      return number < 0 ? end : number;
    }
    if (NAME_STOPS.has(folded)) break;
    if (NAME_PARTICLES.has(folded) && folded !== "et") {
      const nextStart = endOf(GAP, text, wordStart + word.length);
      const next = nextStart < 0 ? undefined : sticky(WORD, text, nextStart)?.[0];
      if (next === undefined || !CAPITALISED.test(next) || NAME_STOPS.has(foldWord(next))) break;
      end = nextStart + next.length;
      needsMore = false;
      continue;
    }
    if (!CAPITALISED.test(word) || !(needsMore || (upper && isUpper(word)))) break;
    end = wordStart + word.length;
    needsMore = COMMUNE_PREFIXES.has(folded);
  }
  return end;
}

/** The end of a postcode and its commune at `at`, or -1. */
function postcodeEnd(text: string, at: number, lowercase: boolean): number {
  const communeStart = endOf(POSTCODE, text, at);
  return communeStart < 0 ? -1 : communeEnd(text, communeStart, lowercase);
}

/**
 * The end of a commune and its postcode at `at` (`Paris 75002`), or -1. The key reads them the
 * usual way round, so that `75002 Paris` is the same address.
 */
function communePostcodeEnd(text: string, at: number, keys: KeyWord[]): number {
  const commune = communeEnd(text, at, false);
  const end = commune < 0 ? -1 : endOf(POSTCODE_AFTER_COMMUNE, text, commune);
  if (end < 0) return -1;
  const postcode = text.slice(commune, end).replace(/^[\s,]+/, "");
  keys.push({ start: at, end, word: `${postcode} ${text.slice(at, commune)}` });
  return end;
}

/** A keyword read at `at` by a sticky regex whose group 1 is the keyword as written. */
interface Keyword<T> {
  word: T;
  /** Where the keyword and what goes with it (`n°`, the dot, spaces) end. */
  end: number;
  /** The keyword, for the identity key. */
  key: KeyWord;
}

function keyword<T extends AddressWord>(
  regex: RegExp,
  table: { byForm: Map<string, T> },
  text: string,
  at: number
): Keyword<T> | undefined {
  const match = sticky(regex, text, at);
  const written = match?.[1];
  const word = written === undefined ? undefined : table.byForm.get(formKey(written));
  if (!match || !word || written === undefined) return undefined;
  return {
    word,
    end: at + match[0].length,
    key: { start: at, end: at + written.length, word: word.canonical },
  };
}

/**
 * The end of one complement or street with no number at `at`, or -1: `BP 1234`, `3e étage`,
 * `Bâtiment B`, `Résidence Les Tilleuls`, `Lieu-dit Les Granges`, `ZI des Paluds`.
 */
function itemEnd(text: string, at: number, keys: KeyWord[]): number {
  const box = keyword(BOX, BOXES, text, at);
  if (box) {
    keys.push(box.key);
    return box.end;
  }
  const floor = endOf(FLOOR, text, at);
  if (floor >= 0) return floor;
  const unit = keyword(UNIT_WORD, UNITS, text, at);
  const value = unit ? endOf(UNIT_VALUE, text, unit.end) : -1;
  if (unit && value >= 0) {
    keys.push(unit.key);
    return value;
  }
  const named = keyword(NAMED_WORD, NAMED, text, at);
  const end = named ? nameEnd(text, named.end, false) : -1;
  if (named && end >= 0) keys.push(named.key);
  return end;
}

/** The end of the separator at `at` (comma, dash, one line break, spaces), or -1 when there is none. */
function separatorEnd(text: string, at: number): number {
  const end = endOf(SEPARATOR, text, at);
  return end > at ? end : -1;
}

/** Complements after a street, then the postcode and commune that close the address. */
function extendForward(
  text: string,
  end: number,
  keys: KeyWord[]
): { end: number; postcode: boolean } {
  for (let i = 0; i < MAX_ITEMS; i++) {
    const next = separatorEnd(text, end);
    if (next < 0) break;
    const postcode = postcodeEnd(text, next, true);
    if (postcode >= 0) return { end: postcode, postcode: true };
    const item = itemEnd(text, next, keys);
    if (item < 0) {
      const communeFirst = communePostcodeEnd(text, next, keys);
      return communeFirst < 0 ? { end, postcode: false } : { end: communeFirst, postcode: true };
    }
    end = item;
  }
  return { end, postcode: false };
}

/**
 * The start of complements and streets with no number written just before `target`, on its line
 * or the lines above (`Résidence Les Tilleuls, Bâtiment B` before `12 rue…`), or `target`.
 */
function extendBackward(text: string, target: number, floor: number, keys: KeyWord[]): number {
  let start = target;
  for (let i = 0; i < MAX_ITEMS; i++) {
    let end = start;
    while (end > floor && SEPARATOR_CHAR.test(text[end - 1]!)) end--;
    if (end === start || separatorEnd(text, end) !== start) break;
    const itemStart = itemEndingAt(text, end, floor, keys);
    if (itemStart < 0) break;
    start = itemStart;
  }
  return start;
}

/**
 * The start of the complement or street with no number that ends at `end`, or -1: the words
 * before `end` are walked back, on one line, and each one that may open an item is tried.
 */
function itemEndingAt(text: string, end: number, floor: number, keys: KeyWord[]): number {
  let tokenEnd = end;
  for (let i = 0; i < MAX_WORDS_BACK; i++) {
    let tokenStart = tokenEnd;
    while (tokenStart > floor && TOKEN_CHAR.test(text[tokenStart - 1]!)) tokenStart--;
    if (tokenStart === tokenEnd) break;
    // A bare number is the value ending an item (`BP 1234`), never inside one: a postcode before.
    if (tokenEnd < end && DIGITS.test(text.slice(tokenStart, tokenEnd))) break;
    if (mayOpenItem(text, tokenStart)) {
      const found: KeyWord[] = [];
      if (itemEnd(text, tokenStart, found) === end) {
        keys.push(...found);
        return tokenStart;
      }
    }
    tokenEnd = tokenStart;
    while (tokenEnd > floor && SPACE_CHAR.test(text[tokenEnd - 1]!)) tokenEnd--;
    if (tokenEnd === tokenStart) break;
  }
  return -1;
}

function mayOpenItem(text: string, at: number): boolean {
  const word = sticky(WORD, text, at)?.[0];
  return word === undefined ? endOf(FLOOR, text, at) >= 0 : ITEM_FIRST_WORDS.has(formKey(word));
}

const residenceWordsSeen = new Map<string, boolean>();

/** Whether a word as written is one of `RESIDENCE_WORDS`, kept per word: texts use the same few. */
function isResidenceWord(word: string): boolean {
  let known = residenceWordsSeen.get(word);
  if (known === undefined) {
    // Only words opening with a stem come here, but a long text may hold many: the memory stays bounded.
    if (residenceWordsSeen.size >= 4096) residenceWordsSeen.clear();
    known = RESIDENCE_WORDS.has(foldWord(word));
    residenceWordsSeen.set(word, known);
  }
  return known;
}

/** `à 14 h 30 place Bellecour` is a time, `depuis 2015 rue…`, `14 juillet 1789 place…` years: not house numbers. */
function timeOrYear(text: string, start: number, anchor: string): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  return TIME_BEFORE.test(before) || (YEAR_NUMBER.test(anchor) && YEAR_BEFORE.test(before));
}

/** A word such as `demeurant` or `domicilié` ends right before `at` (with what may link them). */
function residenceWordBefore(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - CONTEXT_BEFORE), at);
  if (A_BEFORE.test(before)) return !FAIT_A_BEFORE.test(before);
  return hasAddressContext(text, at, end);
}

function hasAddressContext(text: string, start: number, end: number): boolean {
  return (
    ADDRESS_CONTEXT.test(text.slice(Math.max(0, start - CONTEXT_BEFORE), start)) ||
    ADDRESS_CONTEXT.test(text.slice(end, end + CONTEXT_AFTER))
  );
}

/**
 * The identity of an address: keywords written out (`av.` → `avenue`), then folded, without
 * punctuation, with `12bis` read as `12 bis`, so that its writings share one placeholder.
 */
function addressKey(text: string, start: number, end: number, keys: readonly KeyWord[]): string {
  let written = "";
  let cursor = start;
  for (const key of [...keys].sort((a, b) => a.start - b.start)) {
    if (key.start < cursor || key.end > end) continue;
    written += `${text.slice(cursor, key.start)} ${key.word} `;
    cursor = key.end;
  }
  written += text.slice(cursor, end);
  return (
    written
      .match(KEY_TOKEN)
      ?.map((token) => {
        const folded = foldWord(token);
        return (
          KEY_WORDS.get(folded) ??
          (folded.startsWith("0") ? folded.replace(LEADING_ZERO, "") : folded)
        );
      })
      .join(" ") ?? ""
  );
}

/** In order of position; of two overlapping addresses, the longer one. */
function withoutOverlaps(found: Entity[]): Entity[] {
  const kept: Entity[] = [];
  for (const entity of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (!last || entity.start >= last.end) kept.push(entity);
    else if (entity.end - entity.start > last.end - last.start) kept[kept.length - 1] = entity;
  }
  return kept;
}

/** Whether `at` lies inside one of `sorted` (by start, not overlapping). */
function covered(sorted: readonly Entity[], at: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const entity = sorted[middle]!;
    if (at < entity.start) high = middle - 1;
    else if (at >= entity.end) low = middle + 1;
    else return true;
  }
  return false;
}

class PostalAddressRecognizer implements Recognizer {
  readonly name = "postal-address";
  readonly type = "ADRESSE" as const;

  analyze(text: string): Entity[] {
    const found: Entity[] = [];
    const add = (start: number, end: number, score: number, keys: KeyWord[]) => {
      found.push({
        start,
        end,
        type: this.type,
        score: Math.min(1, score),
        recognizer: this.name,
        key: addressKey(text, start, end, keys),
      });
    };
    let floor = 0;
    let from = 0;
    for (let match = nextAnchor(text, from); match; match = nextAnchor(text, from)) {
      let start = match.index;
      // Inside another number (`0612345678 - 14 rue…`): the search goes on from the next
      // character, since a number later in the match (`14 rue…`) may begin an address.
      if (start > 0 && NOT_BEFORE_NUMBER.test(text[start - 1]!)) {
        from = start + 1;
        continue;
      }
      // `2021 - 14 rue…`: a range goes up; the second number alone begins the address.
      const range = RANGE.exec(match[0]);
      if (range && Number(range[2]) < Number(range[1])) {
        from = start + range[0].length - range[2]!.length;
        continue;
      }
      from = match.index + match[0].length;
      const keys: KeyWord[] = [];
      let end: number;
      let score: number;
      if (match[1] !== undefined) {
        end = postcodeEnd(text, start, false);
        if (end < 0) continue;
        const chainStart = extendBackward(text, start, floor, keys);
        if (chainStart < start) score = SCORES.complementsAndPostcode;
        else if (residenceWordBefore(text, start, end)) score = SCORES.residencePostcode;
        else continue;
        start = chainStart;
      } else {
        const street = this.#street(text, match, keys);
        if (street < 0) continue;
        const forward = extendForward(text, street, keys);
        end = forward.end;
        score = forward.postcode ? SCORES.withPostcode : SCORES.street;
        if (!forward.postcode && hasAddressContext(text, start, end)) score += SCORES.contextBoost;
        start = extendBackward(text, start, floor, keys);
      }
      add(start, end, score, keys);
      floor = from = end;
    }
    this.#residenceStreets(text, found, add);
    return withoutOverlaps(found);
  }

  /** The end of the name of a numbered street the anchor found, or -1; its type is noted for the key. */
  #street(text: string, match: RegExpExecArray, keys: KeyWord[]): number {
    if (timeOrYear(text, match.index, match[0])) return -1;
    const written = match[2]!;
    const type: StreetType = STREETS.byForm.get(formKey(written))!;
    const typeEnd = match.index + match[0].length;
    const name = nameEnd(text, endOf(AFTER_TYPE, text, typeEnd), type.lowercaseName === true);
    if (name < 0 && !type.nameOptional) return -1;
    keys.push({ start: typeEnd - written.length, end: typeEnd, word: type.canonical });
    const end = name < 0 ? typeEnd : name;
    const rest = endOf(WORDS_BEFORE_POSTCODE, text, end);
    return rest < 0 ? end : rest;
  }

  /** Streets with no number after `demeurant`, `domicilié`, `sis`... (`sise place Bellecour`). */
  #residenceStreets(
    text: string,
    found: readonly Entity[],
    add: (start: number, end: number, score: number, keys: KeyWord[]) => void
  ): void {
    const numbered = [...found];
    let from = 0;
    // The last hint and the start of its word.
    let hintAt = -1;
    let hintWord = -1;
    RESIDENCE_HINT.lastIndex = 0;
    for (let hint = RESIDENCE_HINT.exec(text); hint; hint = RESIDENCE_HINT.exec(text)) {
      const at = startOfWord(text, hint.index, hintAt, hintWord);
      hintAt = hint.index;
      hintWord = at;
      const stem = at < from ? undefined : sticky(RESIDENCE_STEM, text, at)?.[0];
      if (stem === undefined) continue;
      from = at + stem.length;
      const word = sticky(WORD, text, at)![0];
      if (!isResidenceWord(word)) continue;
      const after = endOf(RESIDENCE_SUFFIX, text, at + word.length);
      const start = endOf(RESIDENCE_BRIDGE, text, after);
      if (covered(numbered, start)) continue;
      const street = keyword(STREET_WORD, STREETS, text, start);
      const name = street ? nameEnd(text, street.end, street.word.lowercaseName === true) : -1;
      if (!street || name < 0) continue;
      const keys = [street.key];
      const forward = extendForward(text, name, keys);
      add(
        start,
        forward.end,
        forward.postcode ? SCORES.complementsAndPostcode : SCORES.residenceStreet,
        keys
      );
      from = RESIDENCE_HINT.lastIndex = forward.end;
    }
  }
}

export const postalAddressRecognizer: Recognizer = new PostalAddressRecognizer();
