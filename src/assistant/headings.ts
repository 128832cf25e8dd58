import { placeholderSpans } from "./placeholder-spans.ts";

export interface Heading {
  /** Offset of the heading line's first character. */
  start: number;
  /** The heading line, trimmed, its spaces collapsed, shortened when long. */
  title: string;
}

const LINE_BREAK = /\r\n|[\n\r\v\f\u2028\u2029]/g;
/** Its own regex: matchAll copies the lastIndex of the one it is given. */
const NEXT_LINE_BREAK = new RegExp(LINE_BREAK.source, "g");
/** Longer lines are prose, whatever they look like. */
const MAX_HEADING_LENGTH = 120;
/** A short line may end with a full stop and still be a heading (`PAR CES MOTIFS.`). */
const MAX_HEADING_LENGTH_WITH_STOP = 30;
export const MAX_TITLE_LENGTH = 80;

/** The sections of French judgments, rulings and reports, alone on their line. */
const SECTION_WORDS =
  /^(?:en fait|en droit|par ces motifs|motifs(?: de la décision)?|dispositif|discussion|faits et procédure|exposé du litige|procédure|sur ce|observations?|conclusions?)\s*[:.]?$/iu;
/** `I. LES CIRCONSTANCES`, `A. Sur la recevabilité`, `1. Les faits`, `1.2 Procédure`, `II - EN DROIT`. */
const NUMBERED =
  /^(?:[IVXL]+|[A-Z]|\d{1,3})\s*[.)°–-]\s*(?=[\p{Lu}«])|^\d{1,3}(?:\.\d{1,3})+\.?\s+(?=[\p{Lu}«])/u;
/** `Article 3`, `Article premier`, `Article L. 121-1`, `Titre II`, `Chapitre 1er`, `Annexe 2`. */
const STRUCTURE =
  /^(?:titre|chapitre|section|sous-section|partie|annexe|livre|article)\s+(?:[IVXLC]+\b|\d+(?:er|e|ème)?\b|premier\b|unique\b|préliminaire\b|[LRD]\.?\s*\d)/iu;

/**
 * The headings of a document: at the offsets the host gives (its heading paragraphs) or, when it
 * gives none, the lines that look like the structure of a French case file or administrative text.
 */
export function findHeadings(text: string, headingStarts: readonly number[] = []): Heading[] {
  const starts = headingStarts.length
    ? [...new Set(headingStarts)].filter((s) => s >= 0 && s < text.length).sort((a, b) => a - b)
    : lineStarts(text).filter((start) => looksLikeHeading(lineAt(text, start)));
  return starts.map((start) => ({ start, title: titleOf(lineAt(text, start)) }));
}

function lineStarts(text: string): number[] {
  return [0, ...[...text.matchAll(LINE_BREAK)].map((m) => m.index + m[0].length)];
}

function lineAt(text: string, start: number): string {
  NEXT_LINE_BREAK.lastIndex = start;
  const end = NEXT_LINE_BREAK.exec(text)?.index ?? text.length;
  return text.slice(start, end);
}

function looksLikeHeading(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > MAX_HEADING_LENGTH || /[,;]$/.test(trimmed)) return false;
  if (trimmed.endsWith(".") && trimmed.length > MAX_HEADING_LENGTH_WITH_STOP) return false;
  return (
    SECTION_WORDS.test(trimmed) ||
    NUMBERED.test(trimmed) ||
    STRUCTURE.test(trimmed) ||
    isCapitals(trimmed)
  );
}

/** A line in capitals with a word of its own: placeholders and initials (`M. [PERSONNE_1]`) do not count. */
function isCapitals(line: string): boolean {
  let own = line;
  for (const span of placeholderSpans(line).reverse())
    own = own.slice(0, span.start) + " " + own.slice(span.end);
  return /\p{L}{3}/u.test(own) && !/\p{Ll}/u.test(own);
}

function titleOf(line: string): string {
  const title = line.trim().replace(/\s+/g, " ");
  if (title.length <= MAX_TITLE_LENGTH) return title;
  // Cut on a space so that a placeholder in the title stays whole.
  const cut = title.lastIndexOf(" ", MAX_TITLE_LENGTH - 1);
  return `${title.slice(0, cut > 0 ? cut : MAX_TITLE_LENGTH - 1)}…`;
}
