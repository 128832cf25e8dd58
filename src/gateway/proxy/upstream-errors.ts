import { MistralError } from "@mistralai/mistralai/models/errors";
import { GATEWAY_ERRORS, type MistralError as MistralErrorBody } from "../errors.ts";

export interface UpstreamFailure {
  status: number;
  body: MistralErrorBody | Record<string, unknown>;
  /** Mistral's status, for the log; never its body, which may echo the request. */
  upstreamStatus: number | null;
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
    if (status === 429)
      return { status: 429, body: GATEWAY_ERRORS.upstreamRateLimited(), upstreamStatus: status };
    if (status >= 500)
      return { status: 502, body: GATEWAY_ERRORS.upstreamUnavailable(), upstreamStatus: status };
    return { status: 502, body: GATEWAY_ERRORS.upstreamRejected(status), upstreamStatus: status };
  }
  const name = (error as Error | undefined)?.name ?? "";
  const timedOut = name === "RequestTimeoutError" || name === "TimeoutError";
  return {
    status: timedOut ? 504 : 502,
    body: GATEWAY_ERRORS.upstreamUnavailable(),
    upstreamStatus: null,
  };
}
