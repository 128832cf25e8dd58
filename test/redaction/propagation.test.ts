import { describe, expect, it } from "vitest";
import { Engine } from "../../src/redaction/index.ts";

const engine = new Engine();

describe("a value found once is masked wherever it appears again", () => {
  const text =
    "Mme Claire Martin, née le 12/05/1980, a déposé une demande. " +
    "Le document du 12/05/1980 figure au dossier.";

  it("masks the second writing, which nothing announces, with the first one's placeholder", () => {
    const result = engine.pseudonymise(text);
    expect(result.text).not.toContain("12/05/1980");
    const dates = result.replacements.filter((r) => r.type === "DATE_NAISSANCE");
    expect(dates.map((r) => r.recognizer)).toEqual(["birth-date", "birth-date+propagated"]);
    expect(new Set(dates.map((r) => r.placeholder)).size).toBe(1);
  });

  it("forgets the values of one text before the next", () => {
    engine.pseudonymise(text);
    const next = "Le document du 12/05/1980 figure au dossier.";
    expect(engine.pseudonymise(next).text).toBe(next);
  });

  it("masks again a value written in letters of another script", () => {
    const custom = new Engine({
      recognizers: [
        { name: "code", type: "DOSSIER", patterns: [{ regex: "ΑΒ\\d{3}(?=,)", score: 0.9 }] },
      ],
    });
    const out = custom.pseudonymise("Code ΑΒ123, puis ΑΒ123 encore.").text;
    expect(out).toBe("Code [DOSSIER_1], puis [DOSSIER_1] encore.");
  });
});
