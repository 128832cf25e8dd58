import { hasContext, type ContextRule } from "./context.ts";
import type { Entity } from "./entity.ts";
import type { EntityType } from "./entity-types.ts";
import type { Recognizer } from "./recognizer.ts";

/**
 * Something every match of a pattern has near it, found by a much cheaper search than the
 * pattern's own (the `:` of an IPv6 address, the word passeport, the digits after `FR`): the
 * pattern then runs only around its occurrences instead of over the whole text.
 */
export interface Gate {
  /** Global. Its occurrences are searched once per text, whatever patterns share it. */
  regex: RegExp;
  /** How far before the start of an occurrence a match may start. */
  before: number;
  /** How far after the end of an occurrence a match may start. */
  after: number;
  /**
   * Every occurrence begins at a digit: the gate then shares one search with the other such gates
   * (see {@link DIGIT_GATE_FLAGS}, the flags its regex must have).
   */
  atDigit?: boolean;
}

/**
 * A gate whose occurrences, as start and end pairs in order, a function finds: from what the
 * analysis shares once per text (its word starts), where a regex would be a search of its own.
 */
export interface FoundGate {
  find: (text: string) => readonly number[];
  before: number;
  after: number;
}

export interface Pattern {
  name: string;
  /** Must carry the `g` flag. The whole match is the entity: use look-arounds for boundaries. */
  regex: RegExp;
  score: number;
  /**
   * Where matches may start: a regex (every match within {@link GATE_REACH} characters of one of
   * its occurrences, either way) or a {@link Gate} with its own reach. A match and its look-arounds
   * must fit in {@link WINDOW_TAIL} characters after the last place it may start.
   */
  gate?: RegExp | Gate | FoundGate;
}

/**
 * How far from an occurrence of a gate a match may start, either way: more than a context window
 * (48 characters before a match, 24 after) plus the longest value a gated pattern matches.
 */
export const GATE_REACH = 80;
/** Text left after a window for the match that starts in it and for its look-arounds. */
const WINDOW_TAIL = 96;
/** Windows closer than this are searched as one: a search costs more than so many characters. */
const MERGE_GAP = 48;

export interface PatternRecognizerSpec {
  name: string;
  type: EntityType;
  patterns: readonly Pattern[];
  /**
   * Checks a match the pattern cannot (a checksum): false rejects it, true keeps its score,
   * a number replaces the score.
   */
  validate?: (value: string, text: string, start: number) => boolean | number;
  /** The identity of the value, so that its several writings share one placeholder. */
  normalize?: (value: string) => string;
  context?: ContextRule;
  /**
   * Matches without a word of the context are dropped, whatever the minimum score: shapes so
   * common elsewhere (a passport number's) count only where the text names them.
   */
  contextRequired?: boolean;
  /** The gate of every pattern that has none of its own (see {@link Pattern.gate}). */
  gate?: RegExp | Gate | FoundGate;
}

/**
 * The occurrences of each gate in the text being analysed, as start and end pairs: several
 * recognizers share a gate (TVA and plates), and the analyzer runs them all on one text in turn.
 */
let occurrencesText: string | undefined;
const occurrencesByGate = new Map<RegExp, number[]>();
/** For `gateDigits`: every digit where each gate beginning at a digit matches. */
const matchingDigitsByGate = new Map<RegExp, number[]>();

/**
 * The flags of every gate beginning at a digit, and of their shared search. A gate searched alone
 * that begins at a digit stops at every digit of the text (23,000 a megabyte of prose), and most
 * of its time goes there; so they are searched together: one search stops at the digits where at
 * least one of them matches (a few hundred), and each gate's regex, sticky, runs at those only.
 * Its occurrences are those its own global search would find, since that search would try the
 * same places in the same order and match there in the same way.
 */
export const DIGIT_GATE_FLAGS = "gu";
/** The regex of every gate beginning at a digit, with its sticky copy. */
const digitGates = new Map<RegExp, RegExp>();
/** Their shared search, built at its first use after a gate is added. */
let digitSearch: RegExp | undefined;
/** Where it stops in the text being analysed. */
let digitsOfText: number[] | undefined;

/**
 * The alternatives of a regex source at its top level: what its `|` outside groups and classes
 * separate.
 */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) {
      alternatives.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(source.slice(from));
  return alternatives;
}

/** Adds a gate to the shared search: a recognizer's when it is created, before any text. */
export function shareDigitSearch(regex: RegExp): void {
  if (digitGates.has(regex)) return;
  if (regex.flags !== DIGIT_GATE_FLAGS)
    throw new Error(
      `gate ${regex.source} beginning at a digit needs the flags ${DIGIT_GATE_FLAGS}`
    );
  // The search stops at digits only: a match beginning elsewhere would be lost without a word.
  if (!topLevelAlternatives(regex.source).every((alternative) => alternative.startsWith("\\d")))
    throw new Error(`gate ${regex.source} said to begin at a digit must begin with \\d`);
  digitGates.set(regex, new RegExp(regex.source, regex.flags.replace("g", "y")));
  digitSearch = undefined;
  digitsOfText = undefined;
}

/** Where at least one gate beginning at a digit matches in `text`. */
function digitsWhereAGateMatches(text: string): number[] {
  // The digit first, so that the search skips from digit to digit; then, looking back to it,
  // the gates' regexes from there.
  digitSearch ??= new RegExp(
    `\\d(?<=(?=${[...digitGates.keys()].map((gate) => `(?:${gate.source})`).join("|")})\\d)`,
    DIGIT_GATE_FLAGS
  );
  const digits: number[] = [];
  digitSearch.lastIndex = 0;
  for (let match = digitSearch.exec(text); match; match = digitSearch.exec(text)) {
    digits.push(match.index);
  }
  return digits;
}

/** Forgets the text whose gates are known: the analyzer calls it once it has run every recognizer. */
export function forgetGateOccurrences(): void {
  occurrencesByGate.clear();
  matchingDigitsByGate.clear();
  occurrencesText = undefined;
  digitsOfText = undefined;
}

/** Starts over when the text is not the one whose gates are known. */
function useText(text: string): void {
  if (text === occurrencesText) return;
  forgetGateOccurrences();
  occurrencesText = text;
}

/** The digits of the text where at least one gate beginning at a digit matches, `regex` among them. */
function candidateDigits(text: string, regex: RegExp): number[] {
  shareDigitSearch(regex);
  digitsOfText ??= digitsWhereAGateMatches(text);
  return digitsOfText;
}

/**
 * Every digit of `text` where `regex`, a gate beginning at a digit with the shared search's flags,
 * matches, those inside another of its matches included: for a recognizer that resumes its search
 * at places of its own rather than after each match. Found once per text.
 */
export function gateDigits(text: string, regex: RegExp): readonly number[] {
  useText(text);
  let found = matchingDigitsByGate.get(regex);
  if (found) return found;
  found = [];
  const candidates = candidateDigits(text, regex);
  const sticky = digitGates.get(regex)!;
  for (const at of candidates) {
    sticky.lastIndex = at;
    if (sticky.test(text)) found.push(at);
  }
  matchingDigitsByGate.set(regex, found);
  return found;
}

/** The occurrences of `gate` in `text`, as start and end pairs, found once per text. */
export function gateOccurrences(
  text: string,
  gate: Pick<Gate, "regex" | "atDigit">
): readonly number[] {
  useText(text);
  const regex = gate.regex;
  let found = occurrencesByGate.get(regex);
  if (found) return found;
  found = [];
  if (gate.atDigit) {
    const candidates = candidateDigits(text, regex);
    const sticky = digitGates.get(regex)!;
    // As a global search, the next occurrence is looked for after the end of the last one.
    let next = 0;
    for (const at of candidates) {
      if (at < next) continue;
      sticky.lastIndex = at;
      // `test`, which leaves the end in lastIndex, rather than `exec` and a match array each.
      if (!sticky.test(text)) continue;
      next = sticky.lastIndex;
      found.push(at, next);
    }
  } else {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      found.push(match.index, match.index + match[0].length);
      if (match[0].length === 0) regex.lastIndex++;
    }
  }
  occurrencesByGate.set(regex, found);
  return found;
}

/**
 * The stretches of `text` where a match may start: around each occurrence of the gate, merged.
 * Each is [from, to); matches are looked for in `text.slice(0, to + WINDOW_TAIL)` from `from`.
 */
function gateWindows(text: string, gate: Gate | FoundGate): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  const found = "find" in gate ? gate.find(text) : gateOccurrences(text, gate);
  for (let i = 0; i < found.length; i += 2) {
    const from = Math.max(0, found[i]! - gate.before);
    const to = Math.min(text.length, found[i + 1]! + gate.after + 1);
    const last = windows[windows.length - 1];
    if (last && from <= last[1] + MERGE_GAP) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

const globalCopy = (regex: RegExp) =>
  regex.global ? regex : new RegExp(regex.source, `${regex.flags}g`);

export function createPatternRecognizer(spec: PatternRecognizerSpec): Recognizer {
  for (const pattern of spec.patterns) {
    if (!pattern.regex.global)
      throw new Error(`pattern ${spec.name}/${pattern.name} needs the g flag`);
  }
  // Built once: the module's own regexes, not copies per call (as matchAll makes), since V8 runs
  // a new regex in its interpreter until it is hot, which made short texts several times slower.
  const gates = new Map<RegExp | Gate, Gate>();
  const gateOf = (pattern: Pattern): Gate | FoundGate | undefined => {
    const gate = pattern.gate ?? spec.gate;
    if (!gate) return undefined;
    if ("find" in gate) return gate;
    const known = gates.get(gate);
    if (known) return known;
    const made: Gate =
      gate instanceof RegExp
        ? { regex: globalCopy(gate), before: GATE_REACH, after: GATE_REACH }
        : { ...gate, regex: globalCopy(gate.regex) };
    if (made.atDigit) shareDigitSearch(made.regex);
    gates.set(gate, made);
    return made;
  };
  const gated = spec.patterns.map((pattern) => ({ pattern, gate: gateOf(pattern) }));

  /** Reports the matches of `pattern` starting in [from, to) of `subject`, a prefix of `text`. */
  const scan = (
    found: Entity[],
    text: string,
    subject: string,
    pattern: Pattern,
    from: number,
    to: number
  ): number => {
    const regex = pattern.regex;
    let reached = from;
    regex.lastIndex = from;
    for (let match = regex.exec(subject); match && match.index < to; match = regex.exec(subject)) {
      const value = match[0];
      if (value.length === 0) {
        regex.lastIndex++;
        continue;
      }
      const start = match.index;
      const end = start + value.length;
      reached = end;
      const verdict = spec.validate ? spec.validate(value, text, start) : true;
      if (verdict === false) continue;
      let score = typeof verdict === "number" ? verdict : pattern.score;
      if (spec.context && hasContext(text, start, end, spec.context)) {
        score = Math.min(1, score + (spec.context.boost ?? 0.35));
      } else if (spec.contextRequired) {
        continue;
      }
      const entity: Entity = { start, end, type: spec.type, score, recognizer: spec.name };
      if (spec.normalize) entity.key = spec.normalize(value);
      found.push(entity);
    }
    return reached;
  };

  return {
    name: spec.name,
    type: spec.type,
    analyze(text: string): Entity[] {
      const found: Entity[] = [];
      const windowsByGate = new Map<Gate | FoundGate, Array<[number, number]>>();
      for (const { pattern, gate } of gated) {
        if (!gate) {
          scan(found, text, text, pattern, 0, text.length);
          continue;
        }
        const windows = windowsByGate.get(gate) ?? gateWindows(text, gate);
        windowsByGate.set(gate, windows);
        // A match never starts inside the previous one, as in one scan of the whole text.
        let reached = 0;
        for (const [from, to] of windows) {
          const subject = to + WINDOW_TAIL >= text.length ? text : text.slice(0, to + WINDOW_TAIL);
          reached = scan(found, text, subject, pattern, Math.max(from, reached), to);
        }
      }
      return found;
    },
  };
}
