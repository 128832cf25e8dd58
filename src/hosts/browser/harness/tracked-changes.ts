import { insertText, wrapText } from "./editing.ts";

/** The author Office records for what the add-in writes. */
export const REVISION_AUTHOR = "Plume";

function revision(kind: "del" | "ins"): HTMLElement {
  const mark = document.createElement(kind);
  mark.className = "revision";
  mark.dataset.testid = kind === "del" ? "tracked-deletion" : "tracked-insertion";
  mark.dataset.author = REVISION_AUTHOR;
  mark.title = `${kind === "del" ? "Suppression" : "Insertion"} : ${REVISION_AUTHOR}`;
  return mark;
}

/**
 * Replaces the selection as Word does with Track Changes on: the old text stays, struck through, the new
 * text follows it, underlined, both marked as the author's revisions. Returns the range of the new text.
 */
export function replaceTracked(area: HTMLElement, selection: Range, text: string): Range {
  const deletions = wrapText(selection, () => revision("del"));
  const at = document.createRange();
  const last = deletions[deletions.length - 1];
  if (last === undefined) at.setStart(selection.endContainer, selection.endOffset);
  else at.setStartAfter(last);
  return insertText(area, at, text, (line) => {
    const insertion = revision("ins");
    insertion.textContent = line;
    return insertion;
  });
}
