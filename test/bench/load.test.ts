import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { closedLoop } from "../../bench/lib/load.ts";

/**
 * When each call of a closed loop of 4 calls that each last `callMs` started, in ms from the
 * loop's start, in the order they started.
 */
async function starts(spreadMs: number | undefined, callMs = 250) {
  const times: number[] = [];
  const loopStart = performance.now();
  let tickEnded = false;
  setImmediate(() => (tickEnded = true));
  const inFirstTick: boolean[] = [];
  await closedLoop({ concurrency: 4, maxRequests: 4, maxMs: 10_000, spreadMs }, async () => {
    times.push(performance.now());
    inFirstTick.push(!tickEnded);
    await sleep(callMs);
    return { firstByteMs: 0 };
  });
  return { offsets: times.map((time) => time - loopStart), inFirstTick };
}

describe("the bench's closed loop", () => {
  it("starts every stream at once when asked for no spread", async () => {
    const { inFirstTick } = await starts(undefined);
    expect(inFirstTick).toEqual([true, true, true, true]);
  });

  it("starts the streams evenly over spreadMs, so that their requests do not arrive as one burst", async () => {
    const { offsets, inFirstTick } = await starts(200);
    expect(inFirstTick).toEqual([true, false, false, false]);
    // 200 ms over 4 streams: the i-th not before i × 50 ms. Each waits from the loop's start, and a
    // timer may fire late (a busy machine) but not early, by more than its millisecond's rounding;
    // the gaps between two starts are no bound, since one that fired late shortens the next gap.
    offsets.forEach((offset, i) => expect(offset).toBeGreaterThanOrEqual(i * 50 - 1));
  });
});
