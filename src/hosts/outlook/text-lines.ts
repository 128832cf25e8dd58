export interface TextLine {
  /** Offset of the line's first character in the text. */
  start: number;
  /** The line without its "\n" (a "\r" before it stays). */
  text: string;
}

export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    lines.push({ start, text: line });
    start += line.length + 1;
  }
  return lines;
}

const isBlank = (line: TextLine | undefined): boolean =>
  line !== undefined && line.text.trim() === "";

/** The index of the first non-blank line from `from` on, or `lines.length`. */
export function nextNonBlank(lines: readonly TextLine[], from: number): number {
  let at = from;
  while (at < lines.length && isBlank(lines[at])) at += 1;
  return at;
}
