/**
 * Request validation of the Mistral stand-in, as the real service does it: FastAPI/pydantic 422 details
 * (HTTPValidationError) for the schema, then Mistral's own 400s for message order and unknown models.
 */
import { mistralError } from "./mistral-stand-in-script.ts";

/** The properties of ChatCompletionRequest in the spec; any other top-level field is a 422. */
export const CHAT_REQUEST_FIELDS: readonly string[] = [
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
  "prompt_mode",
  "reasoning_effort",
  "guardrails",
  "prompt_cache_key",
  "safe_prompt",
];

export type Role = "system" | "user" | "assistant" | "tool";

/** Properties and required properties of SystemMessage, UserMessage, AssistantMessage and ToolMessage. */
export const MESSAGE_FIELDS: Readonly<
  Record<Role, { properties: readonly string[]; required: readonly string[] }>
> = {
  system: { properties: ["role", "content"], required: ["content"] },
  user: { properties: ["role", "content"], required: ["content"] },
  assistant: { properties: ["role", "content", "tool_calls", "prefix"], required: [] },
  tool: { properties: ["role", "content", "tool_call_id", "name"], required: ["content"] },
};

export interface ChatMessage {
  role: Role;
  content?: unknown;
  prefix?: unknown;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  stream: boolean;
}

export interface ValidationError {
  type: string;
  loc: (string | number)[];
  msg: string;
  input: unknown;
}

export type Validated =
  { ok: true; request: ChatRequest } | { ok: false; status: number; body: object };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isRole = (value: unknown): value is Role =>
  typeof value === "string" && value in MESSAGE_FIELDS;

const NOT_AN_OBJECT = "Input should be a valid dictionary or object to extract fields from";

function fieldErrors(
  value: Json,
  loc: (string | number)[],
  properties: readonly string[],
  required: readonly string[]
) {
  const errors: ValidationError[] = [];
  for (const name of required) {
    if (!(name in value))
      errors.push({ type: "missing", loc: [...loc, name], msg: "Field required", input: value });
  }
  for (const [name, input] of Object.entries(value)) {
    if (!properties.includes(name)) {
      errors.push({
        type: "extra_forbidden",
        loc: [...loc, name],
        msg: "Extra inputs are not permitted",
        input,
      });
    }
  }
  return errors;
}

function messageErrors(message: unknown, loc: (string | number)[]): ValidationError[] {
  if (!isObject(message))
    return [{ type: "model_attributes_type", loc, msg: NOT_AN_OBJECT, input: message }];
  if (!("role" in message)) {
    return [
      {
        type: "union_tag_not_found",
        loc,
        msg: "Unable to extract tag using discriminator 'role'",
        input: message,
      },
    ];
  }
  if (!isRole(message.role)) {
    const msg = `Input tag '${String(message.role)}' found using 'role' does not match any of the expected tags: 'system', 'user', 'assistant', 'tool'`;
    return [{ type: "union_tag_invalid", loc, msg, input: message }];
  }
  const { properties, required } = MESSAGE_FIELDS[message.role];
  const errors = fieldErrors(message, [...loc, message.role], properties, required);
  if ("prefix" in message && typeof message.prefix !== "boolean") {
    errors.push({
      type: "bool_type",
      loc: [...loc, message.role, "prefix"],
      msg: "Input should be a valid boolean",
      input: message.prefix,
    });
  }
  return errors;
}

function schemaErrors(body: Json): ValidationError[] {
  const errors = fieldErrors(body, ["body"], CHAT_REQUEST_FIELDS, ["model", "messages"]);
  if ("model" in body && typeof body.model !== "string") {
    errors.push({
      type: "string_type",
      loc: ["body", "model"],
      msg: "Input should be a valid string",
      input: body.model,
    });
  }
  if ("stream" in body && typeof body.stream !== "boolean") {
    errors.push({
      type: "bool_type",
      loc: ["body", "stream"],
      msg: "Input should be a valid boolean",
      input: body.stream,
    });
  }
  if ("messages" in body) {
    if (!Array.isArray(body.messages)) {
      errors.push({
        type: "list_type",
        loc: ["body", "messages"],
        msg: "Input should be a valid list",
        input: body.messages,
      });
    } else {
      body.messages.forEach((message, i) =>
        errors.push(...messageErrors(message, ["body", "messages", i]))
      );
    }
  }
  return errors;
}

const unprocessable = (detail: unknown[]): Validated => ({
  ok: false,
  status: 422,
  body: { detail },
});

export function validateChatRequest(raw: string, models: readonly string[]): Validated {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return unprocessable([
      {
        type: "json_invalid",
        loc: ["body", 0],
        msg: "JSON decode error",
        input: {},
        ctx: { error: "Expecting value" },
      },
    ]);
  }
  if (!isObject(body))
    return unprocessable([
      { type: "model_attributes_type", loc: ["body"], msg: NOT_AN_OBJECT, input: body },
    ]);
  const errors = schemaErrors(body);
  if (errors.length > 0) return unprocessable(errors);

  const request: ChatRequest = {
    model: body.model as string,
    messages: body.messages as ChatMessage[],
    stream: body.stream === true,
  };
  const last = request.messages.at(-1);
  if (
    last &&
    !(
      last.role === "user" ||
      last.role === "tool" ||
      (last.role === "assistant" && last.prefix === true)
    )
  ) {
    const message = `Expected last role User or Tool (or Assistant with prefix True) for serving but got ${last.role}`;
    return {
      ok: false,
      status: 400,
      body: mistralError(message, "invalid_request_message_order", "3230"),
    };
  }
  if (!models.includes(request.model)) {
    return {
      ok: false,
      status: 400,
      body: mistralError(`Invalid model: ${request.model}`, "invalid_model", "1500"),
    };
  }
  return { ok: true, request };
}

/** The text of a message content: a string, or the `text` of its text chunks. */
export function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((chunk: unknown) => (isObject(chunk) && typeof chunk.text === "string" ? chunk.text : ""))
    .join("");
}

/** The content of a final assistant message with `prefix: true`, which the answer continues. */
export function prefixOf(request: ChatRequest): string {
  const last = request.messages.at(-1);
  return last?.role === "assistant" && last.prefix === true ? textOf(last.content) : "";
}

export function lastUserText(request: ChatRequest): string {
  return textOf(request.messages.findLast((message) => message.role === "user")?.content);
}
