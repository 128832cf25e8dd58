import type { Paragraph } from "./samples/word-samples.ts";
import { quotedHeader, type MailMessage } from "./samples/mail-samples.ts";

/*
 * Sample content as the DOM of an editable area: one block per paragraph, as Word and Outlook's
 * editors hold it.
 */

/** A block holding `text`; an empty one keeps its height with a <br>, as a browser's editor does. */
export function block(tag: string, text: string): HTMLElement {
  const element = document.createElement(tag);
  if (text === "") element.append(document.createElement("br"));
  else element.textContent = text;
  return element;
}

export const documentBlocks = (paragraphs: readonly Paragraph[]): HTMLElement[] =>
  paragraphs.map(({ tag, text }) => block(tag, text));

/** The signature, its lines in a block of their own so the page can set it apart. */
export function signatureBlock(lines: readonly string[]): HTMLElement {
  const signature = document.createElement("div");
  signature.className = "signature";
  signature.dataset.testid = "signature";
  signature.append(...lines.map((line) => block("p", line)));
  return signature;
}

/** Earlier messages as French Outlook quotes them: a rule, a "De : / Envoyé : / À : / Objet :" header, the body. */
export function quotedHistory(messages: readonly MailMessage[]): HTMLElement {
  const history = document.createElement("div");
  history.className = "quoted-history";
  history.dataset.testid = "quoted-history";
  for (const message of messages) {
    const header = document.createElement("div");
    header.className = "quoted-header";
    header.append(
      ...quotedHeader(message).map(([label, value]) => {
        const line = document.createElement("p");
        const name = document.createElement("b");
        name.textContent = label;
        line.append(name, ` ${value}`);
        return line;
      })
    );
    history.append(
      document.createElement("hr"),
      header,
      ...message.paragraphs.map((text) => block("p", text))
    );
  }
  return history;
}

/** A mail body: the text, then the signature and the quoted messages when there are any. */
export function mailBlocks(
  paragraphs: readonly string[],
  signature: readonly string[],
  quoted: readonly MailMessage[]
): HTMLElement[] {
  return [
    ...paragraphs.map((text) => block("p", text)),
    ...(signature.length === 0 ? [] : [signatureBlock(signature)]),
    ...(quoted.length === 0 ? [] : [quotedHistory(quoted)]),
  ];
}
