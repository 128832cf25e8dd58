import { decodeEntities } from "./html-entities.ts";
import { htmlTokens } from "./html-tokens.ts";

/** HTML as plain text, with the offset in the HTML where each line of the text begins. */
export interface RenderedHtml {
  text: string;
  /** `lineStarts[i]`: where line i starts in the HTML, at the block or line break that began it. */
  lineStarts: number[];
}

const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "center",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tr",
  "ul",
]);

const CELLS = new Set(["td", "th"]);

/**
 * Renders a mail body as a reader sees its text: a line per block and per <br>, white space collapsed
 * except in <pre>, entities decoded, trailing spaces dropped. Line breaks are never merged away, so a
 * line of the text maps back to an offset of the HTML.
 */
export function renderHtml(html: string): RenderedHtml {
  const lines: string[] = [""];
  const lineStarts: number[] = [0];
  let preformatted = 0;

  const current = () => lines[lines.length - 1] as string;
  const append = (text: string) => {
    lines[lines.length - 1] = current() + text;
  };
  const newLine = (offset: number) => {
    lines.push("");
    lineStarts.push(offset);
  };
  /** A block edge: a new line unless the current one is still empty, which then starts here. */
  const blockEdge = (offset: number) => {
    if (current().trim() !== "") newLine(offset);
    else lineStarts[lineStarts.length - 1] = offset;
  };

  for (const token of htmlTokens(html)) {
    if (token.kind === "text") {
      const text = decodeEntities(token.raw);
      if (preformatted > 0) {
        text.split("\n").forEach((part, index) => {
          if (index > 0) newLine(token.start);
          append(part);
        });
      } else {
        const collapsed = text.replace(/[ \t\n\r\f]+/g, " ");
        append(
          current() === "" || current().endsWith(" ") ? collapsed.replace(/^ /, "") : collapsed
        );
      }
    } else if (token.name === "br" && token.kind === "open") {
      newLine(token.end);
    } else if (BLOCKS.has(token.name)) {
      if (token.name === "pre")
        preformatted = Math.max(0, preformatted + (token.kind === "open" ? 1 : -1));
      blockEdge(token.kind === "open" ? token.start : token.end);
    } else if (CELLS.has(token.name) && token.kind === "close") {
      append("\t");
    }
  }
  // The last block's end leaves an empty line behind it, which no reader sees.
  while (lines.length > 1 && current().trim() === "") {
    lines.pop();
    lineStarts.pop();
  }
  return { text: lines.map((line) => line.replace(/[ \t]+$/, "")).join("\n"), lineStarts };
}

/** The HTML offset where the line holding `textOffset` of the rendered text begins. */
export function htmlOffsetOfLine(rendered: RenderedHtml, textOffset: number): number {
  let line = 0;
  for (
    let at = rendered.text.indexOf("\n");
    at !== -1 && at < textOffset;
    at = rendered.text.indexOf("\n", at + 1)
  ) {
    line += 1;
  }
  return rendered.lineStarts[line] ?? rendered.lineStarts[rendered.lineStarts.length - 1] ?? 0;
}
