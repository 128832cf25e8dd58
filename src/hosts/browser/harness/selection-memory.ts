import { caretAtStart } from "./editing.ts";

/**
 * The selection of an editable area as Word keeps it while the user works in the task pane: the last
 * selection (or caret) made in the area, still shown, greyed, once focus has moved away.
 */
export interface SelectionMemory {
  /** The remembered selection, or the caret at the start of the area when there is none yet. */
  current(): Range;
  /** The remembered selection when it holds something, undefined for a mere caret. */
  selected(): Range | undefined;
  /** Takes `range` as the selection, as Office does after a write. */
  remember(range: Range): void;
  /** Forgets the selection (a new document was opened). */
  reset(): void;
}

/**
 * Follows the document's selection while the area has focus. The page's own selection is never moved:
 * setting it would take focus back from the pane. `highlight` names the CSS highlight that paints the
 * remembered selection while focus is elsewhere (`::highlight(name)` in the page's style).
 */
export function rememberSelection(area: HTMLElement, highlight: string): SelectionMemory {
  let remembered: Range | undefined;

  const paint = () => {
    if (remembered === undefined || area.contains(document.activeElement))
      CSS.highlights.delete(highlight);
    else CSS.highlights.set(highlight, new Highlight(remembered));
  };
  const follow = () => {
    const selection = document.getSelection();
    // The DOM's Selection, which office-addins' rules take for Word's (same method name).
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    if (selection === null || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (area.contains(range.commonAncestorContainer)) remembered = range.cloneRange();
  };

  document.addEventListener("selectionchange", () => {
    // Writes move the page's stale selection too: only the user's own moves, made in the area, count.
    if (area.contains(document.activeElement)) follow();
  });
  // The last selectionchange may still be queued when focus leaves: read the selection now.
  area.addEventListener("focusout", () => {
    follow();
    paint();
  });
  area.addEventListener("focusin", paint);

  return {
    current: () => remembered ?? caretAtStart(area),
    selected: () => (remembered === undefined || remembered.collapsed ? undefined : remembered),
    remember(range) {
      remembered = range;
      paint();
    },
    reset() {
      remembered = undefined;
      paint();
    },
  };
}
