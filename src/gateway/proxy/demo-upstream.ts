import type {
  ChatCompletionRequest,
  ChatCompletionResponse,
  ChatCompletionStreamRequest,
  CompletionEvent,
} from "@mistralai/mistralai/models/components";
import type { Upstream } from "./upstream.ts";

/** The model name the policy offers in demonstration mode. */
export const DEMO_MODEL = "plume-demonstration";

/** Characters of the received text quoted back: enough to show a few restored names. */
const QUOTED = 700;

const INTRO =
  "Démonstration : aucun modèle n'est branché sur cette passerelle (renseignez MISTRAL_API_KEY pour un vrai modèle Mistral). " +
  "Voici le début du texte que cette démonstration a reçu : les données personnelles y étaient masquées par des balises, remises en clair sur votre poste.";

type Message = ChatCompletionRequest["messages"][number];

/** The text of the last user message, inside the assistant's fence when there is one. */
function receivedText(messages: readonly Message[]): string {
  const last = [...messages].reverse().find((message) => message.role === "user");
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

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

/**
 * A stand-in for the model that `plume serve --dev` uses when no Mistral key is set, so that a
 * newcomer sees the whole path work — masking, streaming, restoration, insertion — and is told
 * plainly that no model answered. It echoes the start of what it received, paced like a model.
 */
export function createDemoUpstream(): Upstream {
  const usage = (prompt: string, answer: string) => ({
    promptTokens: Math.ceil(prompt.length / 4),
    completionTokens: Math.ceil(answer.length / 4),
    totalTokens: Math.ceil((prompt.length + answer.length) / 4),
  });
  return {
    async complete(request: ChatCompletionRequest): Promise<ChatCompletionResponse> {
      const answer = answerTo(request.messages);
      return {
        id: crypto.randomUUID(),
        object: "chat.completion",
        model: DEMO_MODEL,
        created: Math.floor(Date.now() / 1000),
        usage: usage(receivedText(request.messages), answer),
        choices: [
          { index: 0, message: { role: "assistant", content: answer }, finishReason: "stop" },
        ],
      };
    },
    async stream(
      request: ChatCompletionStreamRequest,
      signal: AbortSignal
    ): Promise<AsyncIterable<CompletionEvent>> {
      const answer = answerTo(request.messages);
      const id = crypto.randomUUID();
      const created = Math.floor(Date.now() / 1000);
      const words = answer.match(/\S+\s*/g) ?? [];
      return (async function* () {
        for (const [index, word] of words.entries()) {
          await wait(12, signal);
          const last = index === words.length - 1;
          yield {
            data: {
              id,
              model: DEMO_MODEL,
              created,
              choices: [{ index: 0, delta: { content: word }, finishReason: last ? "stop" : null }],
              ...(last && { usage: usage(receivedText(request.messages), answer) }),
            },
          };
        }
      })();
    },
  };
}
