import type { HostDocument } from "../../host.ts";

/** A paragraph of an editable area as plain text, as Word or Outlook would give it. */
export interface TextLine {
  text: string;
  /** Offset of the line's first character in the joined text. */
  start: number;
  /** The leaf block (p, h1…) the line comes from; null for text lying directly in the area. */
  block: Element | null;
}

const BLOCK_TAGS = new Set([
  "ARTICLE",
  "BLOCKQUOTE",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "LI",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "UL",
]);

/** Word's heading levels the pane splits on. */
const HEADING_TAGS = new Set(["H1", "H2", "H3"]);

export const isBlock = (node: Node): node is Element =>
  node instanceof Element && BLOCK_TAGS.has(node.tagName);

/**
 * The lines of `root`: one per leaf block (an empty paragraph is an empty line, as in Word), <br> as a
 * line break inside it. Tracked deletions are left out: the text is the document as it will read.
 */
export function textLines(root: Node): TextLine[] {
  const lines: TextLine[] = [];
  let open: { text: string; block: Element | null } | null = null;
  let offset = 0;

  const close = () => {
    if (open === null) return;
    // Chromium keeps a <br> at the end of a paragraph so that it keeps its height: it is no line break.
    const text = open.text.replace(/\n$/, "");
    lines.push({ text, start: offset, block: open.block });
    offset += text.length + 1;
    open = null;
  };
  const visit = (node: Node, block: Element | null) => {
    if (node instanceof Text) {
      open ??= { text: "", block };
      open.text += node.data;
    } else if (node instanceof Element && node.tagName === "BR") {
      open ??= { text: "", block };
      open.text += "\n";
    } else if (isBlock(node)) {
      close();
      const before = lines.length;
      node.childNodes.forEach((child) => visit(child, node));
      close();
      if (lines.length === before && !node.querySelector([...BLOCK_TAGS].join(","))) {
        open = { text: "", block: node };
        close();
      }
    } else if (node instanceof Element && node.tagName !== "DEL") {
      node.childNodes.forEach((child) => visit(child, block));
    }
  };
  root.childNodes.forEach((child) => visit(child, null));
  close();
  return lines;
}

export const joinLines = (lines: readonly TextLine[]): string =>
  lines.map((line) => line.text).join("\n");

/** The lines as a HostDocument, its headings being the h1–h3 paragraphs that hold some text. */
export function documentOf(lines: readonly TextLine[]): HostDocument {
  return {
    text: joinLines(lines),
    headingStarts: lines
      .filter(
        (line) =>
          line.block !== null && HEADING_TAGS.has(line.block.tagName) && line.text.trim() !== ""
      )
      .map((line) => line.start),
  };
}

/** The text of what `range` covers, paragraphs joined with "\n". */
export function rangeText(range: Range): string {
  const holder = document.createElement("div");
  holder.append(range.cloneContents());
  return joinLines(textLines(holder));
}
