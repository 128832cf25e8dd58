import type { Entity } from "../entity.ts";
import type { Recognizer } from "../recognizer.ts";
import { isDigitCode } from "../text/chars.ts";
import { fold } from "../text/fold.ts";
import { isCompoundGivenName } from "./person-first-names.ts";
import { NOT_NAMES } from "./person-words.ts";

/** A word as a line may begin with it: in lower case, capitalised, or in capitals. */
const writings = (words: string) =>
  new Set(
    words
      .split(" ")
      .flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()])
  );

/** A message's greetings, first on a line: the names after one are who it greets. */
const GREETINGS = writings(
  "bonjour bonsoir rebonjour salut coucou hello hey hi cher chère chers chères merci"
);
/**
 * A message's closings, before its signature: on the line above it, or before it on its line.
 * Folded.
 */
const CLOSINGS = new Set([
  ..."bises bisous biz bizz amities cordialement cdlt merci salutations tchao ciao bye a+ @+".split(
    " "
  ),
  "bien a toi",
  "bien a vous",
  "a bientot",
  "a plus",
  "a demain",
  "bonne journee",
  "bonne soiree",
  "bonne fin de journee",
  "je t'embrasse",
  "je vous embrasse",
]);
/** The first words of the closings, as written: no line is folded unless it begins with one. */
const CLOSING_FIRST_WORDS = writings(
  "bises bisous biz bizz amitiés cordialement cdlt merci salutations tchao ciao bye a+ @+ bien à a bonne je"
);
/**
 * Words a message puts after a given name or a civility that are no surname, beyond the function
 * words of `NOT_NAMES`: verbs (`madame souhaite`) and adverbs (`madame martin comme convenu`).
 * Folded.
 */
const NOT_SURNAMES = new Set(
  (
    "a est etait sera serait souhaite souhaiterait demande dit veut voudrait pense doit peut sait " +
    "fait va vient avait aurait ont sont vont comme aussi hier demain encore deja toujours jamais"
  ).split(" ")
);

/**
 * A meeting's lists of people, first on a line before a colon (`Présents : moi, julie, karim`):
 * the given names after one, in lower case, are people.
 */
const LIST_WORDS = writings(
  "présents présentes présent présente participants participantes absents absentes excusés excusées invités"
);
/** Between two names of a list. */
const LIST_SEPARATOR = /[ \t\u00a0]*[,;/]|[ \t\u00a0]+et(?=[ \t\u00a0])/uy;
/** One item of a list: up to the next separator or the line's end. */
const LIST_ITEM = /[^,;/\r\n]*?(?=[ \t\u00a0]*(?:[,;/]|\r?\n|$)|[ \t\u00a0]+et[ \t\u00a0])/uy;
/** An item that is a given name in lower case, with a surname at times. */
const LIST_NAME = /^(\p{Ll}[\p{Ll}'’-]*)(?:[ \t\u00a0]+(\p{Ll}[\p{Ll}'’-]+))?$/u;
/**
 * A chat's speaker line, as Teams or a messaging app's copy writes it: a name in lower case, its
 * surname or initial at times, then the time the message was sent, alone on the line (`julie m.
 * 09:02`, `karim b 09:04`, `jean - 9h15`).
 */
const SPEAKER_LINE =
  /(\p{Ll}[\p{Ll}'’-]*)(?:[ \t\u00a0]+(\p{Ll}[\p{Ll}'’-]+|\p{Ll}\.?))?[ \t\u00a0]*[-–,]?[ \t\u00a0]*\d{1,2}[:h]\d\d(?:[ \t\u00a0]*[AaPp][Mm])?[ \t\u00a0]*\r?(?=\n|$)/duy;
/** What may end a line after its last word: spaces, a tab, a carriage return. */
const LINE_END_SPACES = new Set([32, 9, 13, 0xa0]);

/** A word in lower case, apostrophes and hyphens inside. */
const WORD = /[\p{Ll}][\p{Ll}'’-]*/uy;
const SPACES = /[ \t\u00a0]*/y;
/** What may end a greeting's or a signature's names: a sign, or the end of the line. */
const NAMES_END = /[ \t\u00a0]*(?:[,!.;:?…]|(?=\r?\n)|$)/uy;
/** Words of a civil status between a civility and the name (`madame veuve martin`). Folded. */
const CIVIL_STATUS = new Set(["veuve", "epouse", "nee"]);
/**
 * Particles before a surname that French prose has no other use of (`da costa`, `van damme`,
 * `ben salah`); `de` and `le` are left, which `madame de garde` and `monsieur le commissaire` use.
 */
const SURNAME_PARTICLES = new Set([
  "da",
  "dos",
  "das",
  "van",
  "von",
  "ben",
  "bin",
  "el",
  "al",
  "ould",
  "ait",
  "di",
  "della",
]);
/** A civility in lower case, then a word in lower case. */
const CIVILITY =
  /(?<![\p{L}\p{N}])(?:madame|monsieur|mme|mlle|melle|mademoiselle|m\.|mr\.?)[ \t\u00a0]+(?=\p{Ll})/gu;
const SCORE = 0.85;
/** The longest greeting or first word of a closing (`cordialement`). */
const LONGEST_WORD = 12;
/** The first characters of the greetings, the closings' first words and the lists', by code. */
const OPENING_CODES = new Set(
  [...GREETINGS, ...CLOSING_FIRST_WORDS, ...LIST_WORDS].map((word) => word.charCodeAt(0))
);
/** What ends a line's first word: a space, a sign, the end of the line. */
const WORD_ENDS = new Set([..." \t\u00a0\r,;:!?.…()"].map((ch) => ch.charCodeAt(0)));
/** The longest line read as a closing (`Bonne fin de journée !`): longer, it is prose. */
const MAX_CLOSING = 32;

/** Whether a word is a known given name, a compound's parts each one (`jean-pierre`). */
const isGivenName = (word: string) => isCompoundGivenName(fold(word));

/** A word that may be a surname after a given name or a civility: not a function word. */
const mayBeSurname = (word: string) => {
  const folded = fold(word);
  return (
    word.length >= 2 && !/['’]/.test(word) && !NOT_NAMES.has(folded) && !NOT_SURNAMES.has(folded)
  );
};

/** The word in lower case at `at`, or undefined. */
function wordAt(text: string, at: number): string | undefined {
  WORD.lastIndex = at;
  return WORD.exec(text)?.[0];
}

function skipSpaces(text: string, at: number): number {
  SPACES.lastIndex = at;
  SPACES.exec(text);
  return SPACES.lastIndex;
}

/**
 * The first word of a line when it is short enough to be a greeting or a closing's: found by its
 * end, with no regex nor fold, since most lines begin with neither.
 */
function firstWord(text: string, first: number, end: number): string | undefined {
  let at = first;
  while (at < end && at - first <= LONGEST_WORD && !WORD_ENDS.has(text.charCodeAt(at))) at++;
  return at - first <= LONGEST_WORD ? text.slice(first, at) : undefined;
}

/** Where a line's words begin: after its indentation and a quoted message's `>` marks. */
function lineStart(text: string, line: number, end: number): number {
  let at = line;
  for (let code = text.charCodeAt(at); at < end; code = text.charCodeAt(++at))
    if (code !== 32 && code !== 62 && code !== 9 && code !== 0xa0) break;
  return at;
}

/**
 * A given name in lower case at `at`, with the surname after it if any, both ending where a sign
 * or the line does (`jean,`, `marie dupont !`); as a span, or undefined.
 */
function namesAt(text: string, at: number): [number, number] | undefined {
  const given = wordAt(text, at);
  if (!given || !isGivenName(given)) return undefined;
  let end = at + given.length;
  const next = skipSpaces(text, end);
  const surname = next > end ? wordAt(text, next) : undefined;
  if (surname && mayBeSurname(surname)) end = next + surname.length;
  NAMES_END.lastIndex = end;
  return NAMES_END.test(text) ? [at, end] : undefined;
}

/** A line's words as a closing would be written, folded, without quote marks nor end signs. */
const closingOf = (words: string) =>
  fold(words.trim())
    .replace(/^-+\s*/, "")
    .replace(/[\s!.,…]+$/, "");

/**
 * Names a message writes in lower case, as colleagues do in a quick e-mail, where the person
 * recognizer, which reads names by their capitals, sees none: `bonjour jean,`, `Salut marie
 * dupont !`, a signature under `bises,` or after it on its line (`bonne journée, marie`); a name
 * after a civility, in any text, as notes write it (`vu mme nguyen`, `relancer m. zahraoui`).
 *
 * Pattern: a greeting first on a line, or a closing on the line or the line above, then words in
 * lower case up to a sign or the end of the line. Validator: the first word is a known given name
 * (a greeting's `merci beaucoup` or `bonjour à tous` greets no one); the word after a civility is
 * no function word nor a verb (`madame la directrice`, `madame souhaite`).
 */
export const lowercaseNameRecognizer: Recognizer = {
  name: "lowercase-name",
  type: "PERSONNE",
  analyze(text: string): Entity[] {
    const found: Entity[] = [];
    const add = ([start, end]: [number, number]) =>
      found.push({ start, end, type: "PERSONNE", score: SCORE, recognizer: "lowercase-name" });
    let closingAbove = false;
    for (let line = 0; line < text.length;) {
      const next = text.indexOf("\n", line);
      const end = next < 0 ? text.length : next;
      const first = lineStart(text, line, end);
      // A blank line keeps what the line above said.
      if (first < end && text.charCodeAt(first) !== 13) {
        // Most lines begin with no greeting's nor closing's letter: no word is cut out of them.
        const word = OPENING_CODES.has(text.charCodeAt(first))
          ? firstWord(text, first, end)
          : undefined;
        if (word !== undefined && GREETINGS.has(word)) {
          const names = namesAt(text, skipSpaces(text, first + word.length));
          if (names) add(names);
        } else if (word !== undefined && LIST_WORDS.has(word)) {
          listNames(text, first + word.length, add);
        } else if (
          !speakerAt(text, first, end, add) &&
          (closingAbove || (word !== undefined && CLOSING_FIRST_WORDS.has(word)))
        ) {
          const signature = signatureAt(text, first, word ?? "", end, closingAbove);
          if (signature) add(signature);
        }
        // A paragraph is no closing, and is not folded.
        closingAbove =
          word !== undefined &&
          CLOSING_FIRST_WORDS.has(word) &&
          end - first <= MAX_CLOSING &&
          CLOSINGS.has(closingOf(text.slice(first, end)));
      }
      line = end + 1;
    }
    civilityNames(text, add);
    return found.sort((a, b) => a.start - b.start);
  },
};

/**
 * The given names of a meeting's list after its word (`Présents : moi, julie, karim et
 * marie-claude`), each with its surname if one follows; the list's other words (`moi`, a service)
 * are none.
 */
function listNames(text: string, at: number, add: (span: [number, number]) => void): void {
  const colon = skipSpaces(text, at);
  if (text[colon] !== ":") return;
  LIST_ITEM.lastIndex = colon + 1;
  for (let item = LIST_ITEM.exec(text); item; item = LIST_ITEM.exec(text)) {
    const start = item.index + item[0].length - item[0].trimStart().length;
    const words = LIST_NAME.exec(item[0].trim());
    if (words && isGivenName(words[1]!) && (words[2] === undefined || mayBeSurname(words[2])))
      add([start, start + words[0].length]);
    LIST_SEPARATOR.lastIndex = LIST_ITEM.lastIndex;
    if (!LIST_SEPARATOR.test(text)) return;
    LIST_ITEM.lastIndex = LIST_SEPARATOR.lastIndex;
  }
}

/**
 * A chat's speaker line from `first` to `end` (`julie m. 09:02`): its name added, when it is a
 * known given name. Only a line that begins in lower case and ends in a digit or an M is read.
 */
function speakerAt(
  text: string,
  first: number,
  end: number,
  add: (span: [number, number]) => void
): boolean {
  // Most lines begin with a capital or a digit, or end with neither a digit nor `AM`/`PM`'s M.
  const code = text.charCodeAt(first);
  if (!((code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff))) return false;
  let last = end - 1;
  while (last > first && LINE_END_SPACES.has(text.charCodeAt(last))) last--;
  const lastCode = text.charCodeAt(last);
  if (!isDigitCode(lastCode) && lastCode !== 77 && lastCode !== 109) return false;
  SPEAKER_LINE.lastIndex = first;
  const line = SPEAKER_LINE.exec(text);
  if (!line || SPEAKER_LINE.lastIndex < end || !isGivenName(line[1]!)) return false;
  // The surname or its initial with the given name (`julie m.`), not a word that is neither.
  const second = line[2];
  const withSecond = second !== undefined && (second.length <= 2 || mayBeSurname(second));
  add([first, line.indices![withSecond ? 2 : 1]![1]]);
  return true;
}

/**
 * The names of a signature on the line from `first` to `end`: first on it under a closing, or
 * after a closing on it (`bises, marie`, `bonne journée, paul dupont`, `a+ jean`).
 */
function signatureAt(
  text: string,
  first: number,
  word: string,
  end: number,
  closingAbove: boolean
): [number, number] | undefined {
  let from: number | undefined;
  if (closingAbove) from = first;
  else {
    const head = text.slice(first, Math.min(end, first + MAX_CLOSING));
    const comma = head.search(/[,!]/);
    if (comma > 0 && CLOSINGS.has(closingOf(head.slice(0, comma)))) from = first + comma + 1;
    else if (CLOSINGS.has(fold(word))) from = first + word.length;
  }
  return from === undefined ? undefined : namesAt(text, skipSpaces(text, from));
}

/** Names after a civility in lower case: a given name and a surname, or a surname alone. */
function civilityNames(text: string, add: (span: [number, number]) => void): void {
  CIVILITY.lastIndex = 0;
  for (let match = CIVILITY.exec(text); match; match = CIVILITY.exec(text)) {
    let start = match.index + match[0].length;
    let first = wordAt(text, start);
    // `madame veuve martin`: the civil status stays outside the name.
    if (first && CIVIL_STATUS.has(fold(first))) {
      start = skipSpaces(text, start + first.length);
      first = wordAt(text, start);
    }
    if (!first) continue;
    let end = start + first.length;
    // `mr da costa`, `m. ben salah`: a particle that is no French word, with the surname after it.
    if (SURNAME_PARTICLES.has(first)) {
      const next = skipSpaces(text, end);
      const surname = next > end ? wordAt(text, next) : undefined;
      if (!surname || !mayBeSurname(surname)) continue;
      add([start, next + surname.length]);
      continue;
    }
    if (!mayBeSurname(first)) continue;
    if (isGivenName(first)) {
      const next = skipSpaces(text, end);
      const surname = next > end ? wordAt(text, next) : undefined;
      if (surname && mayBeSurname(surname)) end = next + surname.length;
    }
    add([start, end]);
  }
}
