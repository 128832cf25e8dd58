/// <reference types="office-js" />
import type { Host } from "../host.ts";
import { createOutlookHost } from "../outlook/outlook-host.ts";
import { createWordHost } from "../word/word-host.ts";
import { unsupported } from "./errors.ts";

/**
 * The host the task pane runs in, once Office is ready: Word, or Outlook on the surface of the open
 * item. The only place that touches the Office.js globals; the adapters take them as arguments.
 */
export async function createOfficeHost(): Promise<Host> {
  const { host } = await Office.onReady();
  switch (host) {
    case Office.HostType.Word:
      return createWordHost(Office, Word);
    case Office.HostType.Outlook:
      return createOutlookHost(Office);
    default:
      throw unsupported();
  }
}
