/// <reference types="office-js" />
import type { Host, HostCapabilities } from "../host.ts";
import { hostFailed, noSelection, unsupported } from "../office/errors.ts";
import { displayLanguage } from "../office/language.ts";
import { supports } from "../office/requirements.ts";
import { noThemeEvents } from "../office/theme-events.ts";
import { readOfficeTheme } from "../office/theme.ts";
import { unsupportedActions } from "../office/unsupported-actions.ts";
import { documentFromParagraphs, fromWordText } from "./word-document.ts";

/** The part of the `Word` namespace the adapter uses, so tests can pass a stand-in. */
export interface WordRunner {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
}

/** Line ends as Word's insertText expects them: each "\n" starts a new paragraph. */
function toWordText(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

function wordCapabilities(office: typeof Office): HostCapabilities {
  const wordApi14 = supports(office, "WordApi", "1.4");
  return {
    insertAtCursor: true,
    replaceSelection: true,
    trackChanges: wordApi14,
    comment: wordApi14,
    reply: false,
    insertIntoDraft: false,
    readThread: false,
  };
}

/**
 * Word (WordApi 1.1 and up). Each write is one operation in one batch, after the reads it depends on,
 * so a failure leaves the document as it was.
 */
export function createWordHost(office: typeof Office, word: WordRunner): Host {
  const capabilities = wordCapabilities(office);
  const withBuiltInStyles = supports(office, "WordApi", "1.3");
  const run = <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> =>
    word.run(batch).catch((error: unknown) => {
      throw hostFailed(error);
    });

  /** The selection with its text loaded; "no-selection" when it is empty. */
  async function nonEmptySelection(context: Word.RequestContext): Promise<Word.Range> {
    const selection = context.document.getSelection();
    selection.load("text");
    await context.sync();
    if (selection.text === "") throw noSelection();
    return selection;
  }

  return {
    ...unsupportedActions,
    context: { app: "word", surface: "document", displayLanguage: displayLanguage(office) },
    capabilities,

    readSelection: () =>
      run(async (context) => {
        const selection = context.document.getSelection();
        selection.load("text");
        await context.sync();
        return fromWordText(selection.text);
      }),

    readDocument: () =>
      run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load(withBuiltInStyles ? "text,outlineLevel,styleBuiltIn" : "text,outlineLevel");
        await context.sync();
        return documentFromParagraphs(
          paragraphs.items.map((paragraph) => ({
            text: paragraph.text,
            outlineLevel: paragraph.outlineLevel,
            styleBuiltIn: withBuiltInStyles ? paragraph.styleBuiltIn : undefined,
          }))
        );
      }),

    insertAtCursor: (text) =>
      run(async (context) => {
        context.document.getSelection().insertText(toWordText(text), "After");
        await context.sync();
      }),

    async replaceSelection(text, { trackChanges }) {
      if (trackChanges && !capabilities.trackChanges) throw unsupported();
      await run(async (context) => {
        const wordDocument = context.document;
        if (trackChanges) wordDocument.load("changeTrackingMode");
        const selection = await nonEmptySelection(context);
        if (!trackChanges) {
          selection.insertText(toWordText(text), "Replace");
          await context.sync();
          return;
        }
        const previousMode = wordDocument.changeTrackingMode;
        wordDocument.changeTrackingMode = "TrackAll";
        selection.insertText(toWordText(text), "Replace");
        wordDocument.changeTrackingMode = previousMode;
        try {
          await context.sync();
        } catch (error) {
          // A batch stops at its failing operation: tracking may already be on. Put it back if Word lets us.
          wordDocument.changeTrackingMode = previousMode;
          await context.sync().catch(() => undefined);
          throw error;
        }
      });
    },

    async addComment(text) {
      if (!capabilities.comment) throw unsupported();
      await run(async (context) => {
        const selection = await nonEmptySelection(context);
        selection.insertComment(text);
        await context.sync();
      });
    },

    readTheme: () => readOfficeTheme(office),
    onThemeChange: noThemeEvents,
  };
}
