import { describe, expect, it } from "vitest";
import { Engine } from "../../src/redaction/engine.ts";
import { redactForReview } from "../../src/taskpane/redaction/review-redaction.ts";

const engine = new Engine();

describe("masking for the review", () => {
  it("places every masked value both in the original and in the text that leaves", () => {
    const source = "M. Jean DUPONT, joignable au 06 12 34 56 78, écrit à Mme Claire Martin.";
    const result = redactForReview(engine, { texts: [source], alwaysMask: [], neverMask: [] });
    const [redacted] = result.texts;
    expect(redacted!.text).toBe(
      "M. [PERSONNE_1], joignable au [TELEPHONE_1], écrit à Mme [PERSONNE_2]."
    );
    for (const span of redacted!.spans) {
      expect(source.slice(span.start, span.end)).toBe(span.original);
      expect(redacted!.text.slice(span.outStart, span.outEnd)).toBe(span.placeholder);
    }
    expect(result.counts).toEqual({ PERSONNE: 2, TELEPHONE: 1 });
  });

  it("gives a name the same placeholder in the instructions as in the source", () => {
    const result = redactForReview(engine, {
      texts: ["Courrier de M. Jean Dupont du 3 mars.", "Répondre à M. Dupont avec courtoisie."],
      alwaysMask: [],
      neverMask: [],
    });
    expect(result.texts[1]!.text).toBe("Répondre à M. [PERSONNE_1] avec courtoisie.");
    expect(result.counts).toEqual({ PERSONNE: 1 });
  });

  it("masks a term the user added and leaves a value the user unmasked", () => {
    const result = redactForReview(engine, {
      texts: ["Dossier Hermine suivi par M. Jean Dupont, 06 12 34 56 78."],
      alwaysMask: ["Hermine"],
      neverMask: ["Jean Dupont"],
    });
    expect(result.texts[0]!.text).toBe(
      "Dossier [TERME_1] suivi par M. Jean Dupont, [TELEPHONE_1]."
    );
  });

  it("hands back a vault the pane restores the answer with", () => {
    const result = redactForReview(engine, {
      texts: ["Mme Claire Martin"],
      alwaysMask: [],
      neverMask: [],
    });
    expect(result.vault.entries.map((e) => [e.placeholder, e.original])).toEqual([
      ["[PERSONNE_1]", "Claire Martin"],
    ]);
  });
});
