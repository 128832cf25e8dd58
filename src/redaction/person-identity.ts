import { isDigitCode, isLetterCode, isUnicodeHyphenCode } from "./text/chars.ts";
import { FIRST_NAMES } from "./recognizers/person-first-names.ts";
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

/** A particle of a name (`de`, `van`, `ben`), folded: not a name of its own. */
export const isParticle = (folded: string) => PARTICLES.has(folded);

/** The length of the longest particle: a longer word need not be folded to be looked up. */
export const MAX_PARTICLE_LENGTH = Math.max(...[...PARTICLES].map((particle) => particle.length));

/** A character of a name part (`[\p{L}\p{N}.]`), read sticky where a character is not ASCII. */
const PART_CHAR = /[\p{L}\p{N}.]/uy;
const FINAL_PERIODS = /\.+$/;

const PERIOD = 46;
const HYPHEN = 45;
const isHyphenCode = (code: number) => code === HYPHEN || isUnicodeHyphenCode(code);

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

/** An initial: `J.`, or a lone letter. */
export const isInitial = (name: string) => name.endsWith(".") || name.length === 1;

/** Past this many names a mention is no person's name (hostile text): it is linked to nothing. */
const MAX_NAMES = 16;

/** A compound given name (`jean-luc`): every name of it is a given name. A compound surname is not one. */
const isGivenCompound = (names: readonly string[]) =>
  names.length > 1 && names.every((name) => FIRST_NAMES.has(name));

/**
 * True when every name of `mention` stands for a different name of `known`, and a name of a known
 * compound given name written in full comes with all the others (`Jean` is not `Jean-Luc`; `J.`
 * may be). A compound surname's names stand alone (`Durand` of `Durand-Lefort`).
 */
export function isPartOf(mention: readonly string[], known: readonly string[]): boolean {
  const compounds = mention.some(isCompound) || known.some(isCompound);
  return compounds ? isPartOfCompounds(mention, known) : isPartOfNames(mention, known);
}

const isCompound = (token: string) => token.includes("-");

/** Names without compounds, the common case: each name of `mention` matched to one of `known`. */
function isPartOfNames(mention: readonly string[], known: readonly string[]): boolean {
  if (mention.length > MAX_NAMES || known.length > MAX_NAMES) return false;
  const remaining = [...known];
  const ordered = [...mention].sort((a, b) => b.length - a.length);
  for (const token of ordered) {
    const at = remaining.findIndex((candidate) => tokenMatches(token, candidate));
    if (at === -1) return false;
    remaining.splice(at, 1);
  }
  // A mention made of initials alone says too little to be linked.
  return mention.some((token) => !isInitial(token));
}

function isPartOfCompounds(mention: readonly string[], known: readonly string[]): boolean {
  const remaining = known.flatMap((token, compound) => {
    const names = namesOf(token);
    const given = isGivenCompound(names);
    return names.map((name) => ({ name, compound, size: names.length, given }));
  });
  const ordered = mention
    .flatMap((token) => {
      const names = namesOf(token);
      return names.map((name) => ({ name, inCompound: names.length > 1 }));
    })
    .sort((a, b) => b.name.length - a.name.length);
  if (ordered.length > MAX_NAMES || remaining.length > MAX_NAMES) return false;
  /** Per known compound given name: how many of its names were matched, and by a full name. */
  const matched = new Map<number, { count: number; size: number; byFullName: boolean }>();
  for (const { name, inCompound } of ordered) {
    // A name alone is matched to a name alone first, a compound's to a compound's: `MICHEL` is
    // the surname of `Jean-Michel MICHEL`, not the second name of his given name.
    let at = remaining.findIndex(
      (candidate) => candidate.size > 1 === inCompound && tokenMatches(name, candidate.name)
    );
    if (at === -1) at = remaining.findIndex((candidate) => tokenMatches(name, candidate.name));
    if (at === -1) return false;
    const [{ compound, size, given }] = remaining.splice(at, 1) as [(typeof remaining)[number]];
    if (!given) continue;
    const seen = matched.get(compound) ?? { count: 0, size, byFullName: false };
    seen.count++;
    seen.byFullName ||= !isInitial(name);
    matched.set(compound, seen);
  }
  for (const { count, size, byFullName } of matched.values())
    if (byFullName && count < size) return false;
  return ordered.some(({ name }) => !isInitial(name));
}
