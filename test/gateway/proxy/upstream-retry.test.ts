import { describe, expect, it } from "vitest";
import { withRetries } from "../../../src/gateway/proxy/upstream-retry.ts";

const NO_RETRY = { count: 0, initialMs: 0, maxMs: 0 };

describe("an upstream attempt and the caller's abort", () => {
  it("gives up an attempt that never settles as soon as the call is aborted", async () => {
    const controller = new AbortController();
    const pending = withRetries(
      () => new Promise<string>(() => undefined),
      NO_RETRY,
      controller.signal
    );
    controller.abort(new Error("client gone"));
    await expect(pending).rejects.toThrow("client gone");
  });

  it("hands what an abandoned attempt gives later to discard, so that its connection is let go", async () => {
    const controller = new AbortController();
    let answer: (value: string) => void = () => undefined;
    const discarded: string[] = [];
    const pending = withRetries(
      () => new Promise<string>((resolve) => (answer = resolve)),
      NO_RETRY,
      controller.signal,
      (late) => discarded.push(late)
    );
    controller.abort(new Error("client gone"));
    await expect(pending).rejects.toThrow("client gone");
    answer("a stream nobody reads");
    await Promise.resolve();
    expect(discarded).toEqual(["a stream nobody reads"]);
  });
});
