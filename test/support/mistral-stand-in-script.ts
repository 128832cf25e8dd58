/**
 * What the Mistral stand-in answers to the next chat completion requests: one step per request.
 * The 429 and 500 bodies are the real service's (see /work/shared/specs/README.md); the 503 reuses the 500's.
 */

/** How an answer is cut into stream chunks and paced. */
export interface AnswerShape {
  /** Characters per content chunk (default: the stand-in's `chunkSize`). Ignored when `cuts` is given. */
  chunkSize?: number;
  /** Offsets in the content returned (after any prefix) where one chunk ends and the next begins. */
  cuts?: readonly number[];
  /** Milliseconds between chunks, on a schedule from the request (the role chunk included); non-streamed: before the whole body. */
  delayMs?: number;
  /** Destroys the connection after the role chunk and this many content chunks, without `[DONE]`. */
  cutAfterChunks?: number;
  /** Sends nothing more after the role chunk and this many content chunks, the connection left open: a model that stalls. */
  stallAfterChunks?: number;
  /** Milliseconds between `[DONE]` and the end of the response, as when the last bytes come apart. */
  endAfterDoneMs?: number;
  /** A stream whose last chunk has no `usage`, as a vLLM server sends unless asked for it. */
  withoutUsage?: boolean;
  /** A stream that ends with `[DONE]` but names no `finish_reason` (nor `usage`), as some servers do. */
  withoutFinish?: boolean;
}

/** What a model writes besides its text. */
export interface AnswerExtras {
  /**
   * A reasoning model's thinking before its answer (Magistral, or Mistral Small asked for
   * `reasoning_effort`): `thinking` chunks in a list, cut as the text is, then the text as `text`
   * chunks in a list, as Magistral streams (and answers whole).
   */
  thinking?: string;
  /**
   * The text as a list of chunks without `type` (`[{ "text": … }]`, the spec's default type), as a
   * server compatible with Mistral's API may write it, streamed and whole.
   */
  untypedChunks?: boolean;
  /** Tool calls after the text, each sent whole in the last event; the answer then ends with `tool_calls`. */
  toolCalls?: readonly { name: string; arguments: string }[];
}

export interface AnswerStep extends AnswerShape, AnswerExtras {
  kind: "answer";
  /** The model's whole answer; undefined = echo the last user message. */
  text?: string;
}

export interface FailStep {
  kind: "fail";
  status: number;
  body: string;
  headers: Readonly<Record<string, string>>;
}

export interface HangStep {
  kind: "hang";
}

export type Step = AnswerStep | FailStep | HangStep;

/** The answer repeats the last user message's content, so placeholders sent come back. */
export function echo(shape: AnswerShape = {}): AnswerStep {
  return { kind: "answer", ...shape };
}

/**
 * A fixed answer. When the request ends with an assistant `prefix` message and `text` starts with that
 * prefix, the content returned is what follows it, as the real service continues after the prefix.
 */
export function reply(text: string, shape: AnswerShape & AnswerExtras = {}): AnswerStep {
  return { kind: "answer", text, ...shape };
}

export function slow(msPerChunk: number, step: AnswerStep = echo()): AnswerStep {
  return { ...step, delayMs: msPerChunk };
}

export function cutStream(afterChunks: number, step: AnswerStep = echo()): AnswerStep {
  return { ...step, cutAfterChunks: afterChunks };
}

export function stallStream(afterChunks: number, step: AnswerStep = echo()): AnswerStep {
  return { ...step, stallAfterChunks: afterChunks };
}

/** Any error response; an object body is sent as JSON. */
export function fail(
  status: number,
  body: string | object = "",
  headers: Record<string, string> = {}
): FailStep {
  const json = typeof body !== "string";
  return {
    kind: "fail",
    status,
    body: json ? JSON.stringify(body) : body,
    headers: json ? { "content-type": "application/json", ...headers } : headers,
  };
}

/** Never answers; the stand-in counts the client's disconnect in `disconnects`. */
export function hang(): HangStep {
  return { kind: "hang" };
}

export function mistralError(message: string, type: string, code: string | null) {
  return { object: "error", message, type, param: null, code };
}

/** The real 429: body, `Retry-After` (seconds) and the `ratelimitbysize-*` headers of the token budget. */
export function rateLimited(retryAfterSeconds = 1): FailStep {
  return fail(429, mistralError("Rate limit exceeded", "rate_limited", "1300"), {
    "retry-after": String(retryAfterSeconds),
    "ratelimitbysize-limit": "500000",
    "ratelimitbysize-remaining": "0",
    "ratelimitbysize-reset": String(retryAfterSeconds),
    "ratelimitbysize-query-cost": "0",
  });
}

/** The 500 body seen from the real service. */
export function serverError(): FailStep {
  return fail(500, mistralError("Service unavailable.", "internal_server_error", "1000"));
}

/** 503 with the same Mistral error shape (the exact real 503 body is not documented). */
export function unavailable(): FailStep {
  return fail(503, mistralError("Service unavailable.", "internal_server_error", "1000"));
}
