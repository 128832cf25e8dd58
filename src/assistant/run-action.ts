import { echoedWritings, StreamRestorer, restore, type Vault } from "../redaction/index.ts";
import { abortable, cancelled, linkedAbort } from "./abort.ts";
import { SOURCE_ECHOING_ACTIONS, type ActionSpec } from "./actions.ts";
import {
  answerTokens,
  answerTokensFor,
  fits,
  sizeOf,
  sourceLimitChars,
  type RequestBudget,
} from "./budget.ts";
import type { ChatClient, ChatRequest } from "./chat-client.ts";
import { coverageNote } from "./coverage.ts";
import { AssistantError } from "./errors.ts";
import type { AssistantEvent, Coverage } from "./events.ts";
import { DEFAULT_CONCURRENCY, readByParts } from "./long-document.ts";
import { buildMessages, type LongDocumentSpec } from "./prompts/index.ts";
import { chatRequest } from "./request.ts";
import { estimateTokens } from "./tokens.ts";

export interface RunActionOptions {
  client: ChatClient;
  /** What the user asked for; its free text (instructions, question) pseudonymised with `vault`, like the source. */
  spec: ActionSpec;
  /**
   * The text to work on, already pseudonymised with `vault`, and where its headings start (for
   * splitting); `writings`, each placeholder of it in order with the writing it replaced, gives an
   * answer that echoes the source (SOURCE_ECHOING_ACTIONS) each name as the source wrote it there,
   * a mention placed by the words before it when the answer dropped one.
   */
  source: {
    text: string;
    headingStarts: readonly number[];
    writings?: ReadonlyArray<{ placeholder: string; original: string }>;
  };
  /** The mapping the source was pseudonymised with: the answer's placeholders are restored from it. */
  vault: Vault;
  /** The policy's default model when absent. */
  model?: string;
  /** Aborting it stops every request at once; the run then throws ChatError "cancelled". */
  signal?: AbortSignal;
  budget: RequestBudget;
  /** Most part requests at a time for a long document ({@link DEFAULT_CONCURRENCY} when absent). */
  concurrency?: number;
}

const isLongDocumentSpec = (spec: ActionSpec): spec is LongDocumentSpec =>
  spec.action === "summarise" || spec.action === "question";

/**
 * Runs one action: the answer streams as `text` events with the originals restored, then `done`.
 * A source too long for one request is read part by part when the action allows it (summarise,
 * question), with `progress` events and a coverage note ending the answer; any other action throws
 * AssistantError "too-long" before sending anything. Request failures throw the client's ChatError.
 */
export async function* runAction(
  options: RunActionOptions
): AsyncGenerator<AssistantEvent, void, undefined> {
  const { client, spec, source, vault, model, budget } = options;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new RangeError("concurrency must be a positive integer");
  if (spec.action !== "draft" && !source.text.trim()) throw AssistantError.empty();

  const run = linkedAbort(options.signal);
  try {
    if (run.signal.aborted) throw cancelled();
    const messages = buildMessages(spec, source.text);
    const size = sizeOf(messages);
    const sourceTokens = estimateTokens(source.text);
    const answer = answerTokensFor(spec.action, sourceTokens, budget);
    // Elsewhere a name comes back in its fullest writing, which suits a summary or a draft.
    const echoes = SOURCE_ECHOING_ACTIONS.has(spec.action) && source.writings;
    const restorer = new StreamRestorer(
      vault,
      echoes ? { sequence: echoedWritings(source.text, echoes) } : {}
    );
    let restored = "";
    let pseudonymised = "";
    /** Streams a request's answer, restored as it comes. */
    async function* stream(request: ChatRequest): AsyncGenerator<AssistantEvent> {
      for await (const chunk of abortable(client.stream(request, run.signal), run.signal)) {
        pseudonymised += chunk;
        yield* emit(restorer.push(chunk));
      }
    }
    function* emit(text: string): Generator<AssistantEvent> {
      restored += text;
      if (text) yield { type: "text", text };
    }

    let coverage: Coverage | undefined;
    if (fits(size, answer, budget)) {
      yield* stream(chatRequest(spec, messages, answer, model));
    } else if (isLongDocumentSpec(spec)) {
      const reading = yield* readByParts({
        client,
        spec,
        source,
        budget,
        model,
        concurrency,
        signal: run.signal,
      });
      yield* stream(chatRequest(spec, reading.final, answerTokens(budget), model));
      const note = coverageNote(spec, reading.parts, reading.covered);
      const separated = `${pseudonymised.endsWith("\n") ? "\n" : "\n\n"}${note}`;
      pseudonymised += separated;
      yield* emit(restorer.push(separated));
      coverage = {
        parts: reading.parts.map((part, i) => ({
          index: part.index,
          start: part.start,
          end: part.end,
          ...(part.title === undefined ? {} : { title: restore(part.title, vault).text }),
          covered: reading.covered[i]!,
        })),
      };
    } else {
      const overhead = {
        chars: size.chars - source.text.length,
        tokens: size.tokens - sourceTokens,
      };
      throw AssistantError.tooLong(
        source.text.length,
        sourceLimitChars(spec.action, overhead, budget)
      );
    }
    yield* emit(restorer.end());
    yield {
      type: "done",
      text: restored,
      pseudonymised,
      unknownPlaceholders: [...restorer.unknown],
      ...(coverage ? { coverage } : {}),
    };
  } finally {
    run.dispose();
  }
}
