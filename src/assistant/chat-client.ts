import type { Action } from "./actions.ts";

/**
 * The narrow view the assistant has of a chat model: messages in, a stream of text out. The task pane
 * implements it with the Mistral SDK against the gateway; tests with a scripted model.
 */
export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface ChatRequest {
  /** Sent to the gateway, which checks it against the policy and audits it. */
  action: Action;
  messages: ChatMessage[];
  /** The policy's default model when absent. */
  model?: string;
  maxTokens?: number;
  temperature?: number;
}

export interface ChatClient {
  /** The answer's text as it is generated; ends when the model is done. Aborting `signal` stops it. */
  stream(request: ChatRequest, signal?: AbortSignal): AsyncIterable<string>;
}

export type ChatErrorKind =
  /** The gateway cannot be reached at all. */
  | "network"
  /** 401: no valid sign-in. */
  | "unauthorized"
  /** 403: signed in, not allowed (scope, tenant). */
  | "forbidden"
  /** 429: quota; `retryAfterSeconds` says when to try again. */
  | "rate-limited"
  /** 422 by policy: an action disabled, a model not allowed, data that must never leave. */
  | "refused"
  /** 413: larger than the policy allows. */
  | "too-large"
  /** 5xx: the gateway or the model service failed. */
  | "unavailable"
  /** The stream stopped before the model said it was done. */
  | "stream-cut"
  /** The user cancelled. */
  | "cancelled";

/** A failed call, with what the pane needs to say what happened and what to do. */
export class ChatError extends Error {
  readonly kind: ChatErrorKind;
  /** The gateway's own message (French, Mistral's error shape), shown as it is when present. */
  readonly serverMessage: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly status: number | undefined;

  constructor(
    kind: ChatErrorKind,
    details: {
      serverMessage?: string;
      retryAfterSeconds?: number;
      status?: number;
      cause?: unknown;
    } = {}
  ) {
    super(
      details.serverMessage ?? kind,
      details.cause === undefined ? undefined : { cause: details.cause }
    );
    this.name = "ChatError";
    this.kind = kind;
    this.serverMessage = details.serverMessage;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.status = details.status;
  }
}
