import type { Host, HostTheme } from "../host.ts";
import { HostError } from "../host.ts";
import {
  CHANNEL,
  fromWireError,
  isPageMessage,
  type Operation,
  type OperationArgs,
  type OperationResult,
  type PaneMessage,
  type Welcome,
} from "./protocol.ts";

export interface BrowserHostOptions {
  /** How long to wait for the page's welcome before giving up (a page that is not the browser host). */
  handshakeTimeoutMs?: number;
}

const NO_PAGE_MESSAGE =
  "Le volet Plume ouvert seul n'a pas de document : ouvrez browser.html, la page d'essai qui imite Word et Outlook.";

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: HostError) => void;
}

/**
 * The host of the pane when it runs in the browser host page (browser.html), inside its iframe: every
 * Host call is a request to that page, which does to its imitation of Word or Outlook what Office would.
 */
export async function createBrowserHost(
  win: Window,
  options: BrowserHostOptions = {}
): Promise<Host> {
  const page = win.parent;
  if (page === win) throw new HostError("unsupported", NO_PAGE_MESSAGE);
  // The page and the pane are served together: anything from another origin is not the host.
  const origin = win.location.origin;
  const post = (message: PaneMessage) => page.postMessage(message, origin);

  const pending = new Map<number, Pending>();
  const themeListeners = new Set<(theme: HostTheme) => void>();
  let theme: HostTheme | undefined;
  let welcomed: (welcome: Welcome) => void = () => undefined;
  const welcome = new Promise<Welcome>((resolve) => (welcomed = resolve));

  win.addEventListener("message", (event: MessageEvent<unknown>) => {
    if (event.source !== page || event.origin !== origin || !isPageMessage(event.data)) return;
    const message = event.data;
    switch (message.kind) {
      case "welcome":
        welcomed(message);
        return;
      case "theme":
        theme = message.theme;
        themeListeners.forEach((listener) => listener(message.theme));
        return;
      case "result":
        pending.get(message.id)?.resolve(message.value);
        pending.delete(message.id);
        return;
      case "failure":
        pending.get(message.id)?.reject(fromWireError(message.error));
        pending.delete(message.id);
        return;
    }
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new HostError("unsupported", NO_PAGE_MESSAGE)),
      options.handshakeTimeoutMs ?? 10_000
    );
  });
  post({ channel: CHANNEL, kind: "hello" });
  const {
    context,
    capabilities,
    theme: initialTheme,
  } = await Promise.race([welcome, timeout]).finally(() => clearTimeout(timer));
  theme = initialTheme;

  let lastId = 0;
  function call<M extends Operation>(
    method: M,
    ...args: OperationArgs<M>
  ): Promise<OperationResult<M>> {
    const id = ++lastId;
    return new Promise<OperationResult<M>>((resolve, reject) => {
      // The page is this add-in's own code, served from the same origin: its results are trusted as typed.
      pending.set(id, { resolve: (value) => resolve(value as OperationResult<M>), reject });
      post({ channel: CHANNEL, kind: "request", id, method, args });
    });
  }

  return {
    context,
    capabilities,
    readSelection: () => call("readSelection"),
    readDocument: () => call("readDocument"),
    readThread: () => call("readThread"),
    insertAtCursor: (text) => call("insertAtCursor", text),
    replaceSelection: (text, replaceOptions) => call("replaceSelection", text, replaceOptions),
    addComment: (text) => call("addComment", text),
    openReply: (text) => call("openReply", text),
    insertIntoDraft: (text) => call("insertIntoDraft", text),
    readTheme: () => theme,
    onThemeChange(listener) {
      themeListeners.add(listener);
      return () => themeListeners.delete(listener);
    },
  };
}
