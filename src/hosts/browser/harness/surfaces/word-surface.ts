import { documentOf, textLines } from "../block-text.ts";
import { commentsColumn } from "../comments.ts";
import { documentBlocks } from "../render.ts";
import { pastedDocument, WORD_SAMPLES, type Paragraph } from "../samples/word-samples.ts";
import { rememberSelection } from "../selection-memory.ts";
import { selectionOperations } from "../selection-operations.ts";
import { capabilities, required, type Surface } from "../surface.ts";

/**
 * Word: a page holding one of the sample documents or pasted text, and a comments column beside it.
 * Insert, replace (tracked or not) and comment act on the selection the user last made in the page.
 */
export function wordSurface(panel: HTMLElement): Surface {
  const area = required(panel, '[data-testid="document"]');
  const comments = commentsColumn(area, required(panel, '[data-testid="comments"]'));
  const memory = rememberSelection(area, "plume-document-selection");
  const sampleButtons = [...panel.querySelectorAll<HTMLButtonElement>("button[data-sample]")];

  function open(paragraphs: readonly Paragraph[], sampleId?: string) {
    area.replaceChildren(...documentBlocks(paragraphs));
    comments.clear();
    memory.reset();
    sampleButtons.forEach((button) =>
      button.setAttribute("aria-pressed", String(button.dataset.sample === sampleId))
    );
  }

  for (const button of sampleButtons) {
    const sample = WORD_SAMPLES.find(({ id }) => id === button.dataset.sample);
    if (sample !== undefined)
      button.addEventListener("click", () => open(sample.paragraphs, sample.id));
  }
  const pasteForm = required<HTMLFormElement>(panel, '[data-testid="paste-form"]');
  pasteForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = required<HTMLTextAreaElement>(pasteForm, "textarea").value;
    if (text.trim() !== "") open(pastedDocument(text));
  });
  area.addEventListener("input", comments.layout);
  window.addEventListener("resize", comments.layout);

  const [first] = WORD_SAMPLES;
  if (first !== undefined) open(first.paragraphs, first.id);

  const { selected, ...atSelection } = selectionOperations(area, memory, comments.layout);
  return {
    context: { app: "word", surface: "document" },
    onShow: comments.layout,
    capabilities: capabilities({
      insertAtCursor: true,
      replaceSelection: true,
      trackChanges: true,
      comment: true,
    }),
    operations: {
      ...atSelection,
      readDocument: () => documentOf(textLines(area)),
      addComment: (text) => comments.add(selected(), text),
    },
  };
}
