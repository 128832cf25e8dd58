import { tooLong } from "../../../office/errors.ts";
import { tidyThread, withoutQuotedHistory } from "../../../outlook/quoted-history.ts";
import { REPLY_LIMIT } from "../../../outlook/read-host.ts";
import { textToHtmlParagraphs } from "../../../outlook/text-to-html.ts";
import { joinLines, textLines } from "../block-text.ts";
import { paragraphsOf } from "../editing.ts";
import { mailBlocks } from "../render.ts";
import { SIGNATURE, THREAD } from "../samples/mail-samples.ts";
import { capabilities, required, type Surface } from "../surface.ts";

/** Outlook answers "RE: x" to "x", and does not add a second "RE:". */
const replySubject = (subject: string) => (/^RE\s*:/i.test(subject) ? subject : `RE: ${subject}`);

/**
 * Outlook's reading pane: the newest message of the thread, the earlier ones quoted below it. A reply
 * opens under it as Outlook's inline reply does: the text, the signature, then the message quoted.
 */
export function readSurface(panel: HTMLElement): Surface {
  const [message, ...earlier] = THREAD;
  if (message === undefined) throw new Error("THREAD is empty");
  const body = required(panel, '[data-testid="message-body"]');
  const replyView = required(panel, '[data-testid="reply-view"]');
  const replyBody = required(replyView, '[data-testid="reply-body"]');

  required(panel, '[data-testid="message-subject"]').textContent = message.subject;
  required(panel, '[data-testid="message-from"]').textContent = message.from;
  required(panel, '[data-testid="message-to"]').textContent = [message.to, message.cc]
    .filter(Boolean)
    .join("; ");
  required(panel, '[data-testid="message-sent"]').textContent = message.sent;
  body.replaceChildren(...mailBlocks(message.paragraphs, [], earlier));
  required(replyView, '[data-testid="reply-to"]').textContent = message.from;
  required(replyView, '[data-testid="reply-subject"]').textContent = replySubject(message.subject);
  required(replyView, '[data-testid="reply-discard"]').addEventListener("click", () => {
    replyView.hidden = true;
    replyBody.replaceChildren();
  });

  const bodyText = () => joinLines(textLines(body));
  return {
    context: { app: "outlook", surface: "read" },
    capabilities: capabilities({ reply: true, readThread: true }),
    operations: {
      // Outlook gives an add-in no selection in a message being read.
      readSelection: () => "",
      readDocument: () => ({ text: withoutQuotedHistory(bodyText()), headingStarts: [] }),
      readThread: () => tidyThread(bodyText()),
      openReply(text) {
        // Measured on the HTML Outlook receives, as the Outlook adapter sends it.
        if (textToHtmlParagraphs(text).length > REPLY_LIMIT) throw tooLong(REPLY_LIMIT);
        replyBody.replaceChildren(...mailBlocks([...paragraphsOf(text), ""], SIGNATURE, THREAD));
        replyView.hidden = false;
        replyView.scrollIntoView({ block: "nearest" });
      },
    },
  };
}
