import { earliest } from "./earliest.ts";
import { renderHtml } from "./html-text.ts";
import { quotedHistoryStart, quotedHistoryStartInHtml } from "./quoted-history.ts";
import { signatureStart, signatureStartInHtml } from "./signature.ts";

/*
 * The draft of a message being written: what the user wrote, above the signature and the quoted
 * history. Text is inserted at its end, and the rest of the body is kept as it is, byte for byte.
 */

const BODY_CLOSE = /<\/body\s*>/i;

/** Where the draft ends in an HTML body: its signature, its quoted history, or the end of the body. */
export function draftEndInHtml(html: string): number {
  const rendered = renderHtml(html);
  const end = html.search(BODY_CLOSE);
  return (
    earliest(signatureStartInHtml(html, rendered), quotedHistoryStartInHtml(html, rendered)) ??
    (end === -1 ? html.length : end)
  );
}

export function draftTextOfHtml(html: string): string {
  return renderHtml(html.slice(0, draftEndInHtml(html))).text.trim();
}

/** `fragment` (HTML) inserted where the draft ends. */
export function insertIntoHtmlDraft(html: string, fragment: string): string {
  const at = draftEndInHtml(html);
  return html.slice(0, at) + fragment + html.slice(at);
}

export function draftEndInText(text: string): number {
  return earliest(signatureStart(text), quotedHistoryStart(text)) ?? text.length;
}

export function draftTextOfText(text: string): string {
  return text.slice(0, draftEndInText(text)).trim();
}

/** `inserted` on lines of its own where the draft ends, a blank line before what follows. */
export function insertIntoTextDraft(text: string, inserted: string): string {
  const at = draftEndInText(text);
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const before = text.slice(0, at);
  const after = text.slice(at);
  const lead = before === "" || before.endsWith("\n") ? "" : newline;
  const trail = after === "" ? "" : newline + newline;
  return before + lead + inserted.replace(/\r?\n/g, newline) + trail + after;
}
