import { describe, expect, it } from "vitest";
import { hasContext } from "../../src/redaction/context.ts";

const rule = { words: ["référence de l'avis", "numéro fiscal"] };
const around = (text: string, value: string) => {
  const start = text.indexOf(value);
  return hasContext(text, start, start + value.length, rule);
};

describe("context words", () => {
  it("are found whatever the case, the accents and the apostrophe's writing", () => {
    expect(around("Référence de l’avis : 1234", "1234")).toBe(true);
    expect(around("REFERENCE DE L'AVIS 1234", "1234")).toBe(true);
    expect(around("1234, votre NUMERO FISCAL", "1234")).toBe(true);
  });

  it("are looked for within the window only", () => {
    expect(around(`numéro fiscal ${"x".repeat(60)} 1234`, "1234")).toBe(false);
    expect(around("Référence de l’envoi : 1234", "1234")).toBe(false);
  });

  it("read a space at a word's edge as that edge, wherever the word starts or ends", () => {
    const edged = { words: [" nir", " ss "] };
    const at = (text: string) => {
      const start = text.indexOf("1 84");
      return hasContext(text, start, start + 4, edged);
    };
    expect(at("NIR : 1 84")).toBe(true);
    expect(at("(NIR 1 84")).toBe(true);
    expect(at("Assuré\nnir: 1 84")).toBe(true);
    expect(at("N° SS : 1 84")).toBe(true);
    expect(at("fournir 1 84")).toBe(false);
    expect(at("classe : 1 84, SSE")).toBe(false);
    // A word the window starts in the middle of is not the word.
    expect(at(`fournir${" ".repeat(46)}1 84`)).toBe(false);
  });
});
