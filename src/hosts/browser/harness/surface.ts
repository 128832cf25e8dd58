import type { HostCapabilities, HostContext } from "../../host.ts";
import type { Operation, OperationArgs, OperationResult } from "../protocol.ts";

/** What a surface does for each Host method it has; a method it lacks is "unsupported" there. */
export type SurfaceOperations = {
  [M in Operation]?: (...args: OperationArgs<M>) => OperationResult<M>;
};

/** One of the page's imitations of Office: Word's document, a mail being read, a mail being written. */
export interface Surface {
  readonly context: Omit<HostContext, "displayLanguage">;
  readonly capabilities: HostCapabilities;
  readonly operations: SurfaceOperations;
  /** Called when the surface comes into view, to lay out what needs its size. */
  readonly onShow?: () => void;
}

/** Capabilities as Office reports them: what is not named is not there. */
export function capabilities(granted: Partial<HostCapabilities>): HostCapabilities {
  return {
    insertAtCursor: false,
    replaceSelection: false,
    trackChanges: false,
    comment: false,
    reply: false,
    insertIntoDraft: false,
    readThread: false,
    ...granted,
  };
}

/** The element `selector` finds in `root`; the page's markup and this code ship together. */
export function required<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (found === null) throw new Error(`browser.html lacks ${selector}`);
  return found;
}
