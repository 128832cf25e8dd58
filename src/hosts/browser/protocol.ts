import type { Host, HostCapabilities, HostContext, HostErrorCode, HostTheme } from "../host.ts";
import { HostError } from "../host.ts";
import { hostFailed } from "../office/errors.ts";

/*
 * What the task pane (in an iframe) and the browser host page say to each other through postMessage.
 * The pane says hello, the page welcomes it with the context, capabilities and theme; then the pane
 * sends requests, each answered once by a result or a failure, and the page pushes theme changes.
 * Both sides post to their own origin only and accept messages only from the other window at that origin.
 */

/** Marks Plume's messages among whatever else is posted to the window (extensions, dev tools). */
export const CHANNEL = "plume-browser-host/1";

/** The Host methods the page carries out. */
export const OPERATIONS = [
  "readSelection",
  "readDocument",
  "readThread",
  "insertAtCursor",
  "replaceSelection",
  "addComment",
  "openReply",
  "insertIntoDraft",
] as const;

export type Operation = (typeof OPERATIONS)[number];
export type OperationArgs<M extends Operation> = Parameters<Host[M]>;
export type OperationResult<M extends Operation> = Awaited<ReturnType<Host[M]>>;

/** A HostError as it crosses the frame boundary (an Error instance would lose its class). */
export interface WireHostError {
  code: HostErrorCode;
  message: string;
  limit?: number;
}

export interface Welcome {
  context: HostContext;
  capabilities: HostCapabilities;
  theme: HostTheme | undefined;
}

/** From the pane to the page. */
export type PaneMessage =
  | { channel: typeof CHANNEL; kind: "hello" }
  | { channel: typeof CHANNEL; kind: "request"; id: number; method: Operation; args: unknown[] };

/** From the page to the pane. */
export type PageMessage =
  | ({ channel: typeof CHANNEL; kind: "welcome" } & Welcome)
  | { channel: typeof CHANNEL; kind: "result"; id: number; value: unknown }
  | { channel: typeof CHANNEL; kind: "failure"; id: number; error: WireHostError }
  | { channel: typeof CHANNEL; kind: "theme"; theme: HostTheme };

const ERROR_CODES: readonly HostErrorCode[] = [
  "no-selection",
  "unsupported",
  "too-long",
  "host-failed",
  "changed-meanwhile",
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

const isOperation = (value: unknown): value is Operation => OPERATIONS.includes(value as Operation);

export function isPaneMessage(data: unknown): data is PaneMessage {
  if (!isRecord(data) || data.channel !== CHANNEL) return false;
  if (data.kind === "hello") return true;
  return (
    data.kind === "request" &&
    typeof data.id === "number" &&
    isOperation(data.method) &&
    Array.isArray(data.args)
  );
}

export function isPageMessage(data: unknown): data is PageMessage {
  if (!isRecord(data) || data.channel !== CHANNEL) return false;
  switch (data.kind) {
    case "welcome":
      return isRecord(data.context) && isRecord(data.capabilities);
    case "result":
      return typeof data.id === "number";
    case "failure":
      return (
        typeof data.id === "number" &&
        isRecord(data.error) &&
        ERROR_CODES.includes(data.error.code as HostErrorCode)
      );
    case "theme":
      return isRecord(data.theme);
    default:
      return false;
  }
}

/** The arguments of a request, checked against the method's signature; "host-failed" when malformed. */
export function parseArgs<M extends Operation>(
  method: M,
  args: readonly unknown[]
): OperationArgs<M> {
  const [text, options] = args;
  switch (method) {
    case "readSelection":
    case "readDocument":
    case "readThread":
      return [] as unknown as OperationArgs<M>;
    case "replaceSelection":
      if (
        typeof text === "string" &&
        isRecord(options) &&
        typeof options.trackChanges === "boolean"
      ) {
        return [text, { trackChanges: options.trackChanges }] as OperationArgs<M>;
      }
      break;
    default:
      if (typeof text === "string") return [text] as OperationArgs<M>;
  }
  throw new HostError("host-failed", "Requête mal formée.");
}

/** Any failure as a HostError's fields; another error's message could quote the document, so it stays here. */
export function toWireError(error: unknown): WireHostError {
  const { code, message, limit } = hostFailed(error);
  return limit === undefined ? { code, message } : { code, message, limit };
}

export function fromWireError(error: WireHostError): HostError {
  return new HostError(
    error.code,
    error.message,
    error.limit === undefined ? undefined : { limit: error.limit }
  );
}
