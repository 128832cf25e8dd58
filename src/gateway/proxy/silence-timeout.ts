/** The upstream sent nothing for longer than `upstream.timeoutMs`. */
export class UpstreamTimeoutError extends Error {
  override name = "UpstreamTimeoutError";
}

/**
 * Ends an upstream call that has been silent for too long: counted from the start of the call, and
 * again from each piece of answer a stream brings (`heard`), so that a long answer still coming is
 * never cut and one that stalls is. The caller's own abort (a client gone) passes through.
 *
 * The abort reason is an error of its own rather than a `TimeoutError`: the SDK takes a
 * `TimeoutError` for a connection error and retries it, with the same signal already aborted, until
 * its retries run out.
 */
export class SilenceTimeout {
  readonly #controller = new AbortController();
  readonly #caller: AbortSignal;
  readonly #timer: NodeJS.Timeout;
  readonly #onCallerAbort = () => this.#controller.abort(this.#caller.reason);
  #stopped = false;

  constructor(ms: number, caller: AbortSignal) {
    this.#caller = caller;
    this.#timer = setTimeout(
      () =>
        this.#controller.abort(new UpstreamTimeoutError(`no answer from upstream for ${ms} ms`)),
      ms
    );
    if (caller.aborted) this.#onCallerAbort();
    else caller.addEventListener("abort", this.#onCallerAbort, { once: true });
  }

  /** Aborted by the caller, or by the silence. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Whether the silence, not the caller, ended the call. */
  get expired(): boolean {
    return this.#controller.signal.reason instanceof UpstreamTimeoutError;
  }

  /** Something came: the silence counts from now. */
  heard(): void {
    if (!this.#stopped && !this.#controller.signal.aborted) this.#timer.refresh();
  }

  /** The call is over: no timer left running, no listener left on the caller's signal. */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    this.#caller.removeEventListener("abort", this.#onCallerAbort);
  }

  /** What the call failed with: the timeout when the silence ended it, else `error` itself. */
  failure(error: unknown): unknown {
    return this.expired ? this.#controller.signal.reason : error;
  }
}
