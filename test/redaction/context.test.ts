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
});
