import { placeholderSpans } from "./placeholder-spans.ts";

/**
 * Where a slice [start, end) of a text may be cut at one level of its structure: offsets strictly
 * inside the slice, ascending, each the first character of what follows the cut.
 */
export type Cutter = (text: string, start: number, end: number) => number[];

const BREAK = "(?:\\r\\n|[\\n\\r\\v\\f\\u2028\\u2029])";
const SPACE_IN_LINE = "[^\\S\\n\\r\\v\\f\\u2028\\u2029]";
const PARAGRAPH_END = new RegExp(`${BREAK}${SPACE_IN_LINE}*${BREAK}\\s*`, "g");
const LINE_END = new RegExp(`${BREAK}\\s*`, "g");
const SENTENCE_END = /[.!?…]+[»”"')]*\s+/g;
const SPACES = /\s+/g;
/** Words that a full stop follows without ending the sentence (`M. [PERSONNE_1]`, `art. 3`). */
const ABBREVIATIONS = new Set(
  "m mm mme mmes mlle mlles me mes dr pr st ste art al cf p pp n no vol chap ex av bd réf ref éd coll".split(
    " "
  )
);

function cutsAfter(
  pattern: RegExp,
  accept?: (slice: string, match: RegExpExecArray) => boolean
): Cutter {
  return (text, start, end) => {
    // On the slice alone, so that a search never runs on through the rest of a long document.
    const slice = text.slice(start, end);
    const cuts: number[] = [];
    for (const m of slice.matchAll(pattern)) {
      const cut = m.index + m[0].length;
      if (cut > 0 && cut < slice.length && (!accept || accept(slice, m))) cuts.push(start + cut);
    }
    return cuts;
  };
}

function endsSentence(slice: string, match: RegExpExecArray): boolean {
  const next = slice[match.index + match[0].length] ?? "";
  if (/\p{Ll}/u.test(next)) return false;
  if (!match[0].startsWith(".") || match[0].startsWith("..")) return true;
  const word = /(\p{L}+)$/u.exec(slice.slice(Math.max(0, match.index - 8), match.index))?.[1];
  return !word || (word.length > 1 && !ABBREVIATIONS.has(word.toLowerCase()));
}

/** Any offset but inside a placeholder or between the halves of a surrogate pair. */
const anyCharacter: Cutter = (text, start, end) => {
  const inside = new Set<number>();
  for (const span of placeholderSpans(text.slice(start, end)))
    for (let i = span.start + 1; i < span.end; i++) inside.add(start + i);
  const cuts: number[] = [];
  for (let cut = start + 1; cut < end; cut++) {
    const code = text.charCodeAt(cut);
    if (!inside.has(cut) && !(code >= 0xdc00 && code <= 0xdfff)) cuts.push(cut);
  }
  return cuts;
};

/** The levels below headings, coarsest first: a slice is cut at a finer level only when it must. */
export const CUTTERS: readonly Cutter[] = [
  cutsAfter(PARAGRAPH_END),
  cutsAfter(LINE_END),
  cutsAfter(SENTENCE_END, endsSentence),
  cutsAfter(SPACES),
  anyCharacter,
];
