import type { RateLimits } from "../config/schema.ts";

export type { RateLimits };
export type RateLimitName = keyof RateLimits;

export type RateDecision =
  { allowed: true } | { allowed: false; retryAfterSeconds: number; limit: RateLimitName };

/**
 * Per-user quotas of policy.rateLimits (0 = unlimited). Small on purpose: a shared store (Redis) implements
 * it for several replicas, with `check` as one atomic check-and-increment.
 */
export interface RateLimiter {
  /**
   * Admits one request expected to use about `tokens` tokens (the prompt's estimate) and counts it, or says
   * which limit it would break and in how many seconds to retry. A refused request is not counted.
   * Request limits hold exactly under concurrency; token limits are checked against the tokens recorded so
   * far, so calls in flight can overshoot them by what they use.
   */
  check(userId: string, usage: { tokens: number }): Promise<RateDecision>;
  /** Adds the tokens a call actually used (prompt and answer), once it has ended. */
  record(userId: string, usage: { tokens: number }): Promise<void>;
}
