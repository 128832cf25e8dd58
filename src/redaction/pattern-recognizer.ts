import { hasContext, type ContextRule } from "./context.ts";
import type { Entity } from "./entity.ts";
import type { EntityType } from "./entity-types.ts";
import type { Recognizer } from "./recognizer.ts";

export interface Pattern {
  name: string;
  /** Must carry the `g` flag. The whole match is the entity: use look-arounds for boundaries. */
  regex: RegExp;
  score: number;
  /**
   * Something every match has within {@link GATE_REACH} characters (the `:` of an IPv6 address):
   * the pattern then runs only around its occurrences, found by a much cheaper search, instead of
   * over the whole text.
   */
  gate?: RegExp;
}

/**
 * How far from an occurrence of a gate a match may start, either way: more than a context window
 * (48 characters before a match, 24 after) plus the longest value a gated pattern matches.
 */
export const GATE_REACH = 80;
/** Text left after a window for the match that starts in it and for its look-aheads. */
const WINDOW_TAIL = 64;

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
   * For recognizers whose matches all need their context to be reported: the gate of every
   * pattern (see {@link Pattern.gate}), so that they run only near the words that announce them.
   */
  gate?: RegExp;
}

/**
 * The stretches of `text` where a match may start: around each occurrence of `gate`, merged.
 * Each is [from, to); matches are looked for in `text.slice(0, to + WINDOW_TAIL)` from `from`.
 */
function gateWindows(text: string, gate: RegExp): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  gate.lastIndex = 0;
  for (let match = gate.exec(text); match; match = gate.exec(text)) {
    const from = Math.max(0, match.index - GATE_REACH);
    const to = Math.min(text.length, match.index + match[0].length + GATE_REACH);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
    if (match[0].length === 0) gate.lastIndex++;
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
  const gates = new Map<RegExp, RegExp>();
  const gateOf = (pattern: Pattern) => {
    const gate = pattern.gate ?? spec.gate;
    if (!gate) return undefined;
    const scanner = gates.get(gate) ?? globalCopy(gate);
    gates.set(gate, scanner);
    return scanner;
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
      const windowsByGate = new Map<RegExp, Array<[number, number]>>();
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
