import type { ActionSpec } from "../../assistant/actions.ts";
import type { HostDocument } from "../../hosts/host.ts";
import type { RedactionResult } from "../redaction/review-redaction.ts";
import type { SourceKind } from "./action-offers.ts";

/** What the user asked for on the first screen, free text still in clear. */
export interface ActionRequest {
  spec: ActionSpec;
  source: SourceKind;
}

/** A request read and pseudonymised, ready for review and sending. */
export interface Prepared {
  request: ActionRequest;
  source: HostDocument;
  /** Terms the user added in the review. */
  alwaysMask: string[];
  /** Values the user unmasked in the review. */
  lifted: string[];
  /** texts[0]: the source; texts[1]: the free text of the request (instructions, question). */
  redaction: RedactionResult;
}

/** The request's free text, which is pseudonymised with the source. */
export function freeTextOf(spec: ActionSpec): string {
  if (spec.action === "draft" || spec.action === "reply") return spec.instructions;
  if (spec.action === "question") return spec.question;
  return "";
}

/** The spec as it may leave: its free text replaced by the pseudonymised one. */
export function outgoingSpec(prepared: Prepared): ActionSpec {
  const spec = prepared.request.spec;
  const text = prepared.redaction.texts[1]?.text ?? "";
  if (spec.action === "draft" || spec.action === "reply") return { ...spec, instructions: text };
  if (spec.action === "question") return { ...spec, question: text };
  return spec;
}
