import { describe, expect, it } from "vitest";
import { InMemoryRateLimiter } from "../../../src/gateway/rate-limit/in-memory.ts";
import type { RateLimits } from "../../../src/gateway/rate-limit/rate-limiter.ts";

const UNLIMITED: RateLimits = {
  requestsPerMinute: 0,
  requestsPerDay: 0,
  tokensPerMinute: 0,
  tokensPerDay: 0,
};

/** A limiter on a fake clock that starts at 10:00:00 UTC, Monday 6 January 2025. */
function fakeClockLimiter(limits: Partial<RateLimits>) {
  const clock = { now: Date.UTC(2025, 0, 6, 10, 0, 0) };
  const limiter = new InMemoryRateLimiter({ ...UNLIMITED, ...limits }, { now: () => clock.now });
  const advance = (ms: number) => (clock.now += ms);
  const setTime = (hours: number, minutes: number, seconds: number) =>
    (clock.now = Date.UTC(2025, 0, 6, hours, minutes, seconds));
  return { limiter, advance, setTime };
}

async function admitted(
  limiter: InMemoryRateLimiter,
  user: string,
  times: number,
  tokens = 0
): Promise<number> {
  let count = 0;
  for (let i = 0; i < times; i += 1)
    if ((await limiter.check(user, { tokens })).allowed) count += 1;
  return count;
}

describe("InMemoryRateLimiter", () => {
  it("holds the requests per minute, and says when to retry", async () => {
    const { limiter, advance } = fakeClockLimiter({ requestsPerMinute: 3 });
    expect(await admitted(limiter, "alice", 3)).toBe(3);
    advance(20_000);
    expect(await limiter.check("alice", { tokens: 0 })).toEqual({
      allowed: false,
      retryAfterSeconds: 40,
      limit: "requestsPerMinute",
    });
    advance(39_500);
    expect(await limiter.check("alice", { tokens: 0 })).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
      limit: "requestsPerMinute",
    });
    advance(500);
    expect(await admitted(limiter, "alice", 4)).toBe(3);
  });

  it("counts refused requests for nothing", async () => {
    const { limiter, advance } = fakeClockLimiter({ requestsPerMinute: 2, requestsPerDay: 3 });
    expect(await admitted(limiter, "alice", 10)).toBe(2);
    advance(60_000);
    expect(await admitted(limiter, "alice", 10)).toBe(1);
  });

  it("holds the tokens per minute as they are recorded", async () => {
    const { limiter, advance } = fakeClockLimiter({ tokensPerMinute: 10_000 });
    expect((await limiter.check("alice", { tokens: 4000 })).allowed).toBe(true);
    await limiter.record("alice", { tokens: 6000 });
    expect((await limiter.check("alice", { tokens: 3000 })).allowed).toBe(true);
    await limiter.record("alice", { tokens: 3500 });
    advance(15_000);
    expect(await limiter.check("alice", { tokens: 1000 })).toEqual({
      allowed: false,
      retryAfterSeconds: 45,
      limit: "tokensPerMinute",
    });
    expect((await limiter.check("alice", { tokens: 500 })).allowed).toBe(true);
    await limiter.record("alice", { tokens: 500 });
    expect(await limiter.check("alice", { tokens: 0 })).toMatchObject({
      allowed: false,
      limit: "tokensPerMinute",
    });
    advance(45_000);
    expect((await limiter.check("alice", { tokens: 9000 })).allowed).toBe(true);
  });

  it("lets a request larger than the whole budget through an empty window only", async () => {
    const { limiter, advance } = fakeClockLimiter({ tokensPerMinute: 10_000 });
    expect((await limiter.check("alice", { tokens: 25_000 })).allowed).toBe(true);
    await limiter.record("alice", { tokens: 26_000 });
    expect((await limiter.check("alice", { tokens: 1 })).allowed).toBe(false);
    advance(60_000);
    expect((await limiter.check("alice", { tokens: 25_000 })).allowed).toBe(true);
  });

  it("holds the per-day limits until midnight UTC, with the retry for the longest wait", async () => {
    const { limiter, setTime } = fakeClockLimiter({
      requestsPerMinute: 5,
      requestsPerDay: 8,
      tokensPerDay: 1_000_000,
    });
    for (let minute = 0; minute < 4; minute += 1) {
      setTime(10, minute, 0);
      expect(await admitted(limiter, "alice", 2)).toBe(2);
    }
    setTime(22, 0, 0);
    expect(await limiter.check("alice", { tokens: 0 })).toEqual({
      allowed: false,
      retryAfterSeconds: 2 * 3600,
      limit: "requestsPerDay",
    });
    setTime(23, 59, 59);
    expect(await limiter.check("alice", { tokens: 0 })).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
      limit: "requestsPerDay",
    });
    setTime(24, 0, 0);
    expect(await admitted(limiter, "alice", 5)).toBe(5);
    // Both the minute and the day are spent: the day says when retrying is worth it.
    await admitted(limiter, "alice", 3);
    setTime(24, 1, 0);
    await admitted(limiter, "alice", 5);
    await limiter.record("alice", { tokens: 1_000_000 });
    expect(await limiter.check("alice", { tokens: 10 })).toEqual({
      allowed: false,
      retryAfterSeconds: 86_340,
      limit: "requestsPerDay",
    });
  });

  it("holds the tokens per day across minutes", async () => {
    const { limiter, setTime } = fakeClockLimiter({
      tokensPerMinute: 100_000,
      tokensPerDay: 250_000,
    });
    const outcomes: boolean[] = [];
    for (let minute = 0; minute < 3; minute += 1) {
      setTime(9, minute, 0);
      const { allowed } = await limiter.check("alice", { tokens: 80_000 });
      outcomes.push(allowed);
      if (allowed) await limiter.record("alice", { tokens: 90_000 });
    }
    expect(outcomes).toEqual([true, true, false]);
    setTime(9, 3, 0);
    expect(await limiter.check("alice", { tokens: 70_001 })).toEqual({
      allowed: false,
      retryAfterSeconds: 15 * 3600 - 180,
      limit: "tokensPerDay",
    });
    expect((await limiter.check("alice", { tokens: 70_000 })).allowed).toBe(true);
  });

  it("treats 0 as unlimited", async () => {
    const { limiter } = fakeClockLimiter({});
    expect(await admitted(limiter, "alice", 1000, 1_000_000)).toBe(1000);
    await limiter.record("alice", { tokens: Number.MAX_SAFE_INTEGER });
    expect((await limiter.check("alice", { tokens: 1 })).allowed).toBe(true);
  });

  it("keeps users independent", async () => {
    const { limiter } = fakeClockLimiter({ requestsPerMinute: 2, tokensPerMinute: 1000 });
    expect(await admitted(limiter, "alice", 5)).toBe(2);
    await limiter.record("bob", { tokens: 5000 });
    expect(await admitted(limiter, "carol", 5)).toBe(2);
    expect((await limiter.check("bob", { tokens: 0 })).allowed).toBe(false);
    expect((await limiter.check("alice", { tokens: 0 })).allowed).toBe(false);
  });

  it("holds the limit under concurrent checks", async () => {
    const { limiter } = fakeClockLimiter({ requestsPerMinute: 10 });
    const decisions = await Promise.all(
      Array.from({ length: 50 }, () => limiter.check("alice", { tokens: 100 }))
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(10);
  });

  it("drops the windows that have ended", async () => {
    const { limiter, advance, setTime } = fakeClockLimiter({
      requestsPerMinute: 100,
      requestsPerDay: 1000,
    });
    for (let user = 0; user < 500; user += 1) await limiter.check(`user-${user}`, { tokens: 0 });
    expect(limiter.trackedUsers).toBe(500);
    advance(60_000);
    await limiter.check("late", { tokens: 0 });
    // The minute that ended is gone; the day still holds everyone seen today.
    expect(limiter.trackedUsers).toBe(501);
    setTime(24, 0, 30);
    await limiter.check("tomorrow", { tokens: 0 });
    expect(limiter.trackedUsers).toBe(1);
  });

  it("refuses a token count that is not a count", async () => {
    const { limiter } = fakeClockLimiter({});
    await expect(limiter.check("alice", { tokens: -1 })).rejects.toThrow(RangeError);
    await expect(limiter.record("alice", { tokens: Number.NaN })).rejects.toThrow(RangeError);
  });
});
