import { describe, expect, it } from "vitest";
import { charsForTokens, estimateTokens, TokenMeter } from "../../src/assistant/tokens.ts";

describe("token estimates for French", () => {
  it("count about 3.5 characters a token in prose", () => {
    const prose =
      "Le tribunal, statuant publiquement, constate l'acquisition de la clause résolutoire.";
    expect(estimateTokens(prose)).toBe(Math.ceil(prose.length / 3.5));
    expect(charsForTokens(1000)).toBe(3500);
  });

  it("count placeholders as the dense tokens they are", () => {
    const text = "Mme [PERSONNE_12] et M. [PERSONNE_3] demeurant [ADRESSE_1].";
    expect(estimateTokens(text)).toBeGreaterThan(Math.ceil(text.length / 3.5) + 5);
  });

  it("measure any slice as the whole text measures it", () => {
    const text = "[PERSONNE_1] a écrit à [PERSONNE_2], qui a répondu à [PERSONNE_1].";
    const meter = new TokenMeter(text);
    for (const [start, end] of [
      [0, text.length],
      [0, 12],
      [13, 40],
      [24, text.length],
    ] as const)
      expect(meter.tokens(start, end)).toBeCloseTo(
        new TokenMeter(text.slice(start, end)).tokens(0, end - start)
      );
  });
});
