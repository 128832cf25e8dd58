import { restore, StreamRestorer, type RestoreOptions, type Vault } from "../../redaction/index.ts";

/** What a model writes in one message or one streamed delta, as the wire carries it. */
export interface AnswerPart {
  content?: unknown;
  tool_calls?: unknown;
  [field: string]: unknown;
}

/** What restoring one part did: the characters the model wrote in it, and whether any of it was rewritten. */
export interface RestoredPart {
  chars: number;
  /** False when the part is as it came, so that the upstream's own writing of it may be passed on. */
  changed: boolean;
}

/** The two texts a message may hold: its answer, and the thinking of a reasoning model. */
type Channel = "text" | "thinking";

/** Tool call arguments are JSON text: an original written back into one of its strings is escaped. */
const IN_JSON_STRING: RestoreOptions = { jsonString: true };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isTextChunk = (chunk: unknown): chunk is { type?: unknown; text: string } =>
  isObject(chunk) &&
  (chunk.type === undefined || chunk.type === "text") &&
  typeof chunk.text === "string";

const isThinkChunk = (chunk: unknown): chunk is { type: "thinking"; thinking: unknown[] } =>
  isObject(chunk) && chunk.type === "thinking" && Array.isArray(chunk.thinking);

/**
 * Which call a piece of tool call belongs to: its index, as a server that streams calls in pieces
 * numbers them; else its place in the event, kept apart from the indexes.
 */
const callKey = (call: Record<string, unknown>, position: number) =>
  Number.isInteger(call.index) ? `index ${String(call.index)}` : `place ${position}`;

const REASONING_FIELDS = ["reasoning_content", "reasoning"] as const;

/** The characters of text in a content chunk: a text chunk's, or the texts of a thinking chunk. */
function charsOf(chunk: unknown): number {
  if (isTextChunk(chunk)) return chunk.text.length;
  if (!isThinkChunk(chunk)) return 0;
  let chars = 0;
  for (const inner of chunk.thinking) if (isTextChunk(inner)) chars += inner.text.length;
  return chars;
}

/** A chunk of the channel's kind holding `text`, to give back text held at the end of that channel. */
const chunkOf = (channel: Channel, text: string) =>
  channel === "text"
    ? { type: "text", text }
    : { type: "thinking", thinking: [{ type: "text", text }] };

/**
 * Puts the originals back into everything one choice of an answer says, as it streams or whole:
 * its content, a string or a list of chunks; the thinking of a reasoning model (Magistral, or
 * Mistral Small with `reasoning_effort`), which comes as `thinking` chunks; and the arguments of its
 * tool calls. The text and the thinking are each restored as one stream, so a placeholder cut
 * between two events is held back until it is whole; what is held when the model goes from one to
 * the other, or ends, is given back as a chunk of its own kind.
 *
 * Each tool call's arguments are a stream of their own too (keyed by the call's `index`): Mistral
 * sends a call whole, in one event, but a vLLM server streams arguments in pieces, a placeholder cut
 * between them; what is held of a call at the end comes in the last event as a piece of that call.
 * A vLLM server's reasoning fields (`reasoning_content`, `reasoning`) are streams of their own too.
 */
export class AnswerRestorer {
  readonly #vault: Vault;
  readonly #streams: Record<Channel, StreamRestorer>;
  /** vLLM's reasoning fields (`reasoning_content`, newer `reasoning`), each a stream of its own. */
  readonly #reasoning = new Map<string, StreamRestorer>();
  /** The arguments of each tool call, by its key, as they stream; `index` the call's, if it has one. */
  readonly #calls = new Map<string, { stream: StreamRestorer; index: unknown }>();
  #current: Channel | undefined;
  /** Whether the part being restored has been rewritten so far. */
  #changed = false;

  /**
   * `json`: the request asked for JSON (`response_format` `json_object` or `json_schema`), so the
   * text is JSON and an original written back into it is escaped, as in tool call arguments.
   */
  constructor(vault: Vault, options: { json?: boolean } = {}) {
    this.#vault = vault;
    this.#streams = {
      text: new StreamRestorer(vault, options.json ? IN_JSON_STRING : {}),
      thinking: new StreamRestorer(vault),
    };
  }

  /**
   * Restores `part` in place; `last` says that nothing more of this choice will come (its
   * `finish_reason`, or a whole message), so nothing may be held.
   */
  restore(part: AnswerPart, last: boolean): RestoredPart {
    this.#changed = false;
    let chars = 0;
    const { content } = part;
    let restored: unknown = content;
    if (typeof content === "string") {
      chars += content.length;
      const held = content ? this.#switchTo("text") : undefined;
      const text = this.#streams.text.push(content);
      restored = held ? [held, { type: "text", text }] : text;
    } else if (Array.isArray(content)) {
      for (const chunk of content) chars += charsOf(chunk);
      restored = this.#chunks(content);
    }
    if (last && this.#current) restored = this.#append(restored, this.#current);
    this.#set(part, "content", restored);
    if (Array.isArray(part.tool_calls)) chars += this.#toolCalls(part.tool_calls);
    chars += this.#reasoningFields(part, last);
    if (last) this.#endCalls(part);
    return { chars, changed: this.#changed };
  }

  /** Writes a field of the part (or of a piece of it) with what restoring gave, if that differs. */
  #set(target: Record<string, unknown>, field: string, value: unknown): void {
    if (target[field] === value) return;
    target[field] = value;
    this.#changed = true;
  }

  /** A list of chunks restored: text and thinking each as its stream, other kinds untouched. */
  #chunks(chunks: unknown[]): unknown[] {
    const out: unknown[] = [];
    for (const chunk of chunks) {
      const channel = isTextChunk(chunk) ? "text" : isThinkChunk(chunk) ? "thinking" : undefined;
      // An empty piece (the role event's `""`) says nothing of which text goes on.
      const held = channel && charsOf(chunk) > 0 && this.#switchTo(channel);
      if (held) out.push(held);
      if (isTextChunk(chunk)) {
        out.push({ ...chunk, text: this.#streams.text.push(chunk.text) });
      } else if (isThinkChunk(chunk)) {
        const thinking = chunk.thinking.map((inner) =>
          isTextChunk(inner) ? { ...inner, text: this.#streams.thinking.push(inner.text) } : inner
        );
        out.push({ ...chunk, thinking });
      } else {
        out.push(chunk);
      }
    }
    return out;
  }

  /** Going from one text to the other: a chunk of what was held of the one left, if anything was. */
  #switchTo(channel: Channel): object | undefined {
    const left = this.#current;
    this.#current = channel;
    if (left === undefined || left === channel) return undefined;
    const held = this.#streams[left].end();
    return held ? chunkOf(left, held) : undefined;
  }

  /** Adds what is held of `channel` at the end of the content restored. */
  #append(content: unknown, channel: Channel): unknown {
    const held = this.#streams[channel].end();
    if (!held) return content;
    if (channel === "text" && (content === undefined || content === null)) return held;
    // Content that came as a string ends in text, the channel held.
    if (typeof content === "string") return content + held;
    return [...(Array.isArray(content) ? content : []), chunkOf(channel, held)];
  }

  /** A vLLM server with a reasoning parser puts the thinking beside the content, in a field of its own. */
  #reasoningFields(part: AnswerPart, last: boolean): number {
    let chars = 0;
    for (const field of REASONING_FIELDS) {
      const value = part[field];
      let stream = this.#reasoning.get(field);
      if (typeof value === "string") {
        chars += value.length;
        if (!stream) this.#reasoning.set(field, (stream = new StreamRestorer(this.#vault)));
        this.#set(part, field, stream.push(value));
      }
      const held = last ? stream?.end() : undefined;
      if (held) this.#set(part, field, (typeof part[field] === "string" ? part[field] : "") + held);
    }
    return chars;
  }

  #toolCalls(calls: unknown[]): number {
    let chars = 0;
    calls.forEach((call, position) => {
      if (!isObject(call) || !isObject(call.function)) return;
      const { arguments: args } = call.function;
      if (typeof args === "string") {
        chars += args.length;
        this.#set(call.function, "arguments", this.#callStream(call, position).push(args));
      } else if (isObject(args)) {
        this.#set(call.function, "arguments", this.#strings(args));
      }
    });
    return chars;
  }

  #callStream(call: Record<string, unknown>, position: number): StreamRestorer {
    const key = callKey(call, position);
    let entry = this.#calls.get(key);
    if (!entry) {
      entry = { stream: new StreamRestorer(this.#vault, IN_JSON_STRING), index: call.index };
      this.#calls.set(key, entry);
    }
    return entry.stream;
  }

  /** What is held of each call's arguments, at the end of its last piece in `part` or as a piece of its own. */
  #endCalls(part: AnswerPart): void {
    for (const [key, { stream, index }] of this.#calls) {
      const held = stream.end();
      if (!held) continue;
      this.#changed = true;
      const calls = Array.isArray(part.tool_calls) ? part.tool_calls : (part.tool_calls = []);
      const piece = calls.findLast(
        (call, position): call is { function: { arguments: string } } =>
          isObject(call) &&
          isObject(call.function) &&
          typeof call.function.arguments === "string" &&
          callKey(call, position) === key
      );
      if (piece) piece.function.arguments += held;
      else calls.push({ ...(index === undefined ? {} : { index }), function: { arguments: held } });
    }
  }

  /** Arguments given as an object: each of its strings restored, keys included. */
  #strings(value: unknown): unknown {
    if (typeof value === "string") return restore(value, this.#vault).text;
    if (Array.isArray(value)) return value.map((item) => this.#strings(item));
    if (!isObject(value)) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [this.#strings(key), this.#strings(item)])
    );
  }
}
