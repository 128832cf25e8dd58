/**
 * A stand-in of Mistral's chat API for tests: a real HTTP server on 127.0.0.1 that speaks the wire format of
 * `POST /v1/chat/completions` (streamed and not) and `GET /v1/models`, answers as scripted, and records
 * every byte it receives.
 *
 * Token counts are an approximation: ceil(characters / 4) of the message contents (prompt) and of the
 * content returned (completion).
 */
import { randomUUID } from "node:crypto";
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import {
  lastUserText,
  prefixOf,
  textOf,
  validateChatRequest,
  type ChatRequest,
} from "./mistral-stand-in-request.ts";
import { echo, type AnswerStep, type Step } from "./mistral-stand-in-script.ts";

export * from "./mistral-stand-in-script.ts";

export interface MistralStandInOptions {
  /** The only key accepted, as `Authorization: Bearer <apiKey>`. */
  apiKey: string;
  /** Models listed by `GET /v1/models` and accepted by chat completions (others: the real 400). */
  models?: readonly string[];
  /** Characters per stream content chunk unless a step says otherwise (default 4, about one token). */
  chunkSize?: number;
  /** Keep `received` and the raw bytes (default true); false keeps memory flat for benchmarks. */
  record?: boolean;
  /** What a chat completion gets when no step is queued (default: an echo of the last user message). */
  defaultStep?: Step;
}

export interface ReceivedRequest {
  method: string;
  /** The request target as sent, query string included. */
  path: string;
  /** Header names lower-cased by node:http; `rawHeaders` keeps them as sent. */
  headers: IncomingHttpHeaders;
  rawHeaders: readonly string[];
  /** The body bytes as received, decoded as UTF-8 (`bodyBytes` holds them undecoded). */
  body: string;
  bodyBytes: Buffer;
}

export const DEFAULT_MODELS: readonly string[] = [
  "mistral-small-latest",
  "mistral-medium-latest",
  "mistral-large-latest",
];

const MODELS_CREATED = 1_756_746_619;

const estimateTokens = (text: string) => Math.ceil(text.length / 4);
const newId = () => randomUUID().replaceAll("-", "");

function sendJson(res: ServerResponse, status: number, body: object) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function writeEvent(res: ServerResponse, data: string): Promise<void> {
  return new Promise((resolve) => res.write(`data: ${data}\n\n`, () => resolve()));
}

/** The content pieces of an answer: at `cuts`, or every `size` characters; always at least one piece. */
function splitAnswer(content: string, cuts: readonly number[] | undefined, size: number): string[] {
  const ends = cuts ? [...cuts] : [];
  if (!cuts) for (let end = size; end < content.length; end += size) ends.push(end);
  ends.push(content.length);
  let start = 0;
  return ends.map((end) => content.slice(start, (start = end)));
}

function modelCard(id: string) {
  return {
    id,
    object: "model",
    created: MODELS_CREATED,
    owned_by: "mistralai",
    capabilities: {
      completion_chat: true,
      completion_fim: false,
      function_calling: true,
      fine_tuning: false,
      vision: false,
      classification: false,
    },
    name: id,
    description: `Stand-in for ${id}`,
    max_context_length: 131072,
    aliases: [],
    deprecation: null,
    deprecation_replacement_model: null,
    default_model_temperature: 0.3,
    type: "base",
  };
}

export class MistralStandIn {
  /** Every request received, in order of arrival (recorded once its body is complete). */
  readonly received: ReceivedRequest[] = [];
  private disconnectCount = 0;
  private connectionCount = 0;
  private origin = "";

  private readonly server = createServer((req, res) => void this.handle(req, res));
  private readonly steps: Step[] = [];
  private readonly rawChunks: Buffer[] = [];
  private waiters: { condition: () => boolean; resolve: () => void }[] = [];
  private closing = false;
  private readonly apiKey: string;
  private readonly models: readonly string[];
  private readonly chunkSize: number;
  private readonly record: boolean;
  private readonly defaultStep: Step;

  constructor(options: MistralStandInOptions) {
    this.apiKey = options.apiKey;
    this.models = options.models ?? DEFAULT_MODELS;
    this.chunkSize = options.chunkSize ?? 4;
    this.record = options.record ?? true;
    this.defaultStep = options.defaultStep ?? echo();
    this.server.on("connection", () => this.connectionCount++);
    // A 'data' listener added after node:http's own takes the socket off the native parser path, so every
    // byte goes through here as well as through the HTTP parser.
    if (this.record) {
      this.server.on("connection", (socket) =>
        socket.on("data", (chunk: Buffer) => this.rawChunks.push(chunk))
      );
    }
  }

  /** `http://127.0.0.1:PORT`, the `serverURL` to give the SDK. */
  get url(): string {
    return this.origin;
  }

  /** TCP connections opened to the stand-in so far: keep-alive clients open few. */
  get connections(): number {
    return this.connectionCount;
  }

  /** Responses the client abandoned before they were complete (a hang, a slow stream, ...). */
  get disconnects(): number {
    return this.disconnectCount;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Queues what the next chat completion requests get, one step each; the default step when the queue is empty. */
  script(...steps: Step[]): void {
    this.steps.push(...steps);
  }

  /** Every byte received on every connection (request lines, headers, bodies), in order of arrival. */
  receivedBytes(): Buffer {
    return Buffer.concat(this.rawChunks);
  }

  /** Whether `value` reached the stand-in: in the raw bytes, a decoded body, or a string inside a JSON body. */
  saw(value: string): boolean {
    if (this.receivedBytes().includes(value)) return true;
    return this.received.some(
      (request) =>
        request.body.includes(value) || jsonStrings(request.body).some((s) => s.includes(value))
    );
  }

  /** Resolves once `condition` holds, re-checked whenever a request arrives or a client disconnects. */
  until(condition: () => boolean): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ condition, resolve }));
  }

  async close(): Promise<void> {
    this.closing = true;
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve()))
    );
  }

  private notify(): void {
    const pending = this.waiters;
    this.waiters = [];
    for (const waiter of pending) {
      if (waiter.condition()) waiter.resolve();
      else this.waiters.push(waiter);
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const aborted = new AbortController();
    res.on("close", () => {
      aborted.abort();
      if (res.writableFinished || this.closing || cutByUs.has(res)) return;
      this.disconnectCount++;
      this.notify();
    });

    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      return; // The client left while sending its body: counted above as a disconnect.
    }
    const bodyBytes = Buffer.concat(chunks);
    const body = bodyBytes.toString("utf8");
    if (this.record) {
      const { method = "", url: path = "", headers, rawHeaders } = req;
      this.received.push({ method, path, headers, rawHeaders, body, bodyBytes });
      this.notify();
    }

    if (req.headers.authorization !== `Bearer ${this.apiKey}`) {
      return sendJson(res, 401, { message: "Unauthorized", request_id: newId() });
    }
    const path = new URL(req.url ?? "/", "http://stand-in").pathname;
    if (path === "/v1/models" && req.method === "GET") {
      return sendJson(res, 200, { object: "list", data: this.models.map(modelCard) });
    }
    if (path === "/v1/chat/completions" && req.method === "POST") {
      return this.chat(body, res, aborted.signal);
    }
    const known = path === "/v1/models" || path === "/v1/chat/completions";
    return sendJson(res, known ? 405 : 404, { detail: known ? "Method Not Allowed" : "Not Found" });
  }

  private async chat(raw: string, res: ServerResponse, signal: AbortSignal): Promise<void> {
    const step = this.steps.shift() ?? this.defaultStep;
    if (step.kind === "hang") return;
    if (step.kind === "fail") {
      res.writeHead(step.status, step.headers);
      res.end(step.body);
      return;
    }
    const validated = validateChatRequest(raw, this.models);
    if (!validated.ok) return sendJson(res, validated.status, validated.body);
    try {
      if (validated.request.stream) await this.stream(validated.request, step, res, signal);
      else await this.complete(validated.request, step, res, signal);
    } catch (error) {
      if (!signal.aborted) throw error;
    }
  }

  /** The answer's content as returned, its stream pieces, usage and the fields every chunk shares. */
  private answer(request: ChatRequest, step: AnswerStep) {
    const full = step.text ?? lastUserText(request);
    const prefix = prefixOf(request);
    const content = prefix && full.startsWith(prefix) ? full.slice(prefix.length) : full;
    const promptTokens = estimateTokens(
      request.messages.map((message) => textOf(message.content)).join("")
    );
    const completionTokens = estimateTokens((step.thinking ?? "") + content);
    const size = step.chunkSize ?? this.chunkSize;
    return {
      content,
      pieces: splitAnswer(content, step.cuts, size),
      thinkingPieces: step.thinking ? splitAnswer(step.thinking, undefined, size) : [],
      toolCalls: (step.toolCalls ?? []).map((call, index) => ({
        id: newId().slice(0, 9),
        type: "function",
        function: { name: call.name, arguments: call.arguments },
        index,
      })),
      usage: {
        prompt_tokens: promptTokens,
        total_tokens: promptTokens + completionTokens,
        completion_tokens: completionTokens,
      },
      head: { id: newId(), created: Math.floor(Date.now() / 1000), model: request.model },
    };
  }

  private async complete(
    request: ChatRequest,
    step: AnswerStep,
    res: ServerResponse,
    signal: AbortSignal
  ) {
    const { content, pieces, usage, head, toolCalls } = this.answer(request, step);
    if (step.delayMs) await sleep(step.delayMs * (pieces.length + 1), undefined, { signal });
    if (step.cutAfterChunks !== undefined) return cut(res);
    const message = {
      role: "assistant",
      tool_calls: toolCalls.length ? toolCalls : null,
      content: step.thinking
        ? [thinkChunk(step.thinking), { type: "text", text: content }]
        : step.untypedChunks
          ? [{ text: content }]
          : content,
      prefix: false,
    };
    sendJson(res, 200, {
      id: head.id,
      object: "chat.completion",
      created: head.created,
      model: head.model,
      choices: [{ index: 0, message, finish_reason: toolCalls.length ? "tool_calls" : "stop" }],
      usage,
    });
  }

  private async stream(
    request: ChatRequest,
    step: AnswerStep,
    res: ServerResponse,
    signal: AbortSignal
  ) {
    const { pieces, thinkingPieces, toolCalls, usage, head } = this.answer(request, step);
    const chunk = (delta: object, finish: string | null) =>
      JSON.stringify({
        id: head.id,
        object: "chat.completion.chunk",
        created: head.created,
        model: head.model,
        choices: [{ index: 0, delta, finish_reason: finish }],
        ...(finish && !step.withoutUsage ? { usage } : {}),
      });
    const deltas: object[] = [
      ...thinkingPieces.map((piece) => ({ content: [thinkChunk(piece)] })),
      // A reasoning model's text comes as chunks in a list too, as its thinking does.
      ...pieces.map((piece) => ({
        content: thinkingPieces.length
          ? [{ type: "text", text: piece }]
          : step.untypedChunks
            ? [{ text: piece }]
            : piece,
      })),
    ];
    if (toolCalls.length) deltas.push({ content: "", tool_calls: toolCalls });
    const events = [
      chunk({ role: "assistant", content: "" }, null),
      ...deltas.map((delta, i) =>
        chunk(
          delta,
          i < deltas.length - 1 || step.withoutFinish
            ? null
            : toolCalls.length
              ? "tool_calls"
              : "stop"
        )
      ),
    ];
    const stopAfter = step.cutAfterChunks ?? step.stallAfterChunks;
    const sent = stopAfter === undefined ? events.length : Math.min(events.length, stopAfter + 1);
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
    });
    // Paced on a schedule from the first event, as a model's tokens come at its own rate however
    // long each write takes: waiting a gap after each write would slow the stream down by the
    // receiver's speed, and a slower receiver would look like a slower model.
    const start = performance.now();
    for (const [i, event] of events.slice(0, sent).entries()) {
      const due = start + (i + 1) * (step.delayMs ?? 0) - performance.now();
      if (due > 0) await sleep(due, undefined, { signal });
      if (signal.aborted) return;
      await writeEvent(res, event);
    }
    if (step.cutAfterChunks !== undefined) return cut(res);
    // Stalled: the connection stays open and silent until the client leaves.
    if (step.stallAfterChunks !== undefined) {
      if (!signal.aborted)
        await new Promise((resolve) => signal.addEventListener("abort", resolve));
      return;
    }
    if (!step.endAfterDoneMs) return void res.end("data: [DONE]\n\n");
    await writeEvent(res, "[DONE]");
    await sleep(step.endAfterDoneMs, undefined, { signal });
    res.end();
  }
}

/** A reasoning model's thinking as its content lists it. */
const thinkChunk = (text: string) => ({ type: "thinking", thinking: [{ type: "text", text }] });

const cutByUs = new WeakSet<ServerResponse>();

/** Destroys the connection mid-response, as a dropped upstream does. */
function cut(res: ServerResponse): void {
  cutByUs.add(res);
  res.destroy();
}

function jsonStrings(body: string): string[] {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") strings.push(value);
    if (typeof value !== "object" || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      strings.push(key);
      walk(child);
    }
  };
  try {
    walk(JSON.parse(body));
  } catch {
    // Not JSON: the raw and decoded checks cover it.
  }
  return strings;
}

export async function startMistralStandIn(options: MistralStandInOptions): Promise<MistralStandIn> {
  const standIn = new MistralStandIn(options);
  await standIn.listen();
  return standIn;
}
