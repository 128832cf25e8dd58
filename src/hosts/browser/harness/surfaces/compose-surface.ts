import { unsupported } from "../../../office/errors.ts";
import { quotedHistoryStart } from "../../../outlook/quoted-history.ts";
import { signatureStart } from "../../../outlook/signature.ts";
import { joinLines, textLines } from "../block-text.ts";
import { blockOf, insertText, textNode } from "../editing.ts";
import { block, mailBlocks } from "../render.ts";
import { DRAFTS, SIGNATURE, type Draft } from "../samples/mail-samples.ts";
import { rememberSelection } from "../selection-memory.ts";
import { selectionOperations } from "../selection-operations.ts";
import { capabilities, required, type Surface } from "../surface.ts";

/** Where the draft ends in the body's text: at its signature or its quoted history, whichever comes first. */
function draftEnd(text: string): number {
  const ends = [signatureStart(text), quotedHistoryStart(text)].filter((end) => end !== undefined);
  return ends.length === 0 ? text.length : Math.min(...ends);
}

/**
 * The outermost element that starts with `node` (nothing but empty elements, such as Outlook's <hr>,
 * before it): inserting before it puts text above the whole signature or quoted history, not inside.
 */
function outermostStartingWith(node: Element, area: HTMLElement): Element {
  let at = node;
  const startsParent = (element: Element) => {
    for (let before = element.previousSibling; before !== null; before = before.previousSibling) {
      if ((before.textContent ?? "") !== "") return false;
    }
    return true;
  };
  while (at.parentElement !== null && at.parentElement !== area && startsParent(at))
    at = at.parentElement;
  return at;
}

/**
 * Outlook's compose form: recipients, subject, and a body holding the draft, the agent's signature and,
 * for a reply, the quoted original. The draft is what lies above the signature and quoted history,
 * found in the body's text as the Outlook adapter finds it.
 */
export function composeSurface(panel: HTMLElement): Surface {
  const area = required(panel, '[data-testid="compose-body"]');
  const memory = rememberSelection(area, "plume-compose-selection");
  const sampleButtons = [...panel.querySelectorAll<HTMLButtonElement>("button[data-draft]")];

  function open(draft: Draft) {
    required<HTMLInputElement>(panel, '[data-testid="compose-to"]').value = draft.to;
    required<HTMLInputElement>(panel, '[data-testid="compose-subject"]').value = draft.subject;
    area.replaceChildren(...mailBlocks(draft.paragraphs, SIGNATURE, draft.quoted));
    memory.reset();
    sampleButtons.forEach((button) =>
      button.setAttribute("aria-pressed", String(button.dataset.draft === draft.id))
    );
  }
  for (const button of sampleButtons) {
    const draft = DRAFTS.find(({ id }) => id === button.dataset.draft);
    if (draft !== undefined) button.addEventListener("click", () => open(draft));
  }
  const [first] = DRAFTS;
  if (first !== undefined) open(first);

  /** Text as paragraphs where the draft ends, a blank paragraph setting it apart from what follows. */
  function insertIntoDraft(text: string) {
    const lines = textLines(area);
    const body = joinLines(lines);
    const end = draftEnd(body);
    // The signature or history starts on a line of its own, though it may share its block (after a <br>).
    const following =
      end < body.length ? lines.findLast((line) => line.start <= end)?.block : undefined;
    const paragraph = block("p", "");
    if (following === undefined || following === null) area.append(paragraph);
    else outermostStartingWith(following, area).before(paragraph);
    const at = document.createRange();
    at.setStart(paragraph, 0);
    const written = insertText(area, at, text, textNode);
    (blockOf(written.endContainer, area) ?? paragraph).after(block("p", ""));
  }

  const { readSelection, insertAtCursor, replaceSelection } = selectionOperations(area, memory);
  return {
    context: { app: "outlook", surface: "compose" },
    capabilities: capabilities({
      insertAtCursor: true,
      replaceSelection: true,
      insertIntoDraft: true,
    }),
    operations: {
      readSelection,
      insertAtCursor,
      replaceSelection(text, options) {
        // Outlook has no tracked changes.
        if (options.trackChanges) throw unsupported();
        replaceSelection(text, options);
      },
      readDocument: () => {
        const body = joinLines(textLines(area));
        return { text: body.slice(0, draftEnd(body)).trim(), headingStarts: [] };
      },
      insertIntoDraft,
    },
  };
}
