import { earliest } from "./earliest.ts";
import { classesOf, firstTagMarker, type TagMarker } from "./html-markers.ts";
import { htmlOffsetOfLine, renderHtml, type RenderedHtml } from "./html-text.ts";
import { textLines } from "./text-lines.ts";

/*
 * Where the signature of a draft starts. Only the draft's own markers count: those of a quoted
 * message carry Outlook's "x_" prefix or sit below the quoted history's start, which callers cut at
 * first anyway.
 */

/** The "-- " delimiter line (RFC 3676); some clients drop its trailing space. */
const DELIMITER = /^--[ \u00a0]?\r?$/;

/** Where the signature starts in a plain-text draft, undefined when there is none. */
export function signatureStart(text: string): number | undefined {
  return textLines(text).find((line) => DELIMITER.test(line.text))?.start;
}

/** Outlook on the web and new Outlook: id="Signature"; Outlook mobile: its own id. */
const SIGNATURE_IDS = /^(?:Signature|ms-outlook-mobile-signature)$/i;
/** Gmail (its "-- " prefix first) and Thunderbird. */
const SIGNATURE_CLASSES = new Set(["gmail_signature_prefix", "gmail_signature", "moz-signature"]);
/** Outlook for Windows bookmarks the signature with an anchor inside its first paragraph. */
const OUTLOOK_BOOKMARK = /^_MailAutoSig$/i;

const signatureMarker: TagMarker = (tag, { enclosingBlock }) => {
  if (SIGNATURE_IDS.test(tag.attributes.get("id") ?? "")) return tag.start;
  if (classesOf(tag).some((name) => SIGNATURE_CLASSES.has(name))) return tag.start;
  if (tag.name === "a" && OUTLOOK_BOOKMARK.test(tag.attributes.get("name") ?? "")) {
    return enclosingBlock?.start ?? tag.start;
  }
  return undefined;
};

/** Where the signature starts in an HTML draft: the clients' markers, or a "-- " line. */
export function signatureStartInHtml(
  html: string,
  rendered: RenderedHtml = renderHtml(html)
): number | undefined {
  const inText = signatureStart(rendered.text);
  return earliest(
    firstTagMarker(html, signatureMarker),
    inText === undefined ? undefined : htmlOffsetOfLine(rendered, inText)
  );
}
