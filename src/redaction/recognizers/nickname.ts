import type { Entity } from "../entity.ts";
import type { Recognizer } from "../recognizer.ts";
import { isLetterCode, isUpperCode } from "../text/chars.ts";
import { fold } from "../text/fold.ts";
import { NOT_NAMES } from "./person-words.ts";

/**
 * The quotes a nickname is written between, opening and closing: French ones and straight ones.
 * Not `“`: outside Latin-1, `indexOf` reads a megabyte for it in 0.9 ms, where it takes 0.03 for
 * `«`; and French text quotes with `«`.
 */
const QUOTES: ReadonlyMap<string, string> = new Map([
  ["«", "»"],
  ['"', '"'],
]);
/**
 * The words that give a nickname, folded: `dit`, `alias`, `surnommé`, `appelé`, `qu'il appelle`,
 * `un certain`.
 */
const GIVEN_BY = new Set([
  "dit",
  "dite",
  "dits",
  "alias",
  "surnomme",
  "surnommee",
  "surnom",
  "sobriquet",
  "appele",
  "appelee",
  "appelle",
  "appellent",
  "appelait",
  "appelaient",
  "appeler",
  // `un certain « Momo »`: a person known by that name alone.
  "certain",
  "certaine",
]);
/** The first letters of those words, in lower case, as codes. */
const FIRST_LETTERS = new Set([..."dasc"].map((letter) => letter.charCodeAt(0)));
/** `dit` and `dite` give a nickname after a name or a comma; after a verb they report speech. */
const SAID = new Set(["dit", "dite", "dits"]);
/** The longest nickname: a few words. */
const MAX_NICKNAME = 30;
/** A capitalised name of three words at most, maybe after an article (`le Petit Yaya`). */
const NICKNAME = /^((?:le|la|les|el) |l['’])?\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,2}$/u;
const SCORE = 0.8;

/**
 * A person's nickname in quotes, as police reports and asylum narratives give it: `Ibrahima Sory
 * Bah dit "Ibro"`, `Alias : "Medhi", "Le Grand"`, `surnommé « Bouba »`, `que les autres
 * appelaient "Capitaine Kaba"`. Found from each opening quote by `indexOf`; the word before it
 * must give a nickname, and what is quoted must be a capitalised name of three words at most, no
 * function word (`il a dit « Non »` reports speech).
 */
export const nicknameRecognizer: Recognizer = {
  name: "nickname",
  type: "PERSONNE",
  analyze(text: string): Entity[] {
    const found: Entity[] = [];
    for (const [opening, closing] of QUOTES) {
      for (let at = text.indexOf(opening); at >= 0; at = text.indexOf(opening, at + 1)) {
        // A list after one word (`Alias : "Medhi", "Le Grand"`) carries on from the last quote.
        const given = givenBefore(text, at) || listedAfter(found, text, at);
        if (!given) continue;
        const entity = quotedNickname(text, at, closing);
        if (entity) found.push(entity);
      }
    }
    return found.sort((a, b) => a.start - b.start);
  },
};

/** Whether the word before the quote at `at` gives a nickname. */
function givenBefore(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === ":" || text[end - 1] === "\u00a0"))
    end--;
  let start = end;
  while (start > 0 && end - start < 12 && isLetterCode(text.charCodeAt(start - 1))) start--;
  if (start === end || (start > 0 && isLetterCode(text.charCodeAt(start - 1)))) return false;
  // Every word of the list begins with `d`, `a`, `s` or `c`: most words before a quote are folded not.
  if (!FIRST_LETTERS.has(text.charCodeAt(start) | 32)) return false;
  const word = fold(text.slice(start, end));
  if (!GIVEN_BY.has(word)) return false;
  return !SAID.has(word) || afterNameOrComma(text, start);
}

/** `Bah dit`, `Diallo, dit`: a capitalised word or a comma right before `dit`. */
function afterNameOrComma(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && text[end - 1] === " ") end--;
  if (text[end - 1] === ",") return true;
  let start = end;
  while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) start--;
  return start < end && isUpperCode(text.charCodeAt(start));
}

/** `"Medhi", "Le Grand"`: the quote comes right after a nickname found, and a comma or `ou`. */
function listedAfter(found: readonly Entity[], text: string, at: number): boolean {
  const last = found[found.length - 1];
  if (!last) return false;
  const between = text.slice(last.end + 1, at);
  return /^\s*(?:,|ou|et)\s*$/u.test(between);
}

function quotedNickname(text: string, at: number, closing: string): Entity | undefined {
  const close = text.indexOf(closing, at + 1);
  if (close < 0 || close - at - 1 > MAX_NICKNAME + 2) return undefined;
  let start = at + 1;
  let end = close;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const nickname = NICKNAME.exec(text.slice(start, end));
  if (!nickname || NOT_NAMES.has(fold(nickname[0]))) return undefined;
  // The article stays outside, as a title does: `« le [PERSONNE_1] »`.
  start += nickname[1]?.length ?? 0;
  return { start, end, type: "PERSONNE", score: SCORE, recognizer: "nickname" };
}
