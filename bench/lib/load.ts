/**
 * A closed-loop load generator: `concurrency` workers each start a call, wait for it to end, and
 * start the next, until `maxRequests` calls have been started or `maxMs` has passed. Calls in
 * flight at the deadline are waited for (and counted), so that nothing outlives a run.
 */

export interface LoadOptions {
  concurrency: number;
  maxRequests: number;
  maxMs: number;
  /**
   * The workers' first calls start evenly over this many milliseconds rather than all at once.
   * Calls that all last about as long keep a closed loop in lockstep: started together, they end
   * together and start again together, so each round's requests arrive as one burst, every one
   * queued behind the others' request work. Spread over one call's length, the streams are in
   * flight side by side, as independent users' are.
   */
  spreadMs?: number;
}

/** What one call reports: when its first byte came, in ms from its start. */
export interface CallTiming {
  firstByteMs: number;
}

export interface LoadResult {
  concurrency: number;
  /** Calls that ended without error. */
  completed: number;
  errors: number;
  /** The first few error messages, for the report. */
  errorSamples: string[];
  elapsedMs: number;
  /** Time from start to end of each call that succeeded, in ms. */
  latenciesMs: number[];
  firstByteMs: number[];
}

/** Error messages a result keeps, for the report. */
export const ERROR_SAMPLES = 3;

export async function closedLoop(
  options: LoadOptions,
  call: () => Promise<CallTiming>
): Promise<LoadResult> {
  const result: LoadResult = {
    concurrency: options.concurrency,
    completed: 0,
    errors: 0,
    errorSamples: [],
    elapsedMs: 0,
    latenciesMs: [],
    firstByteMs: [],
  };
  const start = performance.now();
  const deadline = start + options.maxMs;
  let started = 0;
  const worker = async (_: unknown, index: number) => {
    const offset = ((options.spreadMs ?? 0) * index) / options.concurrency;
    if (offset > 0) await new Promise((resolve) => setTimeout(resolve, offset));
    while (started < options.maxRequests && performance.now() < deadline) {
      started++;
      const callStart = performance.now();
      try {
        const { firstByteMs } = await call();
        result.latenciesMs.push(performance.now() - callStart);
        result.firstByteMs.push(firstByteMs);
        result.completed++;
      } catch (error) {
        result.errors++;
        if (result.errorSamples.length < ERROR_SAMPLES)
          result.errorSamples.push(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  result.elapsedMs = performance.now() - start;
  return result;
}

/** The nearest-rank percentile (p in 0–100) of some values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}
