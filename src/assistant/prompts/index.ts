import type { Action, ActionSpec } from "../actions.ts";
import type { ChatMessage } from "../chat-client.ts";
import { correctMessage } from "./correct.ts";
import { draftMessage } from "./draft.ts";
import { chatMessages } from "./messages.ts";
import { questionMessage } from "./question.ts";
import { replyMessage } from "./reply.ts";
import { rewriteMessage } from "./rewrite.ts";
import { summariseMessage } from "./summarise.ts";
import { translateMessage } from "./translate.ts";

export { mergeMessages, mergedNoteLabel, partMessages, partNoteLabel } from "./long-document.ts";
export type { LongDocumentSpec, Note, PartLabel } from "./long-document.ts";

/**
 * The messages of one request: the system prompt, then the user's request with `source` fenced.
 * `source` and the free text of `spec` must already be pseudonymised.
 */
export function buildMessages(spec: ActionSpec, source: string): ChatMessage[] {
  return chatMessages(source, (markers) => {
    switch (spec.action) {
      case "summarise":
        return summariseMessage(spec, source, markers);
      case "draft":
        return draftMessage(spec, source, markers);
      case "rewrite":
        return rewriteMessage(spec, source, markers);
      case "correct":
        return correctMessage(source, markers);
      case "translate":
        return translateMessage(spec, source, markers);
      case "question":
        return questionMessage(spec, source, markers);
      case "reply":
        return replyMessage(spec, source, markers);
    }
  });
}

/** Low for what must follow the text closely, a little higher for what is written afresh. */
const TEMPERATURES: Record<Action, number> = {
  summarise: 0.2,
  draft: 0.4,
  rewrite: 0.3,
  correct: 0.1,
  translate: 0.1,
  question: 0.1,
  reply: 0.4,
};

export function temperatureFor(action: Action): number {
  return TEMPERATURES[action];
}
