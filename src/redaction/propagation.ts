import type { Entity } from "./entity.ts";
import { isDigitCode, isLetterCode, isLowerCode, occursAt } from "./text/chars.ts";
import { NOT_AFTER_LATIN, WORD_START_CLASS, wordStarts } from "./text/word-starts.ts";

const isWordCode = (code: number) => isLetterCode(code) || isDigitCode(code);

/** Values at least this long are looked up by this many first characters, shorter ones by two. */
const LONG_PREFIX = 4;
const PAIR_MASK = 0xffff;

const WORD_START = new RegExp(WORD_START_CLASS);
/**
 * The first two characters of every value, hashed, with whether a long or a short value starts so:
 * most stops of the scan go no further. One table for every call, cleared after each (allocating
 * and zeroing 64 KB cost more than a short text's scan).
 */
const firstPairs = new Uint8Array(PAIR_MASK + 1);
const LONG_VALUE = 1;
const SHORT_VALUE = 2;
/** The first four characters of every long value, hashed likewise: a stop looks up no list in vain. */
const firstQuads = new Uint8Array(PAIR_MASK + 1);

/**
 * The first `length` UTF-16 units at `at` hashed into one small integer: no string is made per
 * word of the text, and V8 hashes a small integer without allocating. Two prefixes may share a
 * key; every candidate is compared in full anyway.
 */
function prefixKey(text: string, at: number, length: number): number {
  let key = 0;
  for (let i = 0; i < length; i++) key = (key * 31 + text.charCodeAt(at + i)) & 0x3fffffff;
  return key;
}

interface Candidate {
  value: string;
  source: Entity;
}

/**
 * The values by the hash of their whole text (`prefixKey` over their length), and the lengths of
 * those sharing a prefix, longest first. A stop hashes the text once per length: comparing it
 * with every value of its prefix made many values sharing one (`Durandaaa`, `Durandbaa`…) cost
 * values times stops.
 */
interface Candidates {
  byWhole: Map<number, Candidate[]>;
  lengthsByPrefix: Map<number, number[]>;
}

function add(map: Candidates, prefix: number, candidate: Candidate): void {
  const length = candidate.value.length;
  const whole = prefixKey(candidate.value, 0, length);
  const list = map.byWhole.get(whole);
  if (list) list.push(candidate);
  else map.byWhole.set(whole, [candidate]);
  const lengths = map.lengthsByPrefix.get(prefix);
  if (!lengths) map.lengthsByPrefix.set(prefix, [length]);
  else if (!lengths.includes(length)) lengths.push(length);
}

/** The longest value of `lengths`' prefix written at `at` as a whole word. */
function longestAt(
  text: string,
  at: number,
  lengths: number[] | undefined,
  byWhole: Map<number, Candidate[]>
): Candidate | undefined {
  if (lengths === undefined) return undefined;
  // Loops rather than `find`, whose callback would be a new closure at every stop.
  for (const length of lengths) {
    if (at + length > text.length || isWordCode(text.charCodeAt(at + length))) continue;
    const list = byWhole.get(prefixKey(text, at, length));
    if (list === undefined) continue;
    for (const candidate of list) {
      if (candidate.value.length === length && occursAt(text, candidate.value, at))
        return candidate;
    }
  }
  return undefined;
}

/**
 * A value found once is masked everywhere it appears as a whole word: a birth date recognised after
 * `né le` must not stay in clear three paragraphs later, where nothing announced it. `entities` are
 * in text order and do not overlap (as `resolveOverlaps` gives them). Returns the new occurrences,
 * which overlap no entity already found, in text order.
 */
export function propagateValues(text: string, entities: readonly Entity[]): Entity[] {
  // Four characters tell apart the many values that share two (`1993`, `1994`, `19/…` all start
  // with `19`), so a stop in the text compares few of them.
  const long: Candidates = { byWhole: new Map(), lengthsByPrefix: new Map() };
  const short: Candidates = { byWhole: new Map(), lengthsByPrefix: new Map() };
  const firstChars = new Set<string>();
  const pairs: number[] = [];
  const quads: number[] = [];
  const seen = new Set<string>();
  for (const entity of entities) {
    const value = text.slice(entity.start, entity.end);
    if (value.length < 2 || seen.has(value)) continue;
    if (!isWordCode(value.charCodeAt(0)) || !isWordCode(value.charCodeAt(value.length - 1)))
      continue;
    // A value starting in lower case (an e-mail, `mars 1980`) is found again by its recognizer or
    // is a phrase too common to mask everywhere; and the scan would stop at most words of the text.
    if (isLowerCode(value.charCodeAt(0))) continue;
    seen.add(value);
    firstChars.add(value[0]!);
    const pair = prefixKey(value, 0, 2) & PAIR_MASK;
    pairs.push(pair);
    const candidate = { value, source: entity };
    if (value.length >= LONG_PREFIX) {
      const quad = prefixKey(value, 0, LONG_PREFIX);
      add(long, quad, candidate);
      firstPairs[pair]! |= LONG_VALUE;
      firstQuads[quad & PAIR_MASK] = 1;
      quads.push(quad & PAIR_MASK);
    } else {
      add(short, prefixKey(value, 0, 2), candidate);
      firstPairs[pair]! |= SHORT_VALUE;
    }
  }
  if (firstChars.size === 0) return [];
  for (const lengths of long.lengthsByPrefix.values()) lengths.sort((a, b) => b - a);
  for (const lengths of short.lengthsByPrefix.values()) lengths.sort((a, b) => b - a);
  try {
    return scan(text, entities, startsOf(text, firstChars), long, short);
  } finally {
    for (const pair of pairs) firstPairs[pair] = 0;
    for (const quad of quads) firstQuads[quad] = 0;
  }
}

/**
 * Where values may start. Nearly always they all start with a digit or a capital (a name, a date,
 * a number): the text's word starts, found once and shared with the person recognizer. Otherwise
 * a search for their first characters, made for the call. Its look-behind skips, without a stop,
 * the Latin letters and digits inside words; the scan still checks for the other scripts' letters.
 * Either may give places where no value starts: those find nothing, the values being compared in full.
 */
function startsOf(text: string, firstChars: ReadonlySet<string>): ArrayLike<number> {
  for (const char of firstChars) {
    if (!WORD_START.test(char)) {
      const chars = [...firstChars].map((c) => c.replace(/[\\\]^-]/g, "\\$&")).join("");
      const search = new RegExp(`[${chars}]${NOT_AFTER_LATIN}`, "g");
      const starts: number[] = [];
      while (search.test(text)) starts.push(search.lastIndex - 1);
      return starts;
    }
  }
  return wordStarts(text);
}

function scan(
  text: string,
  entities: readonly Entity[],
  starts: ArrayLike<number>,
  long: Candidates,
  short: Candidates
): Entity[] {
  const found: Entity[] = [];
  let next = 0;
  // Where the last value found ends: values found do not overlap.
  let reached = 0;
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i]!;
    if (at < reached || (at > 0 && isWordCode(text.charCodeAt(at - 1)))) continue;
    const pair = firstPairs[prefixKey(text, at, 2) & PAIR_MASK]!;
    if (pair === 0) continue;
    // A value written here starts with these two characters, and a long one with these four.
    const quad = pair & LONG_VALUE ? prefixKey(text, at, LONG_PREFIX) : 0;
    const hit =
      (pair & LONG_VALUE && firstQuads[quad & PAIR_MASK]
        ? longestAt(text, at, long.lengthsByPrefix.get(quad), long.byWhole)
        : undefined) ??
      (pair & SHORT_VALUE
        ? longestAt(text, at, short.lengthsByPrefix.get(prefixKey(text, at, 2)), short.byWhole)
        : undefined);
    if (!hit) continue;
    const end = at + hit.value.length;
    while (next < entities.length && entities[next]!.end <= at) next++;
    if (next >= entities.length || entities[next]!.start >= end) {
      found.push({
        ...hit.source,
        start: at,
        end,
        recognizer: `${hit.source.recognizer}+propagated`,
      });
    }
    reached = end;
  }
  return found;
}
