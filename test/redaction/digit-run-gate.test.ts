import { describe, expect, it } from "vitest";
import { forgetGateOccurrences, gateOccurrences } from "../../src/redaction/pattern-recognizer.ts";
import { atDigitRunStart } from "../../src/redaction/recognizers/identifier-parts.ts";

describe("a gate at the start of a run of digits", () => {
  const sevenDigits = atDigitRunStart("\\d{6}");

  it("has one occurrence in a run of digits however long, where each would open a window", () => {
    expect(gateOccurrences("7".repeat(100_000), sevenDigits)).toEqual([0, 7]);
    forgetGateOccurrences();
  });

  it("has one occurrence per run, at its first digit, after a letter or a sign too", () => {
    expect(gateOccurrences("n° 1234567, RH-7654321 et A1234567", sevenDigits)).toEqual([
      3, 10, 15, 22, 27, 34,
    ]);
    forgetGateOccurrences();
  });

  it("has none where the run is too short", () => {
    expect(gateOccurrences("123456 et 12 345 678", sevenDigits)).toEqual([]);
    forgetGateOccurrences();
  });
});
