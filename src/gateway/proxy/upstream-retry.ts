import { ConnectionError } from "@mistralai/mistralai/models/errors/httpclienterrors.js";
import { MistralError } from "@mistralai/mistralai/models/errors";
import { setTimeout as sleep } from "node:timers/promises";
import { retryAfterMs } from "./retry-after.ts";

export interface RetrySettings {
  /** Retries after the first attempt. */
  count: number;
  /** Wait before the first retry, doubled at each one. */
  initialMs: number;
  /** Longest wait; an upstream's Retry-After beyond it is not waited for. */
  maxMs: number;
}

/** The statuses Mistral's own clients retry: saturation and passing failures. */
const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504]);

/** How long to wait before the next attempt after `error`, or undefined when it is not retried. */
function waitBefore(error: unknown, retry: number, settings: RetrySettings): number | undefined {
  const backoff = Math.min(settings.maxMs, settings.initialMs * 2 ** retry);
  if (error instanceof ConnectionError) return backoff;
  if (!(error instanceof MistralError) || !RETRIED_STATUSES.has(error.statusCode)) return undefined;
  const asked = retryAfterMs(error.headers);
  if (asked === undefined) return backoff;
  // A wait longer than the gateway allows goes to the client with its Retry-After, who can say
  // "come back in two minutes" rather than holding the user that long.
  return asked <= settings.maxMs ? Math.max(asked, backoff) : undefined;
}

/**
 * Runs `attempt` and, when it fails with a 429, a 5xx or a lost connection, again, up to
 * `settings.count` more times: waiting `initialMs`, then twice as long each time up to `maxMs`, and
 * never sooner than the upstream's Retry-After asks; one asking longer than `maxMs` is not waited
 * for, its 429 goes to the client. The SDK's own retries
 * cannot say how many times, and cap a Retry-After at their longest wait. An abort ends the waits,
 * and the attempt in flight: what it gives later is handed to `discard`.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  settings: RetrySettings,
  signal: AbortSignal,
  discard: (late: T) => void = () => undefined
): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await untilAborted(attempt(), signal, discard);
    } catch (error) {
      const wait = retry < settings.count ? waitBefore(error, retry, settings) : undefined;
      if (wait === undefined || signal.aborted) throw error;
      await sleep(wait, undefined, { signal });
    }
  }
}

/**
 * `attempt`, or the signal's reason as soon as it aborts. A fetch through the SDK whose signal
 * aborts while its request is in flight has been seen never to settle (an end-to-end test: the
 * call cancelled by the pane stayed in flight until the process ended), and a call's handler must
 * not wait on it.
 */
function untilAborted<T>(
  attempt: Promise<T>,
  signal: AbortSignal,
  discard: (late: T) => void
): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
    attempt.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        if (signal.aborted) discard(value);
        else resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      }
    );
  });
}
