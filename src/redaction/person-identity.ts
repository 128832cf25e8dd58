import { isDigitCode, isLetterCode } from "./text/chars.ts";
import { fold } from "./text/fold.ts";

/**
 * Which mentions of people are the same person: `Jean Dupont`, `DUPONT Jean`, `J. Dupont` and
 * `Dupont` are; `Jean Dupont` and `Marie Dupont` are not, nor `Jean Martin` and `Jean-Luc Martin`:
 * a compound name is one name, which only its initials (`J.`, `J.-L.`) or all its parts stand for.
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
const HYPHEN = 45;
/** Unicode's hyphen and non-breaking hyphen, which word processors put in compound names. */
const isHyphenCode = (code: number) => code === HYPHEN || code === 0x2010 || code === 0x2011;

function isAsciiPartCode(code: number): boolean {
  return code < 0x80 && (isLetterCode(code) || isDigitCode(code) || code === PERIOD);
}

/**
 * The folded name parts of a mention, particles and punctuation aside, a compound joined by its
 * hyphens (`jean-luc`, `j.-l.`). Read character by character rather than split by a Unicode regex:
 * the vault does it for every new writing of a person, and the split cost more than the rest of
 * the writing's linking.
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
    } else if (start >= 0 && isHyphenCode(code) && startsPart(folded, i + 1)) {
      // A hyphen between two parts joins them: the compound goes on.
    } else if (start >= 0) {
      addToken(tokens, folded.slice(start, i));
      start = -1;
    }
    i = next;
  }
  if (start >= 0) addToken(tokens, folded.slice(start));
  return tokens;
}

function startsPart(folded: string, i: number): boolean {
  if (i >= folded.length) return false;
  const code = folded.charCodeAt(i);
  if (code < 0x80) return isAsciiPartCode(code);
  PART_CHAR.lastIndex = i;
  return PART_CHAR.test(folded);
}

const OTHER_HYPHENS = /[\u2010\u2011]/g;

function addToken(tokens: string[], written: string): void {
  // `J..` is the initial `J.`; `jean‑luc` with a non-breaking hyphen is `jean-luc`.
  const joined = written.length > 1 ? written.replace(OTHER_HYPHENS, "-") : written;
  const token = joined.endsWith(".") ? joined.replace(FINAL_PERIODS, ".") : joined;
  if (token !== "." && !PARTICLES.has(token)) tokens.push(token);
}

/** The names of a token: a compound's parts, particles aside (`el-amrani` is `amrani`), or itself. */
export function namesOf(token: string): string[] {
  if (!token.includes("-")) return [token];
  return token.split("-").filter((part) => part && part !== "." && !PARTICLES.has(part));
}

function tokenMatches(short: string, long: string): boolean {
  if (short === long) return true;
  // An initial (`J.` or a lone letter) stands for any name part starting with that letter.
  const initial = short.endsWith(".") ? short.slice(0, -1) : short.length === 1 ? short : "";
  return initial.length === 1 && long.startsWith(initial);
}

const isInitial = (name: string) => name.endsWith(".") || name.length === 1;

/**
 * True when every name of `mention` stands for a different name of `known`, and a name of a known
 * compound written in full comes with all the others (`Jean` is not `Jean-Luc`; `J.` may be).
 */
export function isPartOf(mention: readonly string[], known: readonly string[]): boolean {
  const remaining = known.flatMap((token, compound) =>
    namesOf(token).map((name, _, names) => ({ name, compound, size: names.length }))
  );
  const ordered = mention.flatMap(namesOf).sort((a, b) => b.length - a.length);
  /** Per known compound of several names: how many of them were matched, and by a full name. */
  const matched = new Map<number, { count: number; size: number; byFullName: boolean }>();
  for (const name of ordered) {
    const at = remaining.findIndex((candidate) => tokenMatches(name, candidate.name));
    if (at === -1) return false;
    const [{ compound, size }] = remaining.splice(at, 1) as [(typeof remaining)[number]];
    if (size < 2) continue;
    const seen = matched.get(compound) ?? { count: 0, size, byFullName: false };
    seen.count++;
    seen.byFullName ||= !isInitial(name);
    matched.set(compound, seen);
  }
  for (const { count, size, byFullName } of matched.values())
    if (byFullName && count < size) return false;
  // A mention made of initials alone says too little to be linked.
  return ordered.some((name) => !isInitial(name));
}
