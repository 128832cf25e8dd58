import { describe, expect, it } from "vitest";
import { planSizes, type SizePlanLimits } from "../../bench/lib/size-plan.ts";

const LIMITS: SizePlanLimits = {
  warmupMs: 10,
  warmupMaxRuns: 20,
  estimateRuns: 3,
  minRuns: 3,
  maxRuns: 250,
  targetMsPerSize: 8_000,
  runCapMs: 60_000,
  sizeBudgetMs: 45_000,
};

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

/**
 * A contender whose runs take 1 ms per 50,000 characters, but for the runs `pauses` lists (by
 * text length, the nth run of that text, counting the untimed one): those take `ms`.
 */
function contender(pauses: Record<number, { nth: number; ms: number }>) {
  const runsByLength = new Map<number, number>();
  return (text: string) => () => {
    const nth = (runsByLength.get(text.length) ?? 0) + 1;
    runsByLength.set(text.length, nth);
    const pause = pauses[text.length];
    busy(pause?.nth === nth ? pause.ms : text.length / 50_000);
  };
}

const sizes = [100_000, 1_000_000].map((n) => ({
  label: `${n}`,
  text: "x".repeat(n),
  bytes: n,
}));

describe("planning a contender's sizes", () => {
  it("measures the larger sizes of a linear contender whose one run at a size met a pause", () => {
    // The first timed run at 100,000 (the second run: one untimed comes first) takes 40 ms for 2.
    const plan = planSizes(
      contender({ 100_000: { nth: 2, ms: 40 } }),
      "x".repeat(50_000),
      sizes,
      LIMITS
    );
    expect(plan.skipped).toEqual([]);
    expect(plan.planned.map((size) => size.label)).toEqual(["100000", "1000000"]);
  });

  it("skips a size whose projected run is over the cap, with the reason", () => {
    const plan = planSizes(contender({}), "x".repeat(50_000), sizes, { ...LIMITS, runCapMs: 10 });
    expect(plan.planned.map((size) => size.label)).toEqual(["100000"]);
    expect(plan.skipped).toEqual([
      {
        label: "1000000",
        bytes: 1_000_000,
        reason: expect.stringMatching(/^projected 0\.0\d\d s per run .*, over the 0\.010 s cap$/),
      },
    ]);
  });
});
