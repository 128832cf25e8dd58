import type { IncomingMessage } from "node:http";
import { isWireStreamChunk, type WireStreamChunk } from "../wire.ts";
import type { SilenceTimeout } from "./silence-timeout.ts";
import { SseDataReader } from "./sse.ts";
import { UpstreamStreamError } from "./upstream-stream.ts";

/** How long the rest of a body is read after `[DONE]`, to keep its connection, before it is dropped. */
const DRAIN_MS = 5_000;

/** Batches read and not yet taken past which the body is paused until the reader catches up. */
const MAX_QUEUED_BATCHES = 64;

type Ending = { kind: "done" } | { kind: "failed"; error: unknown; told: boolean };

/** One event of the answer: its chunk, and its data as the upstream wrote it. */
export interface UpstreamEvent {
  chunk: WireStreamChunk;
  data: string;
}

type IterationResult = IteratorResult<UpstreamEvent[], undefined>;

/**
 * The answer's events as they come, in batches (those that arrived together), until `[DONE]`.
 * An event that carries `apiKey` (a faulty server echoing the request) ends the stream instead.
 *
 * Each piece of the body is parsed as it arrives, in the response's `data` event. The async
 * generators this replaced (the body's own iterator, an SSE reader, a chunk parser, each awaiting
 * the other) cost several promises per event: 0.75 ms of CPU per call and 0.8 ms of p50 at 50
 * streams in the gateway bench's harness.
 */
export function streamChunks(
  response: IncomingMessage,
  silence: SilenceTimeout,
  apiKey: string | undefined
): AsyncIterableIterator<UpstreamEvent[], undefined> {
  return new ChunkStream(response, silence, apiKey);
}

class ChunkStream implements AsyncIterableIterator<UpstreamEvent[], undefined> {
  readonly #response: IncomingMessage;
  readonly #silence: SilenceTimeout;
  readonly #apiKey: string | undefined;
  readonly #reader = new SseDataReader();
  /** Read and not yet taken: given before the ending, whatever it is. */
  readonly #batches: UpstreamEvent[][] = [];
  #ending: Ending | undefined;
  #waiting:
    { resolve: (result: IterationResult) => void; reject: (error: unknown) => void } | undefined;

  constructor(response: IncomingMessage, silence: SilenceTimeout, apiKey: string | undefined) {
    this.#response = response;
    this.#silence = silence;
    this.#apiKey = apiKey;
    response.on("data", this.#onData);
    response.on("error", this.#onError);
    // `end` when the body ended, `close` when it was cut: either way before `[DONE]` if still read.
    response.on("end", this.#onCut);
    response.on("close", this.#onCut);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IterationResult> {
    const batch = this.#batches.shift();
    if (batch) {
      if (this.#batches.length === 0 && !this.#ending && this.#response.isPaused())
        this.#response.resume();
      return Promise.resolve({ value: batch, done: false });
    }
    const ending = this.#ending;
    if (ending?.kind === "failed" && !ending.told) {
      ending.told = true;
      return Promise.reject(ending.error);
    }
    if (ending) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.#waiting = { resolve, reject }));
  }

  /** The reader stops before the end (it failed, or its client is gone): the body is dropped. */
  return(): Promise<IterationResult> {
    this.#batches.length = 0;
    if (!this.#ending) {
      this.#end({ kind: "done" });
      this.#drop();
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  readonly #onData = (bytes: Buffer) => {
    this.#silence.heard();
    const events: UpstreamEvent[] = [];
    let done = false;
    try {
      for (const data of this.#reader.read(bytes)) {
        if (data === "[DONE]") {
          done = true;
          break;
        }
        if (this.#apiKey && data.includes(this.#apiKey))
          throw new UpstreamStreamError("the upstream sent the API key back in an event");
        events.push({ chunk: parseChunk(data), data });
      }
    } catch (error) {
      this.#fail(error);
      return;
    }
    if (events.length) this.#give(events);
    if (done) this.#done();
  };

  readonly #onError = (error: unknown) => this.#fail(error);

  readonly #onCut = () =>
    this.#fail(new UpstreamStreamError("the upstream stream ended before [DONE]"));

  #give(events: UpstreamEvent[]): void {
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (waiting) waiting.resolve({ value: events, done: false });
    else if (this.#batches.push(events) >= MAX_QUEUED_BATCHES) this.#response.pause();
  }

  /** Ended by `[DONE]`: what follows (the end of the body, as a rule) is read and dropped, to keep the connection. */
  #done(): void {
    this.#end({ kind: "done" });
    const response = this.#response;
    if (response.readableEnded) return;
    const timer = setTimeout(() => response.destroy(), DRAIN_MS);
    timer.unref();
    response.on("error", () => undefined);
    response.once("close", () => clearTimeout(timer));
    response.resume();
  }

  /** Ended by an error or a cut: the body is dropped; the silence's error if it lasted too long. */
  #fail(error: unknown): void {
    if (this.#ending) return;
    this.#end({ kind: "failed", error: this.#silence.failure(error), told: false });
    this.#drop();
  }

  #drop(): void {
    // Destroying may emit an error of its own, after the ending that is told.
    this.#response.on("error", () => undefined);
    this.#response.destroy();
  }

  #end(ending: Ending): void {
    this.#ending = ending;
    this.#silence.stop();
    const response = this.#response;
    response.off("data", this.#onData);
    response.off("error", this.#onError);
    response.off("end", this.#onCut);
    response.off("close", this.#onCut);
    const waiting = this.#waiting;
    if (!waiting) return;
    this.#waiting = undefined;
    if (ending.kind === "done") waiting.resolve({ value: undefined, done: true });
    else {
      ending.told = true;
      waiting.reject(ending.error);
    }
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
