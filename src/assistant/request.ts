import { abortable } from "./abort.ts";
import type { ChatClient, ChatMessage, ChatRequest } from "./chat-client.ts";
import type { ActionSpec } from "./actions.ts";
import { temperatureFor } from "./prompts/index.ts";

/** A request for `spec`'s action, as the gateway audits and checks it. */
export function chatRequest(
  spec: ActionSpec,
  messages: ChatMessage[],
  maxTokens: number,
  model: string | undefined
): ChatRequest {
  return {
    action: spec.action,
    messages,
    maxTokens,
    temperature: temperatureFor(spec.action),
    ...(model === undefined ? {} : { model }),
  };
}

/** The whole answer to a request, or "cancelled" as soon as `signal` aborts. */
export async function complete(
  client: ChatClient,
  request: ChatRequest,
  signal: AbortSignal
): Promise<string> {
  let text = "";
  for await (const chunk of abortable(client.stream(request, signal), signal)) text += chunk;
  return text;
}
