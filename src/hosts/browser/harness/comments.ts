import { wrapText } from "./editing.ts";
import { REVISION_AUTHOR } from "./tracked-changes.ts";

export interface CommentsColumn {
  /** Highlights `range` and shows `text` beside it in the margin, by Plume. */
  add(range: Range, text: string): void;
  /** Moves each comment level with its highlight again (after the text moved). */
  layout(): void;
  clear(): void;
}

const GAP_PX = 8;

/**
 * Word's comment pane: cards in a column beside the page, each level with the text it is about, pushed
 * down when the one above would overlap it. `column` holds an <ol> of cards.
 */
export function commentsColumn(area: HTMLElement, column: HTMLElement): CommentsColumn {
  const list = column.querySelector("ol")!;
  let count = 0;

  const anchorsOf = (card: HTMLElement) =>
    area.querySelectorAll<HTMLElement>(`[data-comment="${card.dataset.comment ?? ""}"]`);

  function layout() {
    let bottom = 0;
    const top = list.getBoundingClientRect().top;
    for (const card of list.querySelectorAll<HTMLElement>("li")) {
      const anchor = anchorsOf(card)[0];
      const wanted = anchor === undefined ? bottom : anchor.getBoundingClientRect().top - top;
      const at = Math.max(wanted, bottom);
      card.style.top = `${at}px`;
      bottom = at + card.offsetHeight + GAP_PX;
    }
    list.style.minHeight = `${bottom}px`;
  }

  /** Hovering or focusing a card shows which text it is about. */
  function linkCard(card: HTMLElement) {
    const mark = (active: boolean) =>
      anchorsOf(card).forEach((anchor) => anchor.classList.toggle("active", active));
    card.addEventListener("mouseenter", () => mark(true));
    card.addEventListener("mouseleave", () => mark(false));
    card.addEventListener("focusin", () => mark(true));
    card.addEventListener("focusout", () => mark(false));
  }

  return {
    add(range, text) {
      count += 1;
      const id = String(count);
      wrapText(range, () => {
        const anchor = document.createElement("mark");
        anchor.className = "comment-anchor";
        anchor.dataset.testid = "comment-anchor";
        anchor.dataset.comment = id;
        return anchor;
      });
      const card = document.createElement("li");
      card.className = "comment";
      card.dataset.testid = "comment";
      card.dataset.comment = id;
      card.tabIndex = 0;
      const author = document.createElement("strong");
      author.className = "comment-author";
      author.textContent = REVISION_AUTHOR;
      const body = document.createElement("p");
      body.className = "comment-text";
      body.textContent = text;
      card.append(author, body);
      linkCard(card);
      // Cards follow their text's order, as Word's balloons do.
      const after = [...list.children].find((other) => {
        const otherAnchor = anchorsOf(other as HTMLElement)[0];
        const anchor = anchorsOf(card)[0];
        return (
          otherAnchor !== undefined &&
          anchor !== undefined &&
          (anchor.compareDocumentPosition(otherAnchor) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
        );
      });
      list.insertBefore(card, after ?? null);
      layout();
    },
    layout,
    clear() {
      list.replaceChildren();
      layout();
    },
  };
}
