export { ACTIONS, isAction, type Action, type ActionSpec } from "./actions.ts";
export {
  ChatError,
  type ChatClient,
  type ChatErrorKind,
  type ChatMessage,
  type ChatRequest,
} from "./chat-client.ts";
export { DEFAULT_ANSWER_TOKENS, type RequestBudget } from "./budget.ts";
export { splitDocument, type DocumentPart, type SplitOptions } from "./chunking.ts";
export { AssistantError, type AssistantErrorKind } from "./errors.ts";
export type { AssistantEvent, Coverage, PartCoverage } from "./events.ts";
export { DEFAULT_CONCURRENCY } from "./long-document.ts";
export { buildMessages } from "./prompts/index.ts";
export { runAction, type RunActionOptions } from "./run-action.ts";
export { CHARS_PER_TOKEN, charsForTokens, estimateTokens } from "./tokens.ts";
