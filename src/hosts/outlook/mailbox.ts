/// <reference types="office-js" />
import { HostError, type Host, type HostSurface } from "../host.ts";
import { displayLanguage } from "../office/language.ts";
import { mailboxThemeEvents } from "../office/theme-events.ts";
import { readOfficeTheme } from "../office/theme.ts";

export type MailItem = NonNullable<typeof Office.context.mailbox.item>;

/** The item open now: read at each call, as a pinned pane moves from message to message. */
export function currentItem(office: typeof Office): MailItem {
  const item = office.context.mailbox.item;
  if (item === null || item === undefined)
    throw new HostError("host-failed", "Aucun message n'est ouvert.");
  return item;
}

/** Only a message being written has setSelectedDataAsync. */
export function isCompose(item: MailItem | null | undefined): boolean {
  return typeof item?.setSelectedDataAsync === "function";
}

/** Outlook's body text with "\n" line ends. */
export function plainLines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** What both Outlook surfaces share: context and theme. */
export function outlookSurface(
  office: typeof Office,
  surface: Extract<HostSurface, "read" | "compose">
): Pick<Host, "context" | "readTheme" | "onThemeChange"> {
  return {
    context: { app: "outlook", surface, displayLanguage: displayLanguage(office) },
    readTheme: () => readOfficeTheme(office),
    onThemeChange: mailboxThemeEvents(office),
  };
}
