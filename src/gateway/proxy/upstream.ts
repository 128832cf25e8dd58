import { MistralCore } from "@mistralai/mistralai/core.js";
import { chatComplete } from "@mistralai/mistralai/funcs/chatComplete.js";
import { resolveGlobalSecurity } from "@mistralai/mistralai/lib/security.js";
import type {
  ChatCompletionRequest,
  ChatCompletionResponse,
} from "@mistralai/mistralai/models/components";
import { MistralError } from "@mistralai/mistralai/models/errors";
import { isWireStreamChunk, type WireChatRequest, type WireStreamChunk } from "../wire.ts";
import { SilenceTimeout } from "./silence-timeout.ts";
import { withRetries, type RetrySettings } from "./upstream-retry.ts";
import { sseDataBatches } from "./sse.ts";

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

/** What the gateway needs of Mistral: the official SDK, pointed at the configured server. */
export interface Upstream {
  complete(request: ChatCompletionRequest, signal: AbortSignal): Promise<ChatCompletionResponse>;
  /**
   * The answer's events as they come, in batches (those that arrived together), until `[DONE]`.
   * Ends with an error when the stream is cut or an event is not a chunk of Mistral's shape.
   */
  stream(request: WireChatRequest, signal: AbortSignal): Promise<AsyncIterable<WireStreamChunk[]>>;
}

/** The upstream's stream broke the wire format or ended before `[DONE]`. */
export class UpstreamStreamError extends Error {
  override name = "UpstreamStreamError";
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
  const security = resolveGlobalSecurity({ apiKey: settings.apiKey });

  // What the SDK's hooks and retries are told of a streamed call: the same for every one.
  const context = {
    options: client._options,
    baseURL: client._baseURL ?? "",
    operationID: "stream_chat",
    oAuth2Scopes: null,
    resolvedSecurity: security,
    securitySource: settings.apiKey,
    retryConfig: NO_SDK_RETRY,
    retryCodes: [],
  };

  /**
   * A streamed call goes through the SDK's own request path (its authentication) but not through
   * its event decoding: the SDK validates every event
   * against its schema and converts it to camelCase, which the gateway would convert back. That cost
   * 16 µs an event, more than the rest of the relay; the relay reads what it needs and checks it.
   * `_createRequest` and `_do` are what the SDK's own functions call; the SDK is pinned to one
   * version, and the relay's tests (through the stand-in: key, retries, errors) would see a change.
   */
  async function openStream(request: WireChatRequest, signal: AbortSignal): Promise<Response> {
    const built = client._createRequest(
      context,
      {
        security,
        method: "POST",
        path: "/v1/chat/completions",
        headers: { "content-type": "application/json", accept: "text/event-stream" },
        body: JSON.stringify({ ...request, stream: true }),
        userAgent: client._options.userAgent,
      },
      { fetchOptions: { signal, redirect: UPSTREAM_REDIRECT } }
    );
    if (!built.ok) throw built.error;
    const sent = await client._do(built.value, {
      context,
      isErrorStatusCode: (status) => status >= 400,
      retryConfig: NO_SDK_RETRY,
      retryCodes: [],
    });
    if (!sent.ok) throw sent.error;
    const response = sent.value;
    if (!response.ok) {
      const body = await response.text();
      throw new MistralError(`API error occurred: Status ${response.status}`, {
        response,
        request: built.value,
        body,
      });
    }
    if (!response.body || !response.headers.get("content-type")?.includes("text/event-stream")) {
      await response.body?.cancel();
      throw new UpstreamStreamError("the upstream answered a stream request without a stream");
    }
    return response;
  }

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
          (late) => void late.body?.cancel().catch(() => undefined)
        );
        return streamChunks(response, silence, watchedKey);
      } catch (error) {
        silence.stop();
        throw silence.failure(withoutKey(error, watchedKey));
      }
    },
  };
}

/** How long the rest of a body is read after `[DONE]`, to keep its connection, before it is dropped. */
const DRAIN_MS = 5_000;

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

async function* streamChunks(
  response: Response,
  silence: SilenceTimeout,
  apiKey: string | undefined
): AsyncGenerator<WireStreamChunk[]> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const batches = sseDataBatches(bytesOf(reader, silence));
  let complete = false;
  try {
    for (;;) {
      const next = await batches.next();
      if (next.done) throw new UpstreamStreamError("the upstream stream ended before [DONE]");
      const chunks: WireStreamChunk[] = [];
      for (const data of next.value) {
        if (data === "[DONE]") {
          complete = true;
          if (chunks.length) yield chunks;
          return;
        }
        // Events are passed on as received: one that carries the key ends the stream instead.
        if (apiKey && data.includes(apiKey))
          throw new UpstreamStreamError("the upstream sent the API key back in an event");
        chunks.push(parseChunk(data));
      }
      if (chunks.length) yield chunks;
    }
  } catch (error) {
    throw silence.failure(error);
  } finally {
    silence.stop();
    // Ended by [DONE], the body is read to its end; otherwise (an error, a client gone) it is dropped.
    if (complete) drain(batches, reader);
    else void reader.cancel().catch(() => undefined);
  }
}

function parseChunk(data: string): WireStreamChunk {
  let chunk: unknown;
  try {
    chunk = JSON.parse(data);
  } catch {
    throw new UpstreamStreamError("the upstream sent an event that is not JSON");
  }
  if (!isWireStreamChunk(chunk))
    throw new UpstreamStreamError("the upstream sent an event that is not a chat chunk");
  return chunk;
}

/**
 * Reads what follows `[DONE]` (the end of the body, as a rule) in the background: a body cancelled
 * before its end closes its connection, and the next call would pay for opening one.
 */
function drain(
  batches: AsyncGenerator<string[]>,
  reader: ReadableStreamDefaultReader<Uint8Array>
): void {
  // Cancelling through the reader ends a read in progress, which the generator's return() would wait for.
  const timer = setTimeout(() => void reader.cancel().catch(() => undefined), DRAIN_MS);
  timer.unref();
  void (async () => {
    try {
      while (!(await batches.next()).done);
    } catch {
      // A body that fails after [DONE] costs its connection, nothing else.
    } finally {
      clearTimeout(timer);
    }
  })();
}

async function* bytesOf(reader: ReadableStreamDefaultReader<Uint8Array>, silence: SilenceTimeout) {
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    silence.heard();
    yield value;
  }
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw result.error;
  return result.value;
}
