import type { Host, HostDocument } from "../../hosts/host.ts";
import type { SourceKind } from "./action-offers.ts";
import { PaneError } from "./pane-error.ts";

const EMPTY: HostDocument = { text: "", headingStarts: [] };

/**
 * Characters no document text holds: NUL, other C0 controls except those Word and Outlook use
 * (tab, line and paragraph breaks, \u0007 cell ends, \u000B manual breaks, \u000C page breaks), and
 * the replacement character left by a binary file read as text.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNREADABLE = /[\u0000-\u0006\u000E-\u001F\uFFFD]/g;

/** Whether a text is mostly unreadable bytes rather than prose (a pasted binary file). */
export function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const unreadable = text.match(UNREADABLE)?.length ?? 0;
  return unreadable > 16 && unreadable / text.length > 0.01;
}

/** Reads the text an action works on, refusing what cannot be sent with a reason the pane explains. */
export async function readSource(host: Host, kind: SourceKind): Promise<HostDocument> {
  let source: HostDocument;
  switch (kind) {
    case "none":
      return EMPTY;
    case "selection":
      source = { text: await host.readSelection(), headingStarts: [] };
      if (!source.text.trim()) throw new PaneError("noSelection");
      break;
    case "thread":
      source = await host.readThread();
      break;
    default:
      source = await host.readDocument();
  }
  if (!source.text.trim()) throw new PaneError("emptySource");
  if (looksBinary(source.text)) throw new PaneError("binarySource");
  return source;
}
