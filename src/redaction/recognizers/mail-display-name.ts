import type { Entity } from "../entity.ts";
import type { Recognizer } from "../recognizer.ts";
import { nameTokens, namesOf } from "../person-identity.ts";
import { fold } from "../text/fold.ts";
import { FIRST_NAMES } from "./person-first-names.ts";
import { NOT_NAMES, PARTICLES } from "./person-words.ts";

/**
 * A name as an address book writes it, surname first and a comma before the given name: Outlook's
 * `Leroy, Sandrine` in a forwarded message's `De :`, `À :` and `Cc :` lines, with or without its
 * address. The person recognizer reads `Sandrine` there, but a surname alone before a comma is a
 * list's item as often as a name (`Dupont, Martin et Durand`), so it leaves `Leroy` out.
 *
 * Pattern: one to four capitalised words (particles between them), a comma, one to four more.
 * Validator: the address that follows (`<sandrine.leroy@…>`) holds one of the names; or, on a header
 * line, the given name is a known one. Context: the header line, or the address itself.
 */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*`;
const PARTICLE = `(?:${[...PARTICLES].join("|")})`;
const NAMES = String.raw`${NAME_WORD}(?:[ \u00a0]+(?:${PARTICLE}[ \u00a0]+)*${NAME_WORD}){0,3}`;
const PARTICLES_FIRST = String.raw`(?:${PARTICLE}[ \u00a0]+){0,2}`;
const SURNAME_COMMA_GIVEN = new RegExp(
  String.raw`^(${PARTICLES_FIRST}${NAMES}),[ \u00a0]*(${NAMES})$`,
  "u"
);
/** A message header's label, at the start of a line, in French and English. */
const HEADER_LINE = /^(?:De|À|A|Cc|Cci|Copie|Destinataires?|Envoyé par|From|To|Bcc)[ \t\u00a0]*:/u;
const HEADER_FIRST_LETTERS = new Set(["D", "À", "A", "C", "E", "F", "T", "B"]);
/** What ends a header line's entry on its right. */
const ENTRY_END = /[;<\r\n]/g;
/** An address in angle brackets, read where a `<` was found. */
const ADDRESS = /<([^<>@\s]+)@[^<>\s]+>/uy;
/** A display name is read at most this far before its address. */
const MAX_NAME_LENGTH = 120;

const NOT_LETTERS = /\P{L}+/gu;
const QUOTES = new Set(['"', "“", "”", "'"]);
const SCORE = 0.9;

export const mailDisplayNameRecognizer: Recognizer = {
  name: "mail-display-name",
  type: "PERSONNE",
  analyze(text: string): Entity[] {
    const found = new Map<number, Entity>();
    for (let at = text.indexOf("<"); at >= 0; at = text.indexOf("<", at + 1)) {
      ADDRESS.lastIndex = at;
      const address = ADDRESS.exec(text);
      if (!address) continue;
      const start = entryStart(text, at);
      const entity = displayName(text, start, at, (given, surname) =>
        inAddress(address[1]!, given, surname)
      );
      if (entity) found.set(entity.start, entity);
    }
    for (let line = 0; line < text.length;) {
      const next = text.indexOf("\n", line);
      const end = next < 0 ? text.length : next;
      // Most lines start with no header's first letter: no slice nor regex for them.
      const header = HEADER_FIRST_LETTERS.has(text[line]!)
        ? HEADER_LINE.exec(text.slice(line, Math.min(end, line + 40)))
        : null;
      if (header) readHeaderEntries(text, line + header[0].length, end, found);
      line = end + 1;
    }
    return [...found.values()].sort((a, b) => a.start - b.start);
  },
};

/** Each `;`-separated entry of a header line whose given name is a known one. */
function readHeaderEntries(text: string, from: number, to: number, found: Map<number, Entity>) {
  ENTRY_END.lastIndex = from;
  let start = from;
  while (start < to) {
    const stop = ENTRY_END.exec(text);
    const end = stop && stop.index < to ? stop.index : to;
    const entity = displayName(text, start, end, isKnownGivenName);
    if (entity && !found.has(entity.start)) found.set(entity.start, entity);
    if (!stop || stop.index >= to) break;
    // After an address, the next entry starts past its `>`.
    const close = text[end] === "<" ? text.indexOf(">", end) : end;
    start = close < 0 || close >= to ? to : close + 1;
    ENTRY_END.lastIndex = start;
  }
}

/** Where the entry ending at `end` starts: after the line's start, a header's colon, a `;` or a tab. */
function entryStart(text: string, end: number): number {
  const floor = Math.max(0, end - MAX_NAME_LENGTH);
  let start = end;
  while (start > floor) {
    const char = text[start - 1]!;
    if (char === "\n" || char === "\r" || char === ":" || char === ";" || char === "\t") break;
    start--;
  }
  return start;
}

/**
 * The entity of `Surname, Given` written between `from` and `to` (spaces and quotes around it
 * aside), when `valid` says the names are a person's.
 */
function displayName(
  text: string,
  from: number,
  to: number,
  valid: (given: string, surname: string) => boolean
): Entity | undefined {
  let start = from;
  let end = to;
  while (start < end && isSpaceOrQuote(text[start]!)) start++;
  while (end > start && isSpaceOrQuote(text[end - 1]!)) end--;
  if (end - start > MAX_NAME_LENGTH) return undefined;
  const match = SURNAME_COMMA_GIVEN.exec(text.slice(start, end));
  if (!match) return undefined;
  const surname = match[1]!;
  const given = match[2]!;
  // `Cordialement, Sandrine`, `Merci, Paul`: a word that is no name before the comma.
  if ([...nameParts(surname), ...nameParts(given)].some((part) => NOT_NAMES.has(part)))
    return undefined;
  if (!valid(given, surname)) return undefined;
  return { start, end, type: "PERSONNE", score: SCORE, recognizer: "mail-display-name" };
}

const isSpaceOrQuote = (char: string) =>
  char === " " || char === "\u00a0" || char === "\t" || QUOTES.has(char);

/** The folded parts of a name, as the vault reads them: particles aside, a compound's parts apart. */
const nameParts = (name: string) => nameTokens(name).flatMap(namesOf);

/** Whether the given name's first name (each part of a compound) is a known given name. */
function isKnownGivenName(given: string): boolean {
  const first = nameTokens(given)[0];
  return first !== undefined && namesOf(first).every((part) => FIRST_NAMES.has(part));
}

/** Whether an address's local part holds a part of three letters or more of the given name or surname. */
function inAddress(local: string, given: string, surname: string): boolean {
  const letters = fold(local).replace(NOT_LETTERS, "");
  return [...nameParts(given), ...nameParts(surname)].some(
    (part) => part.length >= 3 && letters.includes(part)
  );
}
