import type { Action } from "./actions.ts";
import type { ChatMessage } from "./chat-client.ts";
import { charsForTokens, estimateTokens } from "./tokens.ts";

/** How large one request may be. */
export interface RequestBudget {
  /** Characters of message text in one request: the gateway's `policy.limits.maxRequestChars`. */
  maxRequestChars: number;
  /** The model's context window, in tokens; absent, only characters bound a request. */
  contextTokens?: number;
  /** Tokens kept for the answer and asked for as `maxTokens` ({@link DEFAULT_ANSWER_TOKENS} when absent). */
  answerTokens?: number;
}

export const DEFAULT_ANSWER_TOKENS = 2048;
/** What a chat template adds around each message. */
const TOKENS_PER_MESSAGE = 8;

export interface Size {
  chars: number;
  tokens: number;
}

export function sizeOf(messages: readonly ChatMessage[]): Size {
  return {
    chars: messages.reduce((n, m) => n + m.content.length, 0),
    tokens: messages.reduce((n, m) => n + estimateTokens(m.content) + TOKENS_PER_MESSAGE, 0),
  };
}

/** The actions whose answer gives the whole text back: it takes about this many times its tokens. */
const ECHO_FACTOR: Partial<Record<Action, number>> = { correct: 1.2, rewrite: 1.3, translate: 1.5 };

export function answerTokens(budget: RequestBudget): number {
  return budget.answerTokens ?? DEFAULT_ANSWER_TOKENS;
}

/** The tokens an action's answer may need for a source of `sourceTokens` tokens. */
export function answerTokensFor(
  action: Action,
  sourceTokens: number,
  budget: RequestBudget
): number {
  return Math.max(answerTokens(budget), Math.ceil(sourceTokens * (ECHO_FACTOR[action] ?? 0)));
}

export function fits(size: Size, answer: number, budget: RequestBudget): boolean {
  return (
    size.chars <= budget.maxRequestChars &&
    (budget.contextTokens === undefined || size.tokens + answer <= budget.contextTokens)
  );
}

/** How much text a request may add to `overhead` and still leave `answer` tokens for the answer. */
export function room(overhead: Size, answer: number, budget: RequestBudget): Size {
  return {
    chars: budget.maxRequestChars - overhead.chars,
    tokens:
      budget.contextTokens === undefined
        ? Infinity
        : budget.contextTokens - answer - overhead.tokens,
  };
}

/** The longest source, in characters of prose, that an action takes in one request besides `overhead`. */
export function sourceLimitChars(action: Action, overhead: Size, budget: RequestBudget): number {
  const chars = budget.maxRequestChars - overhead.chars;
  if (budget.contextTokens === undefined) return chars;
  const left = budget.contextTokens - overhead.tokens;
  const tokens = Math.min(left - answerTokens(budget), left / (1 + (ECHO_FACTOR[action] ?? 0)));
  return Math.min(chars, charsForTokens(tokens));
}
