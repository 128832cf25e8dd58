import { MistralCore } from "@mistralai/mistralai/core.js";
import { chatComplete } from "@mistralai/mistralai/funcs/chatComplete.js";
import { chatStream } from "@mistralai/mistralai/funcs/chatStream.js";
import type {
  ChatCompletionRequest,
  ChatCompletionResponse,
  ChatCompletionStreamRequest,
  CompletionEvent,
} from "@mistralai/mistralai/models/components";

export interface UpstreamSettings {
  apiKey: string;
  /** The origin of Mistral's API or of a compatible server, from configuration only: never from a request. */
  serverURL: string;
  timeoutMs: number;
  retries: { count: number; initialMs: number; maxMs: number };
}

/** What the gateway needs of Mistral: the official SDK, pointed at the configured server. */
export interface Upstream {
  complete(request: ChatCompletionRequest, signal: AbortSignal): Promise<ChatCompletionResponse>;
  stream(
    request: ChatCompletionStreamRequest,
    signal: AbortSignal
  ): Promise<AsyncIterable<CompletionEvent>>;
}

export function createUpstream(settings: UpstreamSettings): Upstream {
  // The SDK retries 429 and 5xx with backoff before the first byte only: a stream begun is never replayed.
  const retryConfig =
    settings.retries.count > 0
      ? {
          strategy: "backoff" as const,
          backoff: {
            initialInterval: settings.retries.initialMs,
            maxInterval: settings.retries.maxMs,
            exponent: 2,
            maxElapsedTime: settings.retries.maxMs * settings.retries.count,
          },
          retryConnectionErrors: true,
        }
      : { strategy: "none" as const };
  // MistralCore with the standalone functions: the whole client costs seconds of start-up for nothing.
  const client = new MistralCore({
    apiKey: settings.apiKey,
    serverURL: settings.serverURL,
    timeoutMs: settings.timeoutMs,
    retryConfig,
  });
  return {
    complete: async (request, signal) =>
      unwrap(await chatComplete(client, request, { fetchOptions: { signal } })),
    stream: async (request, signal) =>
      unwrap(await chatStream(client, request, { fetchOptions: { signal } })),
  };
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw result.error;
  return result.value;
}
