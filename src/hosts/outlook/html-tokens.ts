/**
 * A forgiving tokenizer for the HTML of mail bodies, giving each tag's offsets in the source so that
 * the body can be cut or added to without touching the rest of it. Comments, doctypes, conditional
 * comments and the content of script, style and title are skipped.
 */

export interface HtmlTag {
  kind: "open" | "close";
  /** Lower case. */
  name: string;
  /** Attribute names in lower case; values as written (ids and classes carry no entities). */
  attributes: ReadonlyMap<string, string>;
  start: number;
  end: number;
}

export interface HtmlText {
  kind: "text";
  /** As written, entities included. */
  raw: string;
  start: number;
  end: number;
}

export type HtmlToken = HtmlTag | HtmlText;

const TAG_NAME = /<(\/?)([a-z][\w:.-]*)/iy;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const SKIPPED_CONTENT = new Set(["script", "style", "title"]);

/** The offset just past the ">" closing the tag that starts at `from`, quotes respected. */
function tagEnd(html: string, from: number): number {
  let quote: string | undefined;
  for (let at = from; at < html.length; at++) {
    const character = html[at];
    if (quote !== undefined) {
      if (character === quote) quote = undefined;
    } else if (character === '"' || character === "'") {
      quote = character;
    } else if (character === ">") {
      return at + 1;
    }
  }
  return html.length;
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] as string).toLowerCase();
    if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attributes;
}

/** Where the construct starting with "<!" or "<?" at `from` ends. */
function declarationEnd(html: string, from: number): number {
  const [closing, length] = html.startsWith("<!--", from) ? ["-->", 4] : [">", 2];
  const at = html.indexOf(closing, from + length);
  return at === -1 ? html.length : at + closing.length;
}

export function* htmlTokens(html: string): Generator<HtmlToken> {
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf("<", at);
    const textEnd = open === -1 ? html.length : open;
    if (textEnd > at) yield { kind: "text", raw: html.slice(at, textEnd), start: at, end: textEnd };
    if (open === -1) return;
    const next = html[open + 1];
    if (next === "!" || next === "?") {
      at = declarationEnd(html, open);
      continue;
    }
    TAG_NAME.lastIndex = open;
    const match = TAG_NAME.exec(html);
    if (match === null) {
      yield { kind: "text", raw: "<", start: open, end: open + 1 };
      at = open + 1;
      continue;
    }
    const end = tagEnd(html, open);
    const name = (match[2] as string).toLowerCase();
    const kind = match[1] === "/" ? "close" : "open";
    const inside = html.slice(open + match[0].length, Math.max(open + match[0].length, end - 1));
    yield {
      kind,
      name,
      attributes: kind === "open" ? parseAttributes(inside) : new Map(),
      start: open,
      end,
    };
    at = end;
    if (kind === "open" && SKIPPED_CONTENT.has(name)) {
      const closing = new RegExp(`</${name}[\\s>/]`, "ig");
      closing.lastIndex = end;
      at = closing.exec(html)?.index ?? html.length;
    }
  }
}
