import type { AnalyzeOptions } from "../redaction/index.ts";
import { UserError } from "./input.ts";
import type { Messages } from "./messages.ts";

/** The detection options shared by `detect` and `redact`. */
export const ENGINE_OPTIONS = {
  "always-mask": { type: "string", multiple: true },
  "never-mask": { type: "string", multiple: true },
  "min-score": { type: "string" },
} as const;

export function analyzeOptions(
  values: { "always-mask"?: string[]; "never-mask"?: string[]; "min-score"?: string },
  t: Messages
): AnalyzeOptions {
  const options: AnalyzeOptions = {};
  if (values["always-mask"]?.length) options.alwaysMask = values["always-mask"];
  if (values["never-mask"]?.length) options.neverMask = values["never-mask"];
  if (values["min-score"] !== undefined) {
    const score = Number(values["min-score"].replace(",", "."));
    if (!Number.isFinite(score) || score < 0 || score > 1) throw new UserError(t.badScore);
    options.minScore = score;
  }
  return options;
}
