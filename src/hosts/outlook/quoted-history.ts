import type { HostDocument } from "../host.ts";
import { earliest } from "./earliest.ts";
import { classesOf, firstTagMarker, type TagMarker } from "./html-markers.ts";
import { htmlOffsetOfLine, renderHtml, type RenderedHtml } from "./html-text.ts";
import { nextNonBlank, textLines, type TextLine } from "./text-lines.ts";

/*
 * Where the quoted history of a mail starts: the earlier messages a reply or a forward carries below
 * the new text, as Outlook (French and English), Gmail, Thunderbird and Apple Mail write them.
 */

const SPACE = "[\\s\\u00a0\\u202f]";

/** A header line such as "De :" or "*From:*" (French puts a no-break space before the colon). */
const field = (names: string) => new RegExp(`^[\\s>*]*(?:${names})\\*?${SPACE}*:`, "i");
const FROM = field("De|From");
const SENT = field("Envoyé|Sent");
const DATE = field("Date");
const SUBJECT = field("Objet|Subject");
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** How many lines after "De :" the rest of a header may take (recipients, Cc). */
const HEADER_LINES = 10;

/** "-----Original Message-----", "---------- Message transféré ---------". */
const SEPARATOR = new RegExp(
  `^[\\s>]*-{2,}${SPACE}*(?:Original Message|Message d['’]origine|Forwarded message|Message transféré)${SPACE}*-{2,}`,
  "i"
);
const FORWARD_INTRO = new RegExp(
  `^[\\s>]*(?:Début du message réexpédié|Begin forwarded message)${SPACE}*:`,
  "i"
);
/** Outlook's <hr> above the header, in text. */
const RULE = /^\s*_{10,}\s*$/;
/** "Le lun. 3 mars 2025 à 10:02, Jean Dupont <j@x.fr> a écrit :", "On Mon, 3 Mar 2025, Jean wrote:". */
const ATTRIBUTION_START = /^[\s>]*(?:Le|On)\s/i;
const WROTE = new RegExp(`(?:a écrit|wrote)${SPACE}*:${SPACE}*$`, "i");
/** An attribution carries a time or a year, unlike "Le préfet a écrit :" in a letter. */
const TIME_OR_YEAR = /\d{1,2}[:h]\d{2}|\d{4}/;
/** How far an attribution wraps. */
const ATTRIBUTION_LINES = 3;
const ATTRIBUTION_LENGTH = 400;
const QUOTED = /^\s*>/;
const QUOTE_PREFIX = /^(?:[ \t]*>)+[ \t]?/;

/**
 * The line after a header block starting at line `at`. Without a separator above it, the block must
 * say "Envoyé :"/"Sent:", or give a date and an address, so that a memo's "De : … Date : … Objet :"
 * is not taken for one.
 */
function headerEnd(
  lines: readonly TextLine[],
  at: number,
  afterSeparator: boolean
): number | undefined {
  const from = lines[at];
  if (from === undefined || !FROM.test(from.text)) return undefined;
  let sent = false;
  let dated = false;
  for (let line = at + 1; line < Math.min(lines.length, at + 1 + HEADER_LINES); line++) {
    const text = (lines[line] as TextLine).text;
    if (SENT.test(text)) sent = true;
    else if (DATE.test(text)) dated = true;
    else if (SUBJECT.test(text)) {
      return afterSeparator || sent || (dated && EMAIL.test(from.text)) ? line + 1 : undefined;
    }
  }
  return undefined;
}

/** The line after an attribution starting at line `at`. */
function attributionEnd(lines: readonly TextLine[], at: number): number | undefined {
  const first = (lines[at] as TextLine).text;
  if (ATTRIBUTION_START.test(first)) {
    let joined = "";
    for (let line = at; line < Math.min(lines.length, at + ATTRIBUTION_LINES); line++) {
      const text = (lines[line] as TextLine).text;
      joined += ` ${text}`;
      if (joined.length > ATTRIBUTION_LENGTH) return undefined;
      if (WROTE.test(text)) return TIME_OR_YEAR.test(joined) ? line + 1 : undefined;
    }
    return undefined;
  }
  // "Jean Dupont a écrit :" alone counts when quoted lines follow it.
  const next = lines[nextNonBlank(lines, at + 1)];
  return WROTE.test(first) && next !== undefined && QUOTED.test(next.text) ? at + 1 : undefined;
}

/** The line after the quoted message's opening lines (separator, header, attribution) at line `at`. */
function openingEnd(lines: readonly TextLine[], at: number): number | undefined {
  const text = (lines[at] as TextLine).text;
  if (SEPARATOR.test(text) || FORWARD_INTRO.test(text) || RULE.test(text)) {
    const header = headerEnd(lines, nextNonBlank(lines, at + 1), true);
    if (header !== undefined) return header;
    return RULE.test(text) ? undefined : at + 1;
  }
  return headerEnd(lines, at, false) ?? attributionEnd(lines, at);
}

function* openings(lines: readonly TextLine[]): Generator<number> {
  let at = 0;
  while (at < lines.length) {
    const end = openingEnd(lines, at);
    if (end === undefined) {
      at += 1;
    } else {
      yield (lines[at] as TextLine).start;
      at = end;
    }
  }
}

/** The first of at least two ">" lines in a row (blank lines aside), or a last one. */
function quoteRunStart(lines: readonly TextLine[]): number | undefined {
  for (let at = 0; at < lines.length; at++) {
    if (!QUOTED.test((lines[at] as TextLine).text)) continue;
    const next = lines[nextNonBlank(lines, at + 1)];
    if (next === undefined || QUOTED.test(next.text)) return (lines[at] as TextLine).start;
  }
  return undefined;
}

/** Where each quoted message opens in a plain-text mail (its separator, header or attribution line). */
export function quotedMessageStarts(text: string): number[] {
  return [...openings(textLines(text))];
}

/** Where the quoted history starts in a plain-text mail, undefined when it has none. */
export function quotedHistoryStart(text: string): number | undefined {
  const lines = textLines(text);
  const [firstOpening] = openings(lines);
  return earliest(firstOpening, quoteRunStart(lines));
}

/** The new text of a plain-text mail, without the history it quotes. */
export function withoutQuotedHistory(text: string): string {
  return text.slice(0, quotedHistoryStart(text) ?? text.length).trimEnd();
}

/** The whole thread, ">" prefixes removed, each quoted message's opening line as a heading. */
export function tidyThread(text: string): HostDocument {
  const tidied = textLines(text)
    .map((line) => line.text.replace(QUOTE_PREFIX, "").trimEnd())
    .join("\n")
    .trimEnd();
  return { text: tidied, headingStarts: quotedMessageStarts(tidied) };
}

const QUOTE_IDS =
  /^(?:x_)*(?:appendonsend|divRplyFwdMsg|mail-editor-reference-message-container)$/i;
const QUOTE_CLASSES = new Set([
  "gmail_quote",
  "gmail_quote_container",
  "moz-cite-prefix",
  "yahoo_quoted",
  "protonmail_quote",
]);
/** Outlook for Windows' header block: a div with a thin top border above "De :". */
const OUTLOOK_HEADER_STYLE = /border-top:\s*solid\s+#(?:E1E1E1|B5C4DF)\s+1(?:\.0)?pt/i;

const quoteMarker: TagMarker = (tag, { previousTag }) => {
  const id = tag.attributes.get("id") ?? "";
  if (QUOTE_IDS.test(id)) {
    // Outlook on the web and mobile put an <hr> right above the header.
    return /divRplyFwdMsg$/i.test(id) && previousTag?.name === "hr" ? previousTag.start : tag.start;
  }
  // Outlook prefixes the classes of a message it received with "x_", and keeps them when quoting it.
  if (classesOf(tag).some((name) => QUOTE_CLASSES.has(name.replace(/^(?:x_)+/, ""))))
    return tag.start;
  if (tag.name === "blockquote" && tag.attributes.get("type")?.toLowerCase() === "cite")
    return tag.start;
  if (tag.name === "div" && OUTLOOK_HEADER_STYLE.test(tag.attributes.get("style") ?? ""))
    return tag.start;
  return undefined;
};

/**
 * Where the quoted history starts in an HTML mail: the first of the clients' own markers, or of the
 * plain-text markers in the rendered text, mapped back to the HTML.
 */
export function quotedHistoryStartInHtml(
  html: string,
  rendered: RenderedHtml = renderHtml(html)
): number | undefined {
  const inText = quotedHistoryStart(rendered.text);
  return earliest(
    firstTagMarker(html, quoteMarker),
    inText === undefined ? undefined : htmlOffsetOfLine(rendered, inText)
  );
}
