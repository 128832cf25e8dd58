export interface Summary {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarize(timesMs: readonly number[]): Summary {
  return {
    runs: timesMs.length,
    medianMs: median(timesMs),
    minMs: Math.min(...timesMs),
    maxMs: Math.max(...timesMs),
  };
}

/** Megabytes (10^6 bytes) per second. */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1e3);
}

/** Milliseconds per megabyte (10^6 bytes). */
export function msPerMb(bytes: number, ms: number): number {
  return ms / (bytes / 1e6);
}

/**
 * The exponent k of `time ∝ size^k` through two measured points, never below 1, so that a
 * projection from it is at least linear (fixed costs make small sizes look sub-linear).
 */
export function scalingExponent(
  a: { bytes: number; ms: number },
  b: { bytes: number; ms: number }
): number {
  if (a.bytes === b.bytes || a.ms <= 0 || b.ms <= 0) return 1;
  return Math.max(1, Math.log(b.ms / a.ms) / Math.log(b.bytes / a.bytes));
}
