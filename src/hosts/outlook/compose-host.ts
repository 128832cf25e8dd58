/// <reference types="office-js" />
import type { Host } from "../host.ts";
import { draftKeptChanging, noSelection, unsupported } from "../office/errors.ts";
import { officeCaller } from "../office/office-async.ts";
import { unsupportedActions } from "../office/unsupported-actions.ts";
import {
  draftTextOfHtml,
  draftTextOfText,
  insertIntoHtmlDraft,
  insertIntoTextDraft,
} from "./draft.ts";
import { currentItem, outlookSurface, plainLines } from "./mailbox.ts";
import { textToHtmlParagraphs, textToInlineHtml } from "./text-to-html.ts";

/** Reads of a draft being typed into before the insertion gives up, leaving it as it is. */
const DRAFT_READS = 3;

interface SelectedData {
  data: string;
  sourceProperty: "body" | "subject";
}

/**
 * Outlook, a message being written (Mailbox 1.3 and up): the selection, the draft above the signature
 * and the quoted history, and writing into either. The body's own format (HTML or text) decides how
 * the answer is written, escaped in HTML.
 */
export function createComposeHost(office: typeof Office): Host {
  const call = officeCaller(office);
  const item = () => currentItem(office);
  const { Html, Text } = office.CoercionType;

  const bodyIsHtml = async () =>
    (await call<Office.CoercionType>((done) => item().body.getTypeAsync(done))) === Html;
  const getBody = (format: Office.CoercionType) =>
    call<string>((done) => item().body.getAsync(format, done));
  const setBody = (body: string, format: Office.CoercionType) =>
    call<void>((done) => item().body.setAsync(body, { coercionType: format }, done));
  const selection = async () => {
    const selected = await call<SelectedData>((done) => item().getSelectedDataAsync(Text, done));
    return {
      text: plainLines(selected.data ?? ""),
      inSubject: selected.sourceProperty === "subject",
    };
  };

  /** Writes over the selection, or at the cursor when nothing is selected. */
  async function writeSelection(text: string, inSubject: boolean): Promise<void> {
    const html = !inSubject && (await bodyIsHtml());
    const data = html ? textToInlineHtml(text) : inSubject ? text.replace(/\s*\n\s*/g, " ") : text;
    await call<void>((done) =>
      item().setSelectedDataAsync(data, { coercionType: html ? Html : Text }, done)
    );
  }

  return {
    ...unsupportedActions,
    ...outlookSurface(office, "compose"),
    capabilities: {
      insertAtCursor: true,
      replaceSelection: true,
      trackChanges: false,
      comment: false,
      reply: false,
      insertIntoDraft: true,
      readThread: false,
    },

    readSelection: async () => (await selection()).text,

    async readDocument() {
      const text = (await bodyIsHtml())
        ? draftTextOfHtml(await getBody(Html))
        : draftTextOfText(plainLines(await getBody(Text)));
      return { text, headingStarts: [] };
    },

    async insertAtCursor(text) {
      await writeSelection(text, (await selection()).inSubject);
    },

    async replaceSelection(text, { trackChanges }) {
      if (trackChanges) throw unsupported();
      const selected = await selection();
      if (selected.text === "") throw noSelection();
      await writeSelection(text, selected.inSubject);
    },

    async insertIntoDraft(text) {
      const format = (await bodyIsHtml()) ? Html : Text;
      const insert =
        format === Html
          ? (body: string) => insertIntoHtmlDraft(body, textToHtmlParagraphs(text))
          : (body: string) => insertIntoTextDraft(body, text);
      // Outlook writes at the draft's end only by writing the whole body: what the user types
      // between the read and the write would be lost. The body is read again just before the
      // write, and the insertion made again on what changed; a draft that keeps changing is left
      // as it is rather than overwritten.
      let body = await getBody(format);
      for (let reads = 1; ; reads++) {
        const written = insert(body);
        const current = await getBody(format);
        if (current === body) return setBody(written, format);
        if (reads === DRAFT_READS) throw draftKeptChanging();
        body = current;
      }
    },
  };
}
