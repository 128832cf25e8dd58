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

const BETWEEN_PARTS = /[^\p{L}\p{N}.]+/u;
const FINAL_PERIODS = /\.+$/;

/** The folded name parts of a mention, particles and punctuation aside. */
export function nameTokens(name: string): string[] {
  const tokens: string[] = [];
  for (const written of fold(name).split(BETWEEN_PARTS)) {
    // `J..` is the initial `J.`.
    const token = written.endsWith(".") ? written.replace(FINAL_PERIODS, ".") : written;
    if (token.length > 0 && token !== "." && !PARTICLES.has(token)) tokens.push(token);
  }
  return tokens;
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
