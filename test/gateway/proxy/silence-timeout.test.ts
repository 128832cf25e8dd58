import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  SilenceTimeout,
  UpstreamTimeoutError,
} from "../../../src/gateway/proxy/silence-timeout.ts";

describe("SilenceTimeout", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("aborts after the silence, and each piece heard starts the count again", () => {
    const silence = new SilenceTimeout(1000, new AbortController().signal);
    vi.advanceTimersByTime(900);
    silence.heard();
    vi.advanceTimersByTime(900);
    expect(silence.signal.aborted).toBe(false);
    vi.advanceTimersByTime(100);
    expect(silence.signal.aborted).toBe(true);
    expect(silence.expired).toBe(true);
    expect(silence.failure(new Error("what the SDK made of it"))).toBeInstanceOf(
      UpstreamTimeoutError
    );
  });

  it("passes the caller's abort on with its reason, which is no timeout", () => {
    const caller = new AbortController();
    const silence = new SilenceTimeout(1000, caller.signal);
    caller.abort(new Error("client gone"));
    expect(silence.signal.aborted).toBe(true);
    expect(silence.expired).toBe(false);
    const error = new Error("aborted");
    expect(silence.failure(error)).toBe(error);
  });

  it("does nothing once stopped: no timeout, the caller's signal let go", () => {
    const caller = new AbortController();
    const silence = new SilenceTimeout(1000, caller.signal);
    silence.stop();
    silence.heard();
    vi.advanceTimersByTime(5000);
    caller.abort();
    expect(silence.signal.aborted).toBe(false);
  });

  it("starts aborted when the caller already is", () => {
    const caller = new AbortController();
    caller.abort();
    expect(new SilenceTimeout(1000, caller.signal).signal.aborted).toBe(true);
  });
});
