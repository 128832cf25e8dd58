/**
 * Every string of a chat request that reaches Mistral, whatever field carries it: message texts, but
 * also tool arguments and descriptions, names, stop words, metadata, JSON schemas, object keys and
 * long integers. The gateway's scan reads them all, so that no field is a way around it.
 */

/** Values that are the wire's own vocabulary or identifiers, never the user's text. */
const STRUCTURAL_KEYS = new Set(["role", "type", "tool_call_id", "id", "model", "random_seed"]);

/**
 * The property names of ChatCompletionRequest and the schemas under it (mistral-openapi.yaml): the
 * wire's own words. Any other key (a JSON schema's properties, metadata, a tool argument's name, a
 * field Mistral would refuse) is the caller's and is scanned like a value. Keeping the wire's keys out
 * of the document also keeps text chunks of one message side by side in it.
 */
export const WIRE_KEYS = new Set([
  "action",
  "arguments",
  "block_on_error",
  "closed",
  "content",
  "criminal",
  "custom_category_thresholds",
  "dangerous",
  "dangerous_and_criminal_content",
  "description",
  "detail",
  "document_name",
  "document_url",
  "favicon",
  "file_id",
  "financial",
  "frequency_penalty",
  "function",
  "guardrails",
  "hate_and_discrimination",
  "health",
  "id",
  "ignore_other_categories",
  "image_url",
  "index",
  "input_audio",
  "jailbreaking",
  "json_schema",
  "law",
  "max_tokens",
  "messages",
  "metadata",
  "model",
  "model_name",
  "moderation_llm_v1",
  "moderation_llm_v2",
  "n",
  "name",
  "parallel_tool_calls",
  "parameters",
  "pii",
  "prediction",
  "prefix",
  "presence_penalty",
  "prompt_cache_key",
  "prompt_mode",
  "random_seed",
  "reasoning_effort",
  "reference_ids",
  "response_format",
  "role",
  "safe_prompt",
  "schema",
  "selfharm",
  "sexual",
  "stop",
  "stream",
  "strict",
  "temperature",
  "text",
  "thinking",
  "title",
  "tool",
  "tool_call_id",
  "tool_calls",
  "tool_choice",
  "tools",
  "top_p",
  "type",
  "url",
  "violence_and_threats",
]);

/** Content chunks whose substance is not text: the gateway cannot read them, so it lets none pass. */
const UNREADABLE_CHUNKS = new Set(["image_url", "document_url", "file", "input_audio"]);
const UNREADABLE_KEYS = new Set(["image_url", "document_url", "file_id", "input_audio"]);

/** How JSON text whose value is an object or an array starts (RFC 8259's whitespace first). */
const JSON_CONTAINER_START = /^[ \t\n\r]*[[{]/;

/** Integers this long may be a phone number or a NIR sent as a number; shorter ones cannot. */
const SCANNED_INTEGER = 100_000;

/** Bounds on a request's shape, so that walking and validating it stays cheap whatever is sent. */
export const MAX_REQUEST_NODES = 10_000;
export const MAX_REQUEST_DEPTH = 64;

/** The request has more values or deeper nesting than MAX_REQUEST_NODES or MAX_REQUEST_DEPTH. */
export class RequestTooComplexError extends Error {
  override name = "RequestTooComplexError";
}

/**
 * Called for each string in document order. `glued` says the string continues the previous one with
 * nothing between (text chunks of one message, which the model reads as one text). Returns what the
 * string becomes.
 */
export type StringVisitor = (text: string, glued: boolean) => string;

export interface MappedRequest {
  /** The request with every string replaced by what the visitor returned. */
  body: Record<string, unknown>;
  /** Kinds of content the gateway cannot read (`image_url`, `file`...) found in the request. */
  unreadable: Set<string>;
}

/**
 * Rebuilds `body` (a request already checked to be an object) with every string the model or
 * Mistral may see passed through `visit`, always in the same order, so a first pass can read them
 * and a second write them back. Throws RequestTooComplexError past the bounds.
 */
export function mapRequestStrings(
  body: Record<string, unknown>,
  visit: StringVisitor
): MappedRequest {
  const unreadable = new Set<string>();
  let nodes = 0;

  const text = (value: string) => visit(value, false);

  function walk(value: unknown, key: string, depth: number): unknown {
    if (++nodes > MAX_REQUEST_NODES || depth > MAX_REQUEST_DEPTH)
      throw new RequestTooComplexError("request too complex");
    if (typeof value === "string") {
      if (STRUCTURAL_KEYS.has(key)) return value;
      return key === "arguments" || key === "content" ? mapJsonText(value, depth) : text(value);
    }
    if (typeof value === "number") return mapInteger(value);
    if (Array.isArray(value)) {
      return key === "content"
        ? mapContent(value, depth)
        : value.map((item) => walk(item, key, depth + 1));
    }
    if (value !== null && typeof value === "object")
      return mapObject(value as Record<string, unknown>, depth, false);
    return value;
  }

  function mapObject(object: Record<string, unknown>, depth: number, gluedText: boolean) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(object)) {
      if (UNREADABLE_KEYS.has(key)) unreadable.add(key);
      if (key === "type" && typeof value === "string" && UNREADABLE_CHUNKS.has(value))
        unreadable.add(value);
      const mapped =
        key === "text" && typeof value === "string"
          ? visit(value, gluedText)
          : walk(value, key, depth + 1);
      out[WIRE_KEYS.has(key) ? key : text(key)] = mapped;
    }
    return out;
  }

  /** Text chunks that follow each other are one text to the model: a value may be cut across them. */
  function mapContent(chunks: unknown[], depth: number) {
    let previousWasText = false;
    return chunks.map((chunk) => {
      if (++nodes > MAX_REQUEST_NODES) throw new RequestTooComplexError("request too complex");
      const isText =
        chunk !== null &&
        typeof chunk === "object" &&
        !Array.isArray(chunk) &&
        typeof (chunk as { text?: unknown }).text === "string";
      const mapped = isText
        ? mapObject(chunk as Record<string, unknown>, depth + 1, previousWasText)
        : walk(chunk, "content", depth + 1);
      previousWasText = isText;
      return mapped;
    });
  }

  /**
   * Tool arguments are JSON in a string, and so is a message's content at times (a tool's result, an
   * answer asked as JSON sent back): their values are read one by one, escapes decoded (`\u00e9`,
   * `\n`, which would hide a name or cut an address), the JSON kept valid. Other text is read as is.
   */
  function mapJsonText(value: string, depth: number) {
    // Only an object or an array is read as JSON: text that cannot start one is not parsed, since
    // a failed parse throws, and an exception per message cost more than the rest of the walk.
    if (!JSON_CONTAINER_START.test(value)) return text(value);
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return text(value);
    }
    if (parsed === null || typeof parsed !== "object") return text(value);
    const mapped = JSON.stringify(walk(parsed, "", depth + 1));
    // Unchanged arguments keep their exact writing.
    return mapped === JSON.stringify(parsed) ? value : mapped;
  }

  function mapInteger(value: number) {
    if (!Number.isInteger(value) || Math.abs(value) < SCANNED_INTEGER) return value;
    const written = String(value);
    const mapped = text(written);
    return mapped === written ? value : mapped;
  }

  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) out[key] = walk(value, key, 1);
  return { body: out, unreadable };
}
