import type { HostTheme } from "../../host.ts";
import { unsupported } from "../../office/errors.ts";
import {
  CHANNEL,
  isPaneMessage,
  parseArgs,
  toWireError,
  type Operation,
  type OperationResult,
  type PageMessage,
} from "../protocol.ts";
import type { Surface } from "./surface.ts";

/** What the page tells a pane when it says hello: where it runs, as things stand now. */
export interface PaneSetting {
  surface: Surface;
  displayLanguage: string;
  theme: HostTheme;
}

export interface PaneLink {
  /** Tells the pane the theme changed, as Office's OfficeThemeChanged event does. */
  pushTheme(theme: HostTheme): void;
}

function perform<M extends Operation>(
  surface: Surface,
  method: M,
  args: readonly unknown[]
): OperationResult<M> {
  const operation = surface.operations[method];
  if (operation === undefined) throw unsupported();
  return operation(...parseArgs(method, args));
}

/**
 * Answers the pane in `frame`, and nothing else: only messages from that frame's window, at this page's
 * origin, count. A pane's requests go to the surface it was welcomed on, even once the page has moved
 * to another (its frame is then reloading).
 */
export function linkPane(frame: HTMLIFrameElement, setting: () => PaneSetting): PaneLink {
  const origin = window.location.origin;
  let paneSurface: Surface | undefined;
  const post = (message: PageMessage) => frame.contentWindow?.postMessage(message, origin);

  window.addEventListener("message", (event: MessageEvent<unknown>) => {
    if (event.source === null || event.source !== frame.contentWindow || event.origin !== origin)
      return;
    const message = event.data;
    if (!isPaneMessage(message)) return;
    if (message.kind === "hello") {
      const { surface, displayLanguage, theme } = setting();
      paneSurface = surface;
      post({
        channel: CHANNEL,
        kind: "welcome",
        context: { ...surface.context, displayLanguage },
        capabilities: surface.capabilities,
        theme,
      });
      return;
    }
    const { id, method, args } = message;
    try {
      if (paneSurface === undefined) throw unsupported();
      post({ channel: CHANNEL, kind: "result", id, value: perform(paneSurface, method, args) });
    } catch (error) {
      post({ channel: CHANNEL, kind: "failure", id, error: toWireError(error) });
    }
  });

  return {
    pushTheme: (theme) => post({ channel: CHANNEL, kind: "theme", theme }),
  };
}
