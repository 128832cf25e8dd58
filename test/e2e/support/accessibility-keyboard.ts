/*
 * Moving through the pane with the keyboard only, and what sticks out of a narrow pane.
 */
import type { Frame, Locator, Page } from "playwright-core";

/** The most Tab presses between two controls of one screen before giving up. */
const MAX_TABS = 40;

const isFocused = (target: Locator) =>
  target.evaluate((element) => element === document.activeElement);

/**
 * Presses Tab (Shift+Tab with `backwards`) until `target` has the focus, as a keyboard user looks for a
 * control; fails when it never gets it.
 */
export async function tabTo(page: Page, target: Locator, backwards = false): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses <= MAX_TABS; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`${target} is not reachable with ${backwards ? "Shift+Tab" : "Tab"}`);
}

/**
 * What would give the pane a horizontal scrollbar or be cut at its right edge: the page wider than the
 * frame, a box that scrolls sideways, a visible element reaching past the frame's width (what a box
 * clips, such as the sliding bar of an indeterminate progress bar, reaches no further than the box).
 */
export function horizontalOverflow(pane: Frame): Promise<string[]> {
  return pane.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${element.getAttribute("data-testid") ? `[data-testid=${element.getAttribute("data-testid")}]` : ""} «${(element.textContent ?? "").trim().slice(0, 40)}»`;
    const visibleRight = (element: Element) => {
      let right = element.getBoundingClientRect().right;
      for (let box = element.parentElement; box; box = box.parentElement)
        if (getComputedStyle(box).overflowX !== "visible")
          right = Math.min(right, box.getBoundingClientRect().right);
      return right;
    };
    const found: string[] = [];
    const page = document.scrollingElement ?? document.documentElement;
    if (page.scrollWidth > page.clientWidth)
      found.push(`the page scrolls sideways (${page.scrollWidth} px > ${page.clientWidth} px)`);
    for (const element of document.body.querySelectorAll("*")) {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || style.visibility === "hidden") continue;
      if (["auto", "scroll"].includes(style.overflowX) && element.scrollWidth > element.clientWidth)
        found.push(
          `${describe(element)} scrolls sideways (${element.scrollWidth} px > ${element.clientWidth} px)`
        );
      else if (visibleRight(element) > width + 0.5)
        found.push(`${describe(element)} reaches ${Math.round(box.right)} px of ${width} px`);
    }
    return found;
  });
}
