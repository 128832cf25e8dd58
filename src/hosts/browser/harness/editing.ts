import { isBlock } from "./block-text.ts";

/*
 * The edits Word and Outlook make to a body, done on the DOM of an editable area whose paragraphs are
 * block elements (p, h1…). Each takes a Range and returns the Range of what it wrote, so the caller can
 * remember it as the new selection.
 */

/** The innermost block holding `node` inside `area`; null when the node lies directly in the area. */
export function blockOf(node: Node, area: HTMLElement): Element | null {
  for (let at: Node | null = node; at !== null && at !== area; at = at.parentNode) {
    if (isBlock(at)) return at;
  }
  return null;
}

/** The caret where Word puts it when a document opens: at the start of the first paragraph. */
export function caretAtStart(area: HTMLElement): Range {
  const caret = document.createRange();
  let first: Node = area;
  while (first.firstChild !== null && isBlock(first.firstChild)) first = first.firstChild;
  caret.setStart(first, 0);
  return caret;
}

/** An empty paragraph keeps its height (and stays reachable with the caret) only with a <br> in it. */
function keepHeight(block: Element): void {
  if (block.textContent === "" && block.querySelector("br") === null)
    block.append(document.createElement("br"));
}

/** Text as Word's insertText reads it: each line ending starts a new paragraph. */
export const paragraphsOf = (text: string): string[] => text.replace(/\r\n?/g, "\n").split("\n");

/**
 * Inserts `text` at the collapsed range `at`, as Word does: the first line continues the paragraph
 * there, every further line is a new paragraph, and what followed the caret ends the last one.
 * `inline` makes the node holding a line (a text node, or a tracked insertion).
 */
export function insertText(
  area: HTMLElement,
  at: Range,
  text: string,
  inline: (line: string) => Node
): Range {
  const [first = "", ...rest] = paragraphsOf(text);
  let block = blockOf(at.startContainer, area);
  if (block === null) {
    block = document.createElement("p");
    at.insertNode(block);
    at.setStart(block, 0);
  }
  const firstNode = inline(first);
  at.insertNode(firstNode);
  const written = document.createRange();
  written.setStartBefore(firstNode);
  written.setEndAfter(firstNode);
  if (rest.length === 0) return written;

  const tail = document.createRange();
  tail.setStartAfter(firstNode);
  tail.setEnd(block, block.childNodes.length);
  const after = tail.extractContents();
  const hasTail = (after.textContent ?? "") !== "";
  let previous = block;
  rest.forEach((line, index) => {
    const last = index === rest.length - 1;
    // A paragraph split in two keeps its style on both sides; new paragraphs are body text.
    const paragraph = document.createElement(last && hasTail ? block.tagName : "p");
    const lineNode = inline(line);
    paragraph.append(lineNode);
    if (last) {
      paragraph.append(after);
      written.setEndAfter(lineNode);
    }
    previous.after(paragraph);
    keepHeight(paragraph);
    previous = paragraph;
  });
  keepHeight(block);
  return written;
}

/**
 * Deletes what `range` covers; paragraphs it joins become one, as when the user deletes a selection.
 * `range` ends collapsed where the text was.
 */
export function deleteJoining(area: HTMLElement, range: Range): void {
  const startBlock = blockOf(range.startContainer, area);
  const endBlock = blockOf(range.endContainer, area);
  // deleteContents collapses a range spanning paragraphs to between them; the start point stays put.
  const start = range.cloneRange();
  start.collapse(true);
  range.deleteContents();
  if (startBlock !== null && endBlock !== null && startBlock !== endBlock && endBlock.isConnected) {
    startBlock.append(...endBlock.childNodes);
    endBlock.remove();
  }
  range.setStart(start.startContainer, start.startOffset);
  range.collapse(true);
}

/** Wraps each piece of text `range` covers in an element of its own (tracked deletion, comment anchor). */
export function wrapText(range: Range, wrapper: () => HTMLElement): HTMLElement[] {
  const root = range.commonAncestorContainer;
  const pieces: { node: Text; from: number; to: number }[] = [];
  const consider = (node: Text) => {
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.length;
    if (from < to && range.intersectsNode(node)) pieces.push({ node, from, to });
  };
  if (root instanceof Text) consider(root);
  else {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
      consider(node as Text);
  }
  return pieces.map(({ node, from, to }) => {
    if (to < node.length) node.splitText(to);
    const piece = from > 0 ? node.splitText(from) : node;
    const element = wrapper();
    piece.before(element);
    element.append(piece);
    return element;
  });
}

export const textNode = (line: string): Node => document.createTextNode(line);

/** Replaces what `selection` covers with `text`, as typing over a selection does. */
export function replaceText(area: HTMLElement, selection: Range, text: string): Range {
  deleteJoining(area, selection);
  return insertText(area, selection, text, textNode);
}

/** Inserts `text` after `selection` (Word's insertText "After"), leaving the selection as it was. */
export function insertAfter(area: HTMLElement, selection: Range, text: string): Range {
  const at = selection.cloneRange();
  at.collapse(false);
  return insertText(area, at, text, textNode);
}

/** The caret just after `range`, where typing would go on. */
export function caretAfter(range: Range): Range {
  const caret = range.cloneRange();
  caret.collapse(false);
  return caret;
}
