/// <reference types="office-js" />
import type { HostTheme } from "../host.ts";
import { supports } from "./requirements.ts";
import { hostThemeFrom } from "./theme.ts";

export type ThemeListener = (theme: HostTheme) => void;

/** Subscribes a listener to theme changes; returns the unsubscribe function. */
export type ThemeEvents = (listener: ThemeListener) => () => void;

/** For hosts that fire no theme change (Word): the pane reads the theme once. */
export const noThemeEvents: ThemeEvents = () => () => undefined;

/**
 * Outlook's OfficeThemeChanged (Mailbox 1.14), through one mailbox handler shared by all listeners:
 * removeHandlerAsync removes every handler of the event type, so the handler stays registered while
 * any listener remains.
 */
export function mailboxThemeEvents(office: typeof Office): ThemeEvents {
  if (!supports(office, "Mailbox", "1.14")) return noThemeEvents;
  const listeners = new Set<ThemeListener>();
  const eventType = office.EventType.OfficeThemeChanged;
  const handler = (event: Office.OfficeThemeChangedEventArgs) => {
    const theme = hostThemeFrom(event.officeTheme);
    for (const listener of [...listeners]) listener(theme);
  };
  return (listener) => {
    const wrapped: ThemeListener = (theme) => listener(theme);
    listeners.add(wrapped);
    if (listeners.size === 1) office.context.mailbox.addHandlerAsync(eventType, handler);
    return () => {
      if (listeners.delete(wrapped) && listeners.size === 0)
        office.context.mailbox.removeHandlerAsync(eventType);
    };
  };
}
