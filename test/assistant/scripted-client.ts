import { setImmediate } from "node:timers/promises";
import { ChatError, type ChatClient, type ChatRequest } from "../../src/assistant/chat-client.ts";

/** What the scripted model does with one request. */
export type Script =
  /** Streams `answer`, cut at the offsets in `cuts` (one chunk when absent). */
  | { answer: string; cuts?: readonly number[] }
  /** Fails before the first chunk. */
  | { fail: Error }
  /** Never answers; ends only when its request is aborted. */
  | { hang: true };

export type Responder = (request: ChatRequest, call: number) => Script;

export function chunksOf(answer: string, cuts: readonly number[] = []): string[] {
  const bounds = [0, ...cuts, answer.length];
  return bounds.slice(1).map((end, i) => answer.slice(bounds[i], end));
}

/**
 * A ChatClient for tests: records every request, answers from a script, lets the event loop turn
 * before each chunk (so that concurrent requests really overlap), and honours aborts.
 */
export class ScriptedClient implements ChatClient {
  readonly requests: ChatRequest[] = [];
  /** The signal each request came with. */
  readonly signals: (AbortSignal | undefined)[] = [];
  inFlight = 0;
  maxInFlight = 0;
  readonly #respond: Responder;

  constructor(respond: Responder) {
    this.#respond = respond;
  }

  async *stream(request: ChatRequest, signal?: AbortSignal): AsyncIterable<string> {
    const script = this.#respond(request, this.requests.length);
    this.requests.push(request);
    this.signals.push(signal);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await this.#turn(signal);
      if ("fail" in script) throw script.fail;
      if ("hang" in script) await this.#untilAborted(signal);
      else
        for (const chunk of chunksOf(script.answer, script.cuts)) {
          yield chunk;
          await this.#turn(signal);
        }
    } finally {
      this.inFlight--;
    }
  }

  async #turn(signal: AbortSignal | undefined): Promise<void> {
    await setImmediate();
    if (signal?.aborted) throw new ChatError("cancelled");
  }

  #untilAborted(signal: AbortSignal | undefined): Promise<never> {
    return new Promise((_, reject) => {
      signal?.addEventListener("abort", () => reject(new ChatError("cancelled")));
    });
  }
}

/** The text a request fenced between its markers (the source, a part, or notes). */
export function fencedText(request: ChatRequest): string {
  const user = request.messages.find((m) => m.role === "user")!.content;
  const match = /<<<DÉBUT DU TEXTE( \d+)?>>>\n([\s\S]*)\n<<<FIN DU TEXTE\1>>>/.exec(user);
  if (!match) throw new Error("no fenced text in the request");
  return match[2]!;
}

/** How many requests were told to stop. */
export const abortedRequests = (client: ScriptedClient) =>
  client.signals.filter((s) => s?.aborted).length;

/** Everything the model was sent, all requests together. */
export const sentText = (client: ScriptedClient) =>
  client.requests.flatMap((r) => r.messages.map((m) => m.content)).join("\n");
