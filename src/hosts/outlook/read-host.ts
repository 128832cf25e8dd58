/// <reference types="office-js" />
import type { Host } from "../host.ts";
import { hostFailed, tooLong } from "../office/errors.ts";
import { officeCaller } from "../office/office-async.ts";
import { supports } from "../office/requirements.ts";
import { unsupportedActions } from "../office/unsupported-actions.ts";
import { currentItem, outlookSurface, plainLines } from "./mailbox.ts";
import { tidyThread, withoutQuotedHistory } from "./quoted-history.ts";
import { textToHtmlParagraphs } from "./text-to-html.ts";

/** Outlook's limit on the body of a reply form, in characters of its HTML. */
export const REPLY_LIMIT = 32 * 1024;

/** Outlook, a message being read (Mailbox 1.3 and up): read it, open a reply holding the answer. */
export function createReadHost(office: typeof Office): Host {
  const call = officeCaller(office);
  const replyAsync = supports(office, "Mailbox", "1.9");
  const bodyText = async () =>
    plainLines(
      await call<string>((done) =>
        currentItem(office).body.getAsync(office.CoercionType.Text, done)
      )
    );

  return {
    ...unsupportedActions,
    ...outlookSurface(office, "read"),
    capabilities: {
      insertAtCursor: false,
      replaceSelection: false,
      trackChanges: false,
      comment: false,
      reply: true,
      insertIntoDraft: false,
      readThread: true,
    },

    readSelection: async () => "",
    readDocument: async () => ({ text: withoutQuotedHistory(await bodyText()), headingStarts: [] }),
    readThread: async () => tidyThread(await bodyText()),

    async openReply(text) {
      const html = textToHtmlParagraphs(text);
      if (html.length > REPLY_LIMIT) throw tooLong(REPLY_LIMIT);
      const item = currentItem(office);
      if (replyAsync) {
        await call<void>((done) => item.displayReplyFormAsync(html, done));
        return;
      }
      try {
        item.displayReplyForm(html);
      } catch (error) {
        throw hostFailed(error);
      }
    },
  };
}
