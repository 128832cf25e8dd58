import { ChatError } from "./chat-client.ts";

export const cancelled = () => new ChatError("cancelled");

/** True when `error` ends the whole run rather than one request: the user cancelled, or retrying is pointless. */
export function isFatal(error: unknown, signal: AbortSignal): boolean {
  return (
    signal.aborted ||
    (error instanceof ChatError &&
      (["cancelled", "unauthorized", "forbidden", "rate-limited"] as const).some(
        (k) => k === error.kind
      ))
  );
}

/** A signal of the run's own that follows the caller's; dispose() also stops what is still going. */
export function linkedAbort(signal: AbortSignal | undefined): {
  signal: AbortSignal;
  dispose(): void;
} {
  const controller = new AbortController();
  const abort = () => controller.abort();
  if (signal?.aborted) abort();
  else signal?.addEventListener("abort", abort, { once: true });
  return {
    signal: controller.signal,
    dispose() {
      signal?.removeEventListener("abort", abort);
      controller.abort();
    },
  };
}

/** `promise`, or "cancelled" as soon as `signal` aborts, whether or not the promise ever settles. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelled());
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
    promise
      .then(resolve, (error: unknown) => reject(signal.aborted ? cancelled() : error))
      .finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** The items of `stream` until it ends, stopping at once when `signal` aborts, even a stream that hangs. */
export async function* abortable<T>(
  stream: AsyncIterable<T>,
  signal: AbortSignal
): AsyncGenerator<T> {
  const iterator = stream[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      const next = await untilAborted(iterator.next(), signal);
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // Tells an unfinished stream to stop, without waiting: a stream that hangs would hang us too.
    if (!finished) iterator.return?.().catch(() => undefined);
  }
}
