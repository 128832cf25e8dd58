import { noSelection } from "../../office/errors.ts";
import { rangeText } from "./block-text.ts";
import { caretAfter, insertAfter, replaceText } from "./editing.ts";
import type { SelectionMemory } from "./selection-memory.ts";
import { replaceTracked } from "./tracked-changes.ts";

/** Reading and writing at the remembered selection of `area`: what Word and Outlook's compose body share. */
export function selectionOperations(
  area: HTMLElement,
  memory: SelectionMemory,
  afterWrite: () => void = () => {}
) {
  const selected = () => {
    const selection = memory.selected();
    if (selection === undefined) throw noSelection();
    return selection;
  };
  return {
    selected,
    readSelection: () => {
      const selection = memory.selected();
      return selection === undefined ? "" : rangeText(selection);
    },
    insertAtCursor: (text: string) => {
      const selection = memory.current();
      const written = insertAfter(area, selection, text);
      // A selection stays selected, as in Word; a caret moves on past the text, as after pasting.
      memory.remember(selection.collapsed ? caretAfter(written) : selection);
      afterWrite();
    },
    replaceSelection: (text: string, { trackChanges }: { trackChanges: boolean }) => {
      const selection = selected();
      memory.remember(
        trackChanges ? replaceTracked(area, selection, text) : replaceText(area, selection, text)
      );
      afterWrite();
    },
  };
}
