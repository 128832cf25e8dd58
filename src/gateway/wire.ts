import { isUnknown } from "@mistralai/mistralai/types/discriminatedUnion.js";

/**
 * Mistral's wire format is snake_case; the official SDK's objects are camelCase. The gateway takes
 * requests on the wire, hands them to the SDK, and gives the SDK's answers back on the wire.
 */

/**
 * Values under these keys are the caller's own data (a JSON schema, tool arguments): left as they are.
 * `schemaDefinition` is the SDK's name of a JSON schema answer format's `schema`.
 */
const OPAQUE_KEYS = new Set(["parameters", "schema", "schemaDefinition", "metadata", "arguments"]);

/**
 * The keys whose SDK name is not the camelCase of their wire name (the SDK's schemas remap them), by
 * the key of the object that holds them. In the chat request and answer of SDK 2.7 there is one.
 */
const SDK_NAMES = new Map([["json_schema", new Map([["schema", "schemaDefinition"]])]]);
const WIRE_NAMES = new Map([["jsonSchema", new Map([["schemaDefinition", "schema"]])]]);
type Renames = ReadonlyMap<string, ReadonlyMap<string, string>>;
const renamed = (renames: Renames, parent: string | undefined, key: string) =>
  parent === undefined ? undefined : renames.get(parent)?.get(key);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const toCamel = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const toSnake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function convertKeys(
  value: unknown,
  rename: (key: string) => string,
  renames: Renames,
  parent: string | undefined
): unknown {
  // What the SDK could not read as a member of a union (a text chunk without its `type`, the
  // spec's default; a kind of chunk newer than the SDK) it wraps as `{ raw, type: "UNKNOWN" }`:
  // the wire gets it back as received.
  if (isUnknown(value)) return (value as { raw: unknown }).raw;
  if (Array.isArray(value)) return value.map((item) => convertKeys(item, rename, renames, parent));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      renamed(renames, parent, key) ?? rename(key),
      OPAQUE_KEYS.has(key) ? inner : convertKeys(inner, rename, renames, key),
    ])
  );
}

export function wireToSdk<T>(value: unknown): T {
  return convertKeys(value, toCamel, SDK_NAMES, undefined) as T;
}

export function sdkToWire(value: unknown): Json {
  return convertKeys(value, toSnake, WIRE_NAMES, undefined) as Json;
}

/** The wire names along the path of an SDK validation issue (a zod issue's path), for a 422's `loc`. */
export function sdkPathToWire(path: readonly PropertyKey[]): Array<string | number> {
  let parent: string | undefined;
  let opaque = false;
  return path.map((segment) => {
    if (typeof segment === "number") return segment;
    const key = String(segment);
    const wire = opaque ? key : (renamed(WIRE_NAMES, parent, key) ?? toSnake(key));
    opaque ||= OPAQUE_KEYS.has(key);
    parent = key;
    return wire;
  });
}

/** The top-level fields of ChatCompletionRequest (mistral-openapi.yaml): Mistral refuses any other with 422. */
export const CHAT_REQUEST_FIELDS = new Set([
  "model",
  "temperature",
  "top_p",
  "max_tokens",
  "stream",
  "stop",
  "random_seed",
  "metadata",
  "messages",
  "response_format",
  "tools",
  "tool_choice",
  "presence_penalty",
  "frequency_penalty",
  "n",
  "prediction",
  "parallel_tool_calls",
  "reasoning_effort",
  "prompt_mode",
  "guardrails",
  "prompt_cache_key",
  "service_tier",
  "safe_prompt",
]);

/** A chat completion request as the wire carries it, once the gateway has checked and masked it. */
export interface WireChatRequest {
  model: string;
  messages: unknown[];
  stream?: boolean;
  [field: string]: unknown;
}

/**
 * One event of a streamed answer as the wire carries it. The gateway reads only what it restores and
 * counts (each choice's content, the usage); every other field is passed on as received.
 */
export interface WireStreamChunk {
  choices: WireStreamChoice[];
  usage?: { prompt_tokens?: unknown; completion_tokens?: unknown; [field: string]: unknown } | null;
  [field: string]: unknown;
}

export interface WireStreamChoice {
  index: number;
  delta: { content?: unknown; [field: string]: unknown };
  finish_reason?: string | null;
  [field: string]: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether a parsed event has the shape the relay relies on; anything else ends the stream as an upstream error. */
export function isWireStreamChunk(value: unknown): value is WireStreamChunk {
  return (
    isObject(value) &&
    Array.isArray(value.choices) &&
    value.choices.every(
      (choice) => isObject(choice) && Number.isInteger(choice.index) && isObject(choice.delta)
    ) &&
    (value.usage === undefined || value.usage === null || isObject(value.usage))
  );
}
