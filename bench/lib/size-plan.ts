import { bytes, num, seconds } from "./format.ts";
import { timeRuns } from "./measure.ts";
import { scalingExponent } from "./stats.ts";

export interface SizePlanLimits {
  /** The warm-up on the probe text lasts this long (at least two runs), up to `warmupMaxRuns`. */
  warmupMs: number;
  warmupMaxRuns: number;
  /** Runs timed at each size to estimate its cost; the fastest is kept. */
  estimateRuns: number;
  minRuns: number;
  maxRuns: number;
  /** Runs at one size are chosen to take about this long. */
  targetMsPerSize: number;
  /** A size projected slower than this per run is not run. */
  runCapMs: number;
  /** Warm-up plus `minRuns` at one size must fit here. */
  sizeBudgetMs: number;
}

export interface PlannedSize {
  label: string;
  bytes: number;
  text: string;
  runs: number;
}

export interface SkippedSize {
  label: string;
  bytes: number;
  reason: string;
}

/**
 * Warms a contender up on the probe text, then estimates its cost at each size in turn. Before each
 * size its time per run is projected from the last two points; a size it cannot do within the
 * limits is skipped with the reason rather than run. The others get their number of runs.
 *
 * A point is the fastest of a few runs, not one: a single run taken during a pause of this virtual
 * machine (tens of milliseconds, at random) once measured the engine at 100 KB ten times its cost,
 * projected 27 s a run at 1 MB for an engine that takes 18 ms, and left both larger sizes unmeasured.
 */
export function planSizes(
  prepare: (text: string) => () => unknown,
  probeText: string,
  texts: ReadonlyArray<{ label: string; text: string; bytes: number }>,
  limits: SizePlanLimits
): { probe: { bytes: number; ms: number }; planned: PlannedSize[]; skipped: SkippedSize[] } {
  const warmup = prepare(probeText);
  let warmupMs = 0;
  let fastestMs = Infinity;
  for (let run = 0; run < limits.warmupMaxRuns && (run < 2 || warmupMs < limits.warmupMs); run++) {
    const start = performance.now();
    warmup();
    const ms = performance.now() - start;
    warmupMs += ms;
    // The first run is the cold one: compiling, not the contender's cost.
    if (run > 0) fastestMs = Math.min(fastestMs, ms);
  }
  const points = [{ bytes: Buffer.byteLength(probeText), ms: fastestMs }];
  const planned: PlannedSize[] = [];
  const skipped: SkippedSize[] = [];
  for (const { label, text, bytes: size } of texts) {
    const last = points[points.length - 1]!;
    const before = points[points.length - 2];
    const exponent = before ? scalingExponent(before, last) : 1;
    const projectedMs = last.ms * (size / last.bytes) ** exponent;
    const growth = before
      ? `time ∝ size^${num(exponent)} from ${bytes(before.bytes)} to ${bytes(last.bytes)} bytes`
      : "assumed linear";
    if (projectedMs > limits.runCapMs) {
      skipped.push({
        label,
        bytes: size,
        reason: `projected ${seconds(projectedMs)} per run (${growth}), over the ${seconds(limits.runCapMs)} cap`,
      });
      continue;
    }
    if (projectedMs * (1 + limits.minRuns) > limits.sizeBudgetMs) {
      skipped.push({
        label,
        bytes: size,
        reason: `projected ${seconds(projectedMs)} per run (${growth}): warm-up + ${limits.minRuns} runs would overrun the ${seconds(limits.sizeBudgetMs)} budget per size`,
      });
      continue;
    }
    // Past a second a run, one is estimate enough: the caps are in tens of seconds.
    const estimateRuns = projectedMs > 1_000 ? 1 : limits.estimateRuns;
    const estimateMs = Math.min(...timeRuns(() => prepare(text), estimateRuns).timesMs);
    points.push({ bytes: size, ms: estimateMs });
    const runs = Math.min(
      limits.maxRuns,
      Math.max(limits.minRuns, Math.round(limits.targetMsPerSize / estimateMs))
    );
    planned.push({ label, bytes: size, text, runs });
  }
  return { probe: points[0]!, planned, skipped };
}
