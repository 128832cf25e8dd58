import type { Host } from "../host.ts";
import { unsupported } from "./errors.ts";

export type HostActions = Omit<Host, "context" | "capabilities" | "readTheme" | "onThemeChange">;

const refuse = async (): Promise<never> => {
  throw unsupported();
};

/** Every action refusing with "unsupported": each surface overrides the ones it has. */
export const unsupportedActions: HostActions = {
  readSelection: refuse,
  readDocument: refuse,
  readThread: refuse,
  insertAtCursor: refuse,
  replaceSelection: refuse,
  addComment: refuse,
  openReply: refuse,
  insertIntoDraft: refuse,
};
