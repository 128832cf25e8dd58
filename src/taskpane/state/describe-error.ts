import { ChatError } from "../../assistant/chat-client.ts";
import { AssistantError } from "../../assistant/errors.ts";
import { HostError } from "../../hosts/host.ts";
import { languageOf, type Catalogue } from "../i18n/index.ts";
import { SignInError } from "../services/sign-in.ts";
import { PaneError } from "./pane-error.ts";

/**
 * What to tell the user about a failure, in their language: what happened and what to do next. The
 * gateway's own French message is preferred for policy refusals, since it names what was refused.
 */
export function describeError(error: unknown, t: Catalogue): string {
  const e = t.errors;
  if (error instanceof PaneError) {
    if (error.code === "sourceTooLong") return e.sourceTooLong(error.limit ?? 0);
    return e[error.code];
  }
  if (error instanceof AssistantError) {
    if (error.kind === "too-long") return e.sourceTooLong(error.limit ?? 0);
    return error.kind === "empty" ? e.emptySource : e.budget;
  }
  if (error instanceof HostError) {
    switch (error.code) {
      case "no-selection":
        return e.noSelection;
      case "unsupported":
        return e.unsupported;
      case "too-long":
        return e.hostTooLong(error.limit ?? 0);
      case "changed-meanwhile":
        return e.changedMeanwhile;
      default:
        return e.hostFailed;
    }
  }
  if (error instanceof SignInError)
    return error.kind === "not-configured" ? e.signInNotConfigured : e.signIn;
  if (error instanceof ChatError) {
    switch (error.kind) {
      case "network":
        return e.network;
      case "unauthorized":
        return e.unauthorized;
      case "forbidden":
        return e.forbidden;
      case "rate-limited":
        return error.retryAfterSeconds
          ? e.rateLimited(error.retryAfterSeconds)
          : e.rateLimitedNoDelay;
      case "refused":
        // The gateway's message names what was refused; it is in French, so French users see it as is.
        return error.serverMessage && languageOf(t) === "fr" ? error.serverMessage : e.refused;
      case "too-large":
        return e.tooLarge;
      case "unavailable":
        return e.unavailable;
      case "stream-cut":
        return e.streamCut;
      case "cancelled":
        return e.cancelled;
    }
  }
  return e.unexpected;
}
