import { describe, expect, it } from "vitest";
import { frenchDuration, GATEWAY_ERRORS } from "../../src/gateway/errors.ts";

describe("the gateway's French messages", () => {
  it("says a wait as a person reads it, a daily quota's in hours", () => {
    expect(frenchDuration(45)).toBe("45 s");
    expect(frenchDuration(61)).toBe("2 min");
    expect(frenchDuration(3600)).toBe("1 h");
    expect(frenchDuration(54_865)).toBe("15 h 15 min");
    expect(frenchDuration(36_300)).toBe("10 h 05 min");
    expect(GATEWAY_ERRORS.rateLimited(54_865).message).toBe(
      "Trop de demandes : réessayez dans 15 h 15 min."
    );
  });
});
