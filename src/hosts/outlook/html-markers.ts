import { htmlTokens, type HtmlTag } from "./html-tokens.ts";

export interface MarkerContext {
  /** The tag just before this one, with nothing but white space between them. */
  previousTag: HtmlTag | undefined;
  /** The innermost <p> or <div> still open around this tag. */
  enclosingBlock: HtmlTag | undefined;
}

/** Where a marker found at `tag` starts in the HTML, or undefined when `tag` is none. */
export type TagMarker = (tag: HtmlTag, context: MarkerContext) => number | undefined;

const BLOCKS = new Set(["p", "div"]);

/** The start of the first marker in document order. */
export function firstTagMarker(html: string, marker: TagMarker): number | undefined {
  let previousTag: HtmlTag | undefined;
  const openBlocks: HtmlTag[] = [];
  for (const token of htmlTokens(html)) {
    if (token.kind === "text") {
      if (token.raw.trim() !== "") previousTag = undefined;
      continue;
    }
    if (token.kind === "open") {
      const found = marker(token, {
        previousTag,
        enclosingBlock: openBlocks[openBlocks.length - 1],
      });
      if (found !== undefined) return found;
      if (BLOCKS.has(token.name)) openBlocks.push(token);
    } else if (BLOCKS.has(token.name)) {
      const open = openBlocks.map((block) => block.name).lastIndexOf(token.name);
      if (open !== -1) openBlocks.length = open;
    }
    previousTag = token;
  }
  return undefined;
}

export function classesOf(tag: HtmlTag): string[] {
  return (tag.attributes.get("class") ?? "").split(/\s+/).filter((name) => name !== "");
}
