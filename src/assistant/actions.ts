/**
 * The actions Plume offers, as the gateway's policy names them (`policy.actions.enabled`) and as the
 * add-in sends them in the `X-Plume-Action` header, with the options each one takes.
 */
export const ACTIONS = [
  "summarise",
  "draft",
  "rewrite",
  "correct",
  "translate",
  "question",
  "reply",
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * The actions whose answer is the source given back, changed: it replaces the selection, and each
 * name in it comes back as the source wrote it there (`Mme Dos Santos` stays so, though the source
 * also wrote `Mme Sandrine DOS SANTOS`).
 */
export const SOURCE_ECHOING_ACTIONS: ReadonlySet<Action> = new Set([
  "rewrite",
  "correct",
  "translate",
]);

/** The header a call names its action in, for the gateway's policy and audit (lower case, as Node reads it). */
export const ACTION_HEADER = "x-plume-action";

export const SUMMARY_FORMATS = ["short", "bullets", "detailed"] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

export const DRAFT_KINDS = ["letter", "note", "convocation", "email"] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const REWRITE_STYLES = ["plain", "formal", "shorter"] as const;
export type RewriteStyle = (typeof REWRITE_STYLES)[number];

export const TRANSLATION_TARGETS = ["en", "de", "es", "it", "pt", "ar", "fr"] as const;
export type TranslationTarget = (typeof TRANSLATION_TARGETS)[number];

/** What the user asked for. Free text in it (instructions, question) is pseudonymised like the source. */
export type ActionSpec =
  | { action: "summarise"; format: SummaryFormat; source: "text" | "message" | "thread" }
  | { action: "draft"; kind: DraftKind; instructions: string }
  | { action: "rewrite"; style: RewriteStyle }
  | { action: "correct" }
  | { action: "translate"; target: TranslationTarget }
  | { action: "question"; question: string }
  | { action: "reply"; instructions: string };

export function isAction(value: unknown): value is Action {
  return typeof value === "string" && (ACTIONS as readonly string[]).includes(value);
}
