import { setTimeout as sleep } from "node:timers/promises";
import type {
  ChatCompletionRequest,
  ChatCompletionResponse,
} from "@mistralai/mistralai/models/components";
import type { WireChatRequest, WireStreamChunk } from "../wire.ts";
import type { Upstream } from "./upstream.ts";
import type { UpstreamEvent } from "./chunk-stream.ts";

/** The model name the policy offers in demonstration mode. */
export const DEMO_MODEL = "plume-demonstration";

/** Characters of the received text quoted back: enough to show a few restored names. */
const QUOTED = 700;

const INTRO =
  "Démonstration : aucun modèle n'est branché sur cette passerelle (renseignez MISTRAL_API_KEY pour un vrai modèle Mistral). " +
  "Voici le début du texte que cette démonstration a reçu : les données personnelles y étaient masquées par des balises, remises en clair sur votre poste.";

/** A message of either shape, the SDK's or the wire's: both name `role` and `content` alike. */
type Message = { role?: unknown; content?: unknown };

/** The text of the last user message, inside the assistant's fence when there is one. */
function receivedText(messages: readonly Message[]): string {
  const last = [...messages].reverse().find((message) => message?.role === "user");
  const content = typeof last?.content === "string" ? last.content : "";
  const fenced = /^<<<[^\n]*>>>\n([\s\S]*?)\n<<<[^\n]*>>>$/m.exec(content);
  return (fenced?.[1] ?? content).trim();
}

/** Up to `QUOTED` characters, cut at a word boundary, so that no placeholder is cut in two. */
function quote(text: string): string {
  if (text.length <= QUOTED) return text;
  const cut = text.lastIndexOf(" ", QUOTED);
  return `${text.slice(0, cut > 0 ? cut : QUOTED)} […]`;
}

function answerTo(messages: readonly Message[]): string {
  return `${INTRO}\n\n${quote(receivedText(messages))}`;
}

/**
 * A stand-in for the model that `plume serve --dev` uses when no Mistral key is set, so that a
 * newcomer sees the whole path work — masking, streaming, restoration, insertion — and is told
 * plainly that no model answered. It echoes the start of what it received, paced like a model.
 */
export function createDemoUpstream(): Upstream {
  const tokens = (prompt: string, answer: string) => ({
    prompt: Math.ceil(prompt.length / 4),
    completion: Math.ceil(answer.length / 4),
    total: Math.ceil((prompt.length + answer.length) / 4),
  });
  return {
    async complete(request: ChatCompletionRequest): Promise<ChatCompletionResponse> {
      const answer = answerTo(request.messages);
      const { prompt, completion, total } = tokens(receivedText(request.messages), answer);
      return {
        id: crypto.randomUUID(),
        object: "chat.completion",
        model: DEMO_MODEL,
        created: Math.floor(Date.now() / 1000),
        usage: { promptTokens: prompt, completionTokens: completion, totalTokens: total },
        choices: [
          { index: 0, message: { role: "assistant", content: answer }, finishReason: "stop" },
        ],
      };
    },
    async stream(request: WireChatRequest, signal: AbortSignal) {
      const messages = request.messages as Message[];
      const answer = answerTo(messages);
      const { prompt, completion, total } = tokens(receivedText(messages), answer);
      const id = crypto.randomUUID();
      const created = Math.floor(Date.now() / 1000);
      const words = answer.match(/\S+\s*/g) ?? [];
      return (async function* (): AsyncGenerator<UpstreamEvent[]> {
        for (const [index, word] of words.entries()) {
          await sleep(12, undefined, { signal });
          const last = index === words.length - 1;
          const chunk: WireStreamChunk = {
            id,
            object: "chat.completion.chunk",
            model: DEMO_MODEL,
            created,
            choices: [{ index: 0, delta: { content: word }, finish_reason: last ? "stop" : null }],
            ...(last && {
              usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: total },
            }),
          };
          yield [{ chunk, data: JSON.stringify(chunk) }];
        }
      })();
    },
  };
}
