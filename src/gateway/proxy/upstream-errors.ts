import { MistralError } from "@mistralai/mistralai/models/errors";
import { GATEWAY_ERRORS, type MistralError as MistralErrorBody } from "../errors.ts";
import { UpstreamTimeoutError } from "./silence-timeout.ts";

export interface UpstreamFailure {
  status: number;
  body: MistralErrorBody | Record<string, unknown>;
  /** Mistral's status, for the log; never its body, which may echo the request. */
  upstreamStatus: number | null;
  /** For a 429: when Mistral says to try again, passed on so the pane can say how long to wait. */
  retryAfterSeconds?: number;
}

/** Retry-After in seconds (RFC 9110 also allows an HTTP date), or undefined when absent or unreadable. */
function retryAfter(headers: Headers): number | undefined {
  const value = headers.get("retry-after")?.trim();
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : undefined;
}

/**
 * What the client is told when Mistral fails: its own 422 is passed on (the request was malformed),
 * saturation stays a 429, and everything else becomes a 502 or 504 in French. The key and the
 * upstream's address never appear.
 */
export function upstreamFailure(error: unknown): UpstreamFailure {
  if (error instanceof MistralError) {
    const status = error.statusCode;
    if (status === 422) {
      try {
        return {
          status,
          body: JSON.parse(error.body) as Record<string, unknown>,
          upstreamStatus: status,
        };
      } catch {
        return {
          status: 502,
          body: GATEWAY_ERRORS.upstreamRejected(status),
          upstreamStatus: status,
        };
      }
    }
    if (status === 429) {
      const seconds = retryAfter(error.headers);
      return {
        status: 429,
        body: GATEWAY_ERRORS.upstreamRateLimited(),
        upstreamStatus: status,
        ...(seconds !== undefined && { retryAfterSeconds: seconds }),
      };
    }
    if (status >= 500)
      return { status: 502, body: GATEWAY_ERRORS.upstreamUnavailable(), upstreamStatus: status };
    return { status: 502, body: GATEWAY_ERRORS.upstreamRejected(status), upstreamStatus: status };
  }
  // Every call carries a silence timeout, so the SDK's own timeout errors never arise.
  return {
    status: error instanceof UpstreamTimeoutError ? 504 : 502,
    body: GATEWAY_ERRORS.upstreamUnavailable(),
    upstreamStatus: null,
  };
}
