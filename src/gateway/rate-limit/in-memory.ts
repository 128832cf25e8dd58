import type { RateDecision, RateLimiter, RateLimitName, RateLimits } from "./rate-limiter.ts";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

interface Usage {
  requests: number;
  tokens: number;
}

const NO_USAGE: Readonly<Usage> = { requests: 0, tokens: 0 };

/**
 * One fixed window (a clock minute, a UTC day) shared by every user: all counters reset together, so the
 * window that ends is dropped whole and memory holds only the users active in the current one.
 */
class FixedWindow {
  private start = Number.NaN;
  private readonly usage = new Map<string, Usage>();

  constructor(private readonly lengthMs: number) {}

  private roll(now: number): void {
    const start = now - (now % this.lengthMs);
    // A clock set back also starts afresh: a window is only ever the one containing `now`.
    if (start !== this.start) {
      this.start = start;
      this.usage.clear();
    }
  }

  get(now: number, userId: string): Readonly<Usage> {
    this.roll(now);
    return this.usage.get(userId) ?? NO_USAGE;
  }

  add(now: number, userId: string, requests: number, tokens: number): void {
    this.roll(now);
    const usage = this.usage.get(userId);
    if (usage) {
      usage.requests += requests;
      usage.tokens += tokens;
    } else {
      this.usage.set(userId, { requests, tokens });
    }
  }

  secondsLeft(now: number): number {
    return Math.max(1, Math.ceil((this.start + this.lengthMs - now) / 1000));
  }

  get users(): number {
    return this.usage.size;
  }
}

function tokensExceeded(used: number, asked: number, limit: number): boolean {
  if (limit === 0) return false;
  if (used >= limit) return true;
  // A request bigger than the whole budget gets in through an empty window, so it is not refused for ever;
  // policy.limits.maxRequestChars bounds its size.
  return used > 0 && used + asked > limit;
}

function assertTokens(tokens: number): void {
  if (!Number.isFinite(tokens) || tokens < 0)
    throw new RangeError(`tokens must be a finite number >= 0, got ${tokens}`);
}

export interface InMemoryRateLimiterOptions {
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
}

/**
 * The single-process rate limiter: fixed windows per clock minute and per UTC day. Fixed rather than
 * sliding because "per day" then means the calendar day admins and agents think in, each window is two
 * counters per user (a sliding log would keep every request), and a shared store does the same with
 * INCR and EXPIREAT. The price is that a burst across a minute boundary can reach twice the per-minute limit.
 */
export class InMemoryRateLimiter implements RateLimiter {
  private readonly now: () => number;
  private readonly windows: ReadonlyArray<{
    window: FixedWindow;
    requests: RateLimitName;
    tokens: RateLimitName;
  }> = [
    {
      window: new FixedWindow(MINUTE_MS),
      requests: "requestsPerMinute",
      tokens: "tokensPerMinute",
    },
    { window: new FixedWindow(DAY_MS), requests: "requestsPerDay", tokens: "tokensPerDay" },
  ];

  constructor(
    private readonly limits: Readonly<RateLimits>,
    options: InMemoryRateLimiterOptions = {}
  ) {
    this.now = options.now ?? Date.now;
  }

  async check(userId: string, { tokens }: { tokens: number }): Promise<RateDecision> {
    assertTokens(tokens);
    const now = this.now();
    let refusal: Extract<RateDecision, { allowed: false }> | undefined;
    for (const { window, requests, tokens: tokenLimit } of this.windows) {
      const used = window.get(now, userId);
      const broken: RateLimitName[] = [];
      if (this.limits[requests] > 0 && used.requests >= this.limits[requests])
        broken.push(requests);
      if (tokensExceeded(used.tokens, tokens, this.limits[tokenLimit])) broken.push(tokenLimit);
      const retryAfterSeconds = window.secondsLeft(now);
      // When several limits are broken, the one that lasts longest says when retrying is worth it.
      if (broken[0] && (!refusal || retryAfterSeconds > refusal.retryAfterSeconds)) {
        refusal = { allowed: false, retryAfterSeconds, limit: broken[0] };
      }
    }
    if (refusal) return refusal;
    for (const { window } of this.windows) window.add(now, userId, 1, 0);
    return { allowed: true };
  }

  async record(userId: string, { tokens }: { tokens: number }): Promise<void> {
    assertTokens(tokens);
    const now = this.now();
    for (const { window } of this.windows) window.add(now, userId, 0, tokens);
  }

  /** How many users the current windows hold (for metrics: a count, no user ids). */
  get trackedUsers(): number {
    return Math.max(...this.windows.map(({ window }) => window.users));
  }
}
