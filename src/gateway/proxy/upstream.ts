import { MistralCore } from "@mistralai/mistralai/core.js";
import { chatComplete } from "@mistralai/mistralai/funcs/chatComplete.js";
import type {
  ChatCompletionRequest,
  ChatCompletionResponse,
} from "@mistralai/mistralai/models/components";
import { MistralError } from "@mistralai/mistralai/models/errors";
import type { WireChatRequest } from "../wire.ts";
import { SilenceTimeout } from "./silence-timeout.ts";
import { withRetries, type RetrySettings } from "./upstream-retry.ts";
import { streamChunks, type UpstreamEvent } from "./chunk-stream.ts";
import { streamOpener } from "./upstream-stream.ts";

export interface UpstreamSettings {
  apiKey: string;
  /** The origin of Mistral's API or of a compatible server, from configuration only: never from a request. */
  serverURL: string;
  /**
   * The longest the upstream may stay silent: for a whole answer, until it has come; for a stream,
   * until its first bytes, then between two reads. Past it the call fails with UpstreamTimeoutError.
   */
  timeoutMs: number;
  retries: RetrySettings;
}

/**
 * What the gateway needs of Mistral: the official SDK for whole answers, and for streams the same
 * request on `node:http(s)` (upstream-stream.ts), both pointed at the configured server.
 */
export interface Upstream {
  complete(request: ChatCompletionRequest, signal: AbortSignal): Promise<ChatCompletionResponse>;
  /**
   * The answer's events as they come, in batches (those that arrived together), until `[DONE]`.
   * Ends with an error when the stream is cut or an event is not a chunk of Mistral's shape.
   */
  stream(request: WireChatRequest, signal: AbortSignal): Promise<AsyncIterable<UpstreamEvent[]>>;
}

/**
 * A redirect is answered, never followed: fetch would send the request, masked text included, to
 * whatever origin the upstream names. The 3xx then fails the call like any status that is not 2xx.
 */
const UPSTREAM_REDIRECT: RequestRedirect = "manual";

/** Retries are the gateway's own (withRetries), before the first byte only: the SDK makes none. */
const NO_SDK_RETRY = { strategy: "none" } as const;

/**
 * Whether a key is looked for in what the upstream sends back. A placeholder word (`EMPTY`, `dummy`,
 * `changeme`: a vLLM without keys) is not: ordinary answers contain it, and every stream holding it
 * would be cut. A key of 16 characters or more, or of 8 with a digit or a sign, is no word.
 */
const isWatchedKey = (key: string) =>
  key.length >= 16 || (key.length >= 8 && /[^A-Za-z]/.test(key));

export function createUpstream(settings: UpstreamSettings): Upstream {
  const watchedKey = isWatchedKey(settings.apiKey) ? settings.apiKey : undefined;
  // MistralCore with the standalone functions: the whole client costs seconds of start-up for nothing.
  const client = new MistralCore({
    apiKey: settings.apiKey,
    serverURL: settings.serverURL,
    retryConfig: NO_SDK_RETRY,
  });
  const openStream = streamOpener(settings.serverURL, settings.apiKey);

  // The SDK applies its own timeout only to calls given no signal, and ours always carry the client's.
  return {
    complete: async (request, signal) => {
      const silence = new SilenceTimeout(settings.timeoutMs, signal);
      try {
        return await withRetries(
          async () =>
            unwrap(
              await chatComplete(client, request, {
                fetchOptions: { signal: silence.signal, redirect: UPSTREAM_REDIRECT },
              })
            ),
          settings.retries,
          silence.signal
        );
      } catch (error) {
        throw silence.failure(withoutKey(error, watchedKey));
      } finally {
        silence.stop();
      }
    },
    stream: async (request, signal) => {
      const silence = new SilenceTimeout(settings.timeoutMs, signal);
      try {
        const response = await withRetries(
          () => openStream(request, silence.signal),
          settings.retries,
          silence.signal,
          (late) => late.destroy()
        );
        return streamChunks(response, silence, watchedKey);
      } catch (error) {
        silence.stop();
        throw silence.failure(withoutKey(error, watchedKey));
      }
    },
  };
}

/**
 * An upstream's error body with the key blanked out: a faulty or hostile server may echo the
 * request's headers, and parts of its errors are passed on to the client.
 */
function withoutKey(error: unknown, apiKey: string | undefined): unknown {
  if (!apiKey || !(error instanceof MistralError) || !error.body.includes(apiKey)) return error;
  const response = error.rawResponse;
  return new MistralError(`API error occurred: Status ${error.statusCode}`, {
    response,
    request: new Request(response.url || "http://upstream.invalid/"),
    body: error.body.split(apiKey).join(""),
  });
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw result.error;
  return result.value;
}
