import { findHeadings, MAX_TITLE_LENGTH, type Heading } from "./headings.ts";
import { CUTTERS } from "./text-cuts.ts";
import { TokenMeter } from "./tokens.ts";

export interface DocumentPart {
  /** 0 for the first part. */
  index: number;
  start: number;
  end: number;
  /** The heading(s) the part holds (`EN FAIT … EN DROIT`), or of the section it is a piece of (`EN DROIT (2/3)`). */
  title?: string;
}

export interface SplitOptions {
  /** Offsets of the heading paragraphs the host knows; none: headings are recognised by their look. */
  headingStarts?: readonly number[];
  /** Most characters in one part. */
  maxChars: number;
  /** Most estimated tokens in one part, when a model's context window bounds it too. */
  maxTokens?: number;
}

/** The longest part title: two headings (`A … B`), or one and its piece number (`A (12/30)`). */
export const MAX_PART_TITLE_LENGTH = 2 * MAX_TITLE_LENGTH + 16;
/** Below this a part could not hold the longest placeholder whole. */
const MIN_PART_CHARS = 64;
const MIN_PART_TOKENS = 32;

interface Range {
  start: number;
  end: number;
}

/**
 * Cuts a document into parts that cover it exactly, in order, each within the limits: on headings
 * first (whole sections packed together while they fit), then paragraphs, lines, sentences, words;
 * a word longer than a part is the only thing ever cut, and never inside a placeholder.
 */
export function splitDocument(text: string, options: SplitOptions): DocumentPart[] {
  const { maxChars, maxTokens = Infinity } = options;
  if (!(maxChars >= MIN_PART_CHARS) || !(maxTokens >= MIN_PART_TOKENS))
    throw new RangeError(
      `parts need at least ${MIN_PART_CHARS} characters and ${MIN_PART_TOKENS} tokens`
    );
  const meter = new TokenMeter(text);
  const fits = (start: number, end: number) =>
    end - start <= maxChars && meter.tokens(start, end) <= maxTokens;

  const parts: Omit<DocumentPart, "index">[] = [];
  const headings = findHeadings(text, options.headingStarts);
  const uses = new Map<string, number>();
  for (const { title } of headings) uses.set(title, (uses.get(title) ?? 0) + 1);
  for (const { sections, oversized } of packSections(text, headings, fits)) {
    if (!oversized) {
      parts.push({
        start: sections[0]!.start,
        end: sections.at(-1)!.end,
        title: groupTitle(sections, uses),
      });
      continue;
    }
    const section = sections[0]!;
    const pieces = pack(text, section.start, section.end, 0, fits);
    pieces.forEach((piece, k) =>
      parts.push({
        ...piece,
        title: section.title && `${section.title} (${k + 1}/${pieces.length})`,
      })
    );
  }
  return parts.map((part, index) => ({ index, ...part }));
}

interface Section extends Range {
  title: string | undefined;
}

/** Consecutive sections packed while they fit; a section too large on its own stands alone. */
function packSections(
  text: string,
  headings: Heading[],
  fits: (start: number, end: number) => boolean
): { sections: Section[]; oversized: boolean }[] {
  const sections: Section[] = [];
  if (text.length && headings[0]?.start !== 0)
    sections.push({ start: 0, end: 0, title: undefined });
  for (const heading of headings)
    sections.push({ start: heading.start, end: 0, title: heading.title });
  sections.forEach((section, i) => (section.end = sections[i + 1]?.start ?? text.length));

  const groups: { sections: Section[]; oversized: boolean }[] = [];
  for (const section of sections) {
    const last = groups.at(-1);
    if (last && !last.oversized && fits(last.sections[0]!.start, section.end))
      last.sections.push(section);
    else groups.push({ sections: [section], oversized: !fits(section.start, section.end) });
  }
  return groups;
}

/**
 * The first and last headings of a group, among those the document uses once when it has any: in a
 * bundle of judgments `PIÈCE N° 12 … PIÈCE N° 15` says where a part is, `EN DROIT … EN FAIT` does not.
 */
function groupTitle(sections: Section[], uses: ReadonlyMap<string, number>): string | undefined {
  const titles = sections.flatMap((s) => (s.title === undefined ? [] : [s.title]));
  const unique = titles.filter((t) => uses.get(t) === 1);
  const named = unique.length ? unique : titles;
  return named.length > 1 ? `${named[0]} … ${named.at(-1)}` : named[0];
}

/** Ranges covering [start, end) that fit, cut at `level` where possible and finer only where not. */
function pack(
  text: string,
  start: number,
  end: number,
  level: number,
  fits: (start: number, end: number) => boolean
): Range[] {
  const cutter = CUTTERS[level];
  if (fits(start, end) || !cutter) return [{ start, end }];
  const ranges: Range[] = [];
  const bounds = [...cutter(text, start, end), end];
  let from = start;
  let fitting = start;
  for (let i = 0; i < bounds.length;) {
    const bound = bounds[i]!;
    if (fits(from, bound)) {
      fitting = bound;
      i++;
    } else if (fitting > from) {
      ranges.push({ start: from, end: fitting });
      from = fitting;
    } else {
      ranges.push(...pack(text, from, bound, level + 1, fits));
      from = fitting = bound;
      i++;
    }
  }
  if (from < end) ranges.push({ start: from, end });
  return ranges;
}
