import { ACTION_HEADER } from "../../assistant/actions.ts";
import { ChatError, type ChatClient, type ChatRequest } from "../../assistant/chat-client.ts";
import { chatErrorOf } from "./gateway-api.ts";
import type { TokenProvider } from "./sign-in.ts";

/** The SDK's core and stream function only, loaded on the first call: the first screen needs neither. */
const sdk = () =>
  Promise.all([
    import("@mistralai/mistralai/core.js"),
    import("@mistralai/mistralai/funcs/chatStream.js"),
    import("@mistralai/mistralai/models/errors/index.js"),
  ]);

/**
 * The answer's text in a delta: its content when a string, its `text` chunks when a list (a
 * reasoning model such as Magistral lists its thinking first, which is not the answer).
 */
function answerText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  let text = "";
  for (const chunk of content as { type?: string; text?: unknown }[])
    if (chunk.type === "text" && typeof chunk.text === "string") text += chunk.text;
  return text;
}

/**
 * The assistant's ChatClient over the official Mistral SDK, pointed at the gateway: the gateway speaks
 * Mistral's API, so the pane needs no client of its own. The action goes in the `X-Plume-Action` header
 * the gateway checks against the policy.
 */
export function mistralChatClient(origin: string, tokens: TokenProvider): ChatClient {
  let client: ReturnType<typeof load> | undefined;
  function load() {
    return sdk().then(([{ MistralCore }, stream, errors]) => ({
      core: new MistralCore({ serverURL: origin, apiKey: () => tokens.token() }),
      chatStream: stream.chatStream,
      errors,
    }));
  }
  return {
    async *stream(request: ChatRequest, signal?: AbortSignal) {
      // Fetched on the first request, not when the pane opens: the first screens do not need it.
      const { core, chatStream, errors } = await (client ??= load());
      const result = await chatStream(
        core,
        {
          model: request.model ?? "",
          messages: request.messages,
          stream: true,
          ...(request.maxTokens !== undefined && { maxTokens: request.maxTokens }),
          ...(request.temperature !== undefined && { temperature: request.temperature }),
        },
        {
          headers: { [ACTION_HEADER]: request.action },
          ...(signal && { fetchOptions: { signal } }),
          // The gateway retries the model service itself, before the first byte.
          retries: { strategy: "none" },
        }
      );
      if (!result.ok) {
        const error: unknown = result.error;
        if (signal?.aborted) throw new ChatError("cancelled");
        if (error instanceof errors.MistralError)
          throw chatErrorOf(error.statusCode, error.headers, error.body);
        throw new ChatError("network", { cause: error });
      }
      let finished = false;
      try {
        for await (const event of result.value) {
          for (const choice of event.data.choices) {
            const text = answerText(choice.delta.content);
            if (text) yield text;
            if (choice.finishReason) finished = true;
          }
        }
      } catch (cause) {
        if (signal?.aborted) throw new ChatError("cancelled", { cause });
        throw new ChatError("stream-cut", { cause });
      }
      if (signal?.aborted) throw new ChatError("cancelled");
      if (!finished) throw new ChatError("stream-cut");
    },
  };
}
