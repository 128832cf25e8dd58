import { isDigitCode, isLetterCode } from "./text/chars.ts";
import { fold } from "./text/fold.ts";

/**
 * Which mentions of people are the same person: `Jean Dupont`, `DUPONT Jean`, `J. Dupont` and
 * `Dupont` are; `Jean Dupont` and `Marie Dupont` are not.
 */
const PARTICLES = new Set([
  "de",
  "du",
  "des",
  "d",
  "la",
  "le",
  "van",
  "von",
  "der",
  "den",
  "da",
  "di",
  "dos",
  "ben",
  "el",
  "al",
]);

/** A character of a name part (`[\p{L}\p{N}.]`), read sticky where a character is not ASCII. */
const PART_CHAR = /[\p{L}\p{N}.]/uy;
const FINAL_PERIODS = /\.+$/;

const PERIOD = 46;

function isAsciiPartCode(code: number): boolean {
  return code < 0x80 && (isLetterCode(code) || isDigitCode(code) || code === PERIOD);
}

/**
 * The folded name parts of a mention, particles and punctuation aside. Read character by
 * character rather than split by a Unicode regex: the vault does it for every new writing of a
 * person, and the split cost more than the rest of the writing's linking.
 */
export function nameTokens(name: string): string[] {
  const folded = fold(name);
  const tokens: string[] = [];
  let start = -1;
  let i = 0;
  while (i < folded.length) {
    const code = folded.charCodeAt(i);
    let next = i + 1;
    let inPart = isAsciiPartCode(code);
    if (!inPart && code >= 0x80) {
      PART_CHAR.lastIndex = i;
      inPart = PART_CHAR.test(folded);
      // A character outside the BMP is two units, in a part or between two.
      next = inPart ? PART_CHAR.lastIndex : i + (folded.codePointAt(i)! > 0xffff ? 2 : 1);
    }
    if (inPart) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      addToken(tokens, folded.slice(start, i));
      start = -1;
    }
    i = next;
  }
  if (start >= 0) addToken(tokens, folded.slice(start));
  return tokens;
}

function addToken(tokens: string[], written: string): void {
  // `J..` is the initial `J.`.
  const token = written.endsWith(".") ? written.replace(FINAL_PERIODS, ".") : written;
  if (token !== "." && !PARTICLES.has(token)) tokens.push(token);
}

function tokenMatches(short: string, long: string): boolean {
  if (short === long) return true;
  // An initial (`J.` or a lone letter) stands for any name part starting with that letter.
  const initial = short.endsWith(".") ? short.slice(0, -1) : short.length === 1 ? short : "";
  return initial.length === 1 && long.startsWith(initial);
}

/** True when every name part of `mention` stands for a different part of `known`. */
export function isPartOf(mention: readonly string[], known: readonly string[]): boolean {
  const remaining = [...known];
  const ordered = [...mention].sort((a, b) => b.length - a.length);
  for (const token of ordered) {
    const at = remaining.findIndex((candidate) => tokenMatches(token, candidate));
    if (at === -1) return false;
    remaining.splice(at, 1);
  }
  // A mention made of initials alone says too little to be linked.
  return mention.some((token) => !token.endsWith(".") && token.length > 1);
}
