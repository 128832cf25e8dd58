import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { closedLoop } from "../../bench/lib/load.ts";

/** The start time of each call of a closed loop of 4 calls that each last `callMs`. */
async function starts(spreadMs: number | undefined, callMs = 250) {
  const times: number[] = [];
  let tickEnded = false;
  setImmediate(() => (tickEnded = true));
  const inFirstTick: boolean[] = [];
  await closedLoop({ concurrency: 4, maxRequests: 4, maxMs: 10_000, spreadMs }, async () => {
    times.push(performance.now());
    inFirstTick.push(!tickEnded);
    await sleep(callMs);
    return { firstByteMs: 0 };
  });
  return { gaps: times.slice(1).map((time, i) => time - times[i]!), inFirstTick };
}

describe("the bench's closed loop", () => {
  it("starts every stream at once when asked for no spread", async () => {
    const { inFirstTick } = await starts(undefined);
    expect(inFirstTick).toEqual([true, true, true, true]);
  });

  it("starts the streams evenly over spreadMs, so that their requests do not arrive as one burst", async () => {
    const { gaps, inFirstTick } = await starts(200);
    expect(inFirstTick).toEqual([true, false, false, false]);
    // 200 ms over 4 streams: one every 50 ms (a timer never fires early, by more than its rounding).
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(49);
  });
});
