import { describe, expect, it } from "vitest";
import {
  createPatternRecognizer,
  gateDigits,
  gateOccurrences,
  type Gate,
} from "../../src/redaction/pattern-recognizer.ts";

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

describe("gates found by a function", () => {
  it("let patterns run around the occurrences it gives, with its reach", () => {
    const tags = createPatternRecognizer({
      name: "tag",
      type: "DOSSIER",
      patterns: [
        {
          name: "tag",
          regex: /\d{3}/g,
          score: 0.9,
          gate: { find: (text) => [text.indexOf("#"), text.indexOf("#") + 1], before: 4, after: 0 },
        },
      ],
    });
    const text = `123 456#789${FAR}321`;
    expect(tags.analyze(text).map((e) => text.slice(e.start, e.end))).toEqual(["456", "789"]);
  });
});

describe("gates beginning at a digit", () => {
  /** What a global search of the gate's own regex finds, as start and end pairs. */
  function searchedAlone(text: string, regex: RegExp): number[] {
    return [...text.matchAll(new RegExp(regex.source, "g"))].flatMap((m) => [
      m.index,
      m.index + m[0].length,
    ]);
  }

  // Made to overlap and to touch one another: a global search resumes after each occurrence.
  const pairs = { regex: /\d\d/gu, atDigit: true };
  const runs = { regex: /\d+(?=[a-z])/gu, atDigit: true };
  const afterCode = { regex: /\d(?<=[A-Z]{2}\d)\d?/gu, atDigit: true };
  const texts = [
    "12345 6789x AB12AB3 12a34b",
    "1 22 333 4444 55555 AB1 CD12 EF123",
    "no digit at all",
    "AB1AB1 99x",
  ];

  it("find what each gate's own search finds, adjacent and overlapping ones included", () => {
    for (const text of texts) {
      for (const gate of [pairs, runs, afterCode]) {
        expect(gateOccurrences(text, gate)).toEqual(searchedAlone(text, gate.regex));
      }
    }
    expect(gateOccurrences("12345", pairs)).toEqual([0, 2, 2, 4]);
    expect(gateOccurrences("AB12AB3", afterCode)).toEqual([2, 4, 6, 7]);
  });

  it("find the same with a gate added once a text has been searched", () => {
    const text = texts[0]!;
    expect(gateOccurrences(text, pairs)).toEqual(searchedAlone(text, pairs.regex));
    // Before a space: no other gate occurs at the 5.
    const late = { regex: /\d(?= )/gu, atDigit: true };
    expect(gateOccurrences(text, late)).toEqual([4, 5, 18, 19]);
  });

  it("give every digit where a gate matches, inside its other matches too, for searches resuming anywhere", () => {
    for (const text of texts) {
      for (const gate of [pairs, runs, afterCode]) {
        const sticky = new RegExp(gate.regex.source, "uy");
        const everyDigit = [...text.matchAll(/\d/g)]
          .map((m) => m.index)
          .filter((at) => ((sticky.lastIndex = at), sticky.test(text)));
        expect(gateDigits(text, gate.regex)).toEqual(everyDigit);
      }
    }
    expect(gateDigits("12345", pairs.regex)).toEqual([0, 1, 2, 3]);
  });

  it("serve gated patterns as a search of the gate alone would", () => {
    const text = `AB123${FAR}7 123 AB4 567`;
    expect(
      recognizer({ regex: /\d(?<=[A-Z]{2}\d)/gu, before: 0, after: 0, atDigit: true })(text)
    ).toEqual(recognizer({ regex: /\d(?<=[A-Z]{2}\d)/gu, before: 0, after: 0 })(text));
  });

  it("must have the shared search's flags", () => {
    expect(() => gateOccurrences("1", { regex: /\d/g, atDigit: true })).toThrow(/flags/);
  });

  it("must begin at a digit in every alternative, which the shared search alone stops at", () => {
    for (const regex of [/x\d/gu, /\d\d|x/gu, /(?<=x)\d/gu])
      expect(() => gateOccurrences("x1", { regex, atDigit: true })).toThrow(/begin with/);
    expect(gateOccurrences("x12|", { regex: /\d(?:[|]|x)|\d\d/gu, atDigit: true })).toEqual([1, 3]);
  });
});

describe("a recognizer whose matches need their context", () => {
  const tickets = createPatternRecognizer({
    name: "ticket",
    type: "DOSSIER",
    patterns: [{ name: "ticket", regex: /\d{3}/g, score: 0.2 }],
    context: { words: ["ticket"], boost: 0.6 },
    contextRequired: true,
  });

  it("reports them, with the boost, only where a context word is near, whatever the minimum score", () => {
    const text = `Ticket 123.${FAR}Reçu 456.`;
    expect(tickets.analyze(text).map((e) => [text.slice(e.start, e.end), e.score])).toEqual([
      ["123", 0.8],
    ]);
  });
});
