import type { HostDocument } from "../host.ts";

/** What the Word adapter reads of a paragraph; `styleBuiltIn` needs WordApi 1.3. */
export interface WordParagraph {
  text: string;
  /** 1 to 9 for an outline level, 10 for body text. */
  outlineLevel?: number;
  styleBuiltIn?: string;
}

const HEADING_STYLE = /^(Heading[1-9]|Title)$/;

/** A heading by its built-in style (language independent, unlike the style's name) or its outline level. */
export function isHeading(paragraph: WordParagraph): boolean {
  if (paragraph.text.trim() === "") return false;
  if (paragraph.styleBuiltIn !== undefined && HEADING_STYLE.test(paragraph.styleBuiltIn))
    return true;
  const level = paragraph.outlineLevel;
  return level !== undefined && level >= 1 && level <= 9;
}

/** Word's text as plain text: paragraph marks ("\r") and manual line breaks ("\v") become "\n". */
export function fromWordText(text: string): string {
  return text.replace(/\r\n?|\v/g, "\n");
}

/** The body as one text, paragraphs joined with "\n", with where each heading starts. */
export function documentFromParagraphs(paragraphs: readonly WordParagraph[]): HostDocument {
  const headingStarts: number[] = [];
  let offset = 0;
  const texts = paragraphs.map((paragraph) => {
    const text = fromWordText(paragraph.text);
    if (isHeading(paragraph)) headingStarts.push(offset);
    offset += text.length + 1;
    return text;
  });
  return { text: texts.join("\n"), headingStarts };
}
