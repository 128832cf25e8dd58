import { describe, expect, it } from "vitest";
import { createPatternRecognizer, type Gate } from "../../src/redaction/pattern-recognizer.ts";

function recognizer(gate: Gate) {
  const tags = createPatternRecognizer({
    name: "tag",
    type: "DOSSIER",
    patterns: [{ name: "tag", regex: /\d{3}/g, score: 0.9, gate }],
  });
  return (text: string) => tags.analyze(text).map((e) => text.slice(e.start, e.end));
}

/** Far enough for two gates' windows not to be searched as one. */
const FAR = " ".repeat(80);

describe("gated patterns", () => {
  it("find matches only within the gate's reach after it", () => {
    const found = recognizer({ regex: /#/g, before: 0, after: 2 });
    expect(found(`#123${FAR}456 #  789${FAR}#`)).toEqual(["123", "789"]);
  });

  it("find matches starting up to the reach before the gate", () => {
    const found = recognizer({ regex: /@/g, before: 4, after: 0 });
    expect(found(`12345 @${FAR}123`)).toEqual(["345"]);
    expect(found("123@ 456 @")).toEqual(["123", "456"]);
  });

  it("look for the gate again in each new text", () => {
    const found = recognizer({ regex: /#/g, before: 0, after: 2 });
    expect(found("#123")).toEqual(["123"]);
    expect(found("x 123")).toEqual([]);
    expect(found("#999")).toEqual(["999"]);
    expect(found("#999")).toEqual(["999"]);
  });
});
