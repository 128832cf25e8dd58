import type { Action } from "../../assistant/actions.ts";
import type { HostContext } from "../../hosts/host.ts";

/** Where an action's text comes from: what the user selected, or a whole document, message or draft. */
export type SourceKind = "selection" | "document" | "message" | "thread" | "draft" | "none";

export interface ActionOffer {
  action: Action;
  /** The sources the user may choose from, the default first. */
  sources: SourceKind[];
}

/** What each surface offers, in the order shown (PRODUCT.md, "Actions"). */
const OFFERS: Record<HostContext["surface"], ActionOffer[]> = {
  document: [
    { action: "summarise", sources: ["document", "selection"] },
    { action: "draft", sources: ["none"] },
    { action: "rewrite", sources: ["selection"] },
    { action: "correct", sources: ["selection"] },
    { action: "translate", sources: ["selection"] },
    { action: "question", sources: ["selection", "document"] },
  ],
  read: [
    { action: "summarise", sources: ["message", "thread"] },
    { action: "reply", sources: ["message"] },
  ],
  compose: [
    { action: "draft", sources: ["none"] },
    { action: "rewrite", sources: ["selection", "draft"] },
    { action: "correct", sources: ["selection", "draft"] },
  ],
};

/** The actions to offer here: the surface's, less those the policy disables. */
export function offersFor(
  surface: HostContext["surface"],
  enabled: readonly Action[]
): ActionOffer[] {
  return OFFERS[surface].filter((offer) => enabled.includes(offer.action));
}
