/// <reference types="office-js" />
import type { Host } from "../host.ts";
import { createComposeHost } from "./compose-host.ts";
import { isCompose } from "./mailbox.ts";
import { createReadHost } from "./read-host.ts";

/** Outlook (Mailbox 1.3 and up), on the surface of the item the pane opened on. */
export function createOutlookHost(office: typeof Office): Host {
  return isCompose(office.context.mailbox.item)
    ? createComposeHost(office)
    : createReadHost(office);
}
