import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPartOf, nameTokens } from "../../src/redaction/person-identity.ts";
import { fold } from "../../src/redaction/text/fold.ts";

const PARTICLES = new Set("de du des d la le van von der den da di dos ben el al".split(" "));

/**
 * The definition: the maximal runs of letters, digits and periods of the folded name, a hyphen
 * (`-`, or Unicode's hyphen and non-breaking hyphen, which word processors put in names) between
 * two of them joining a compound (`jean-luc`).
 */
function tokensBySplit(name: string): string[] {
  return fold(name)
    .replace(/[\u2010\u2011]/g, "-")
    .split(/(?:[^\p{L}\p{N}.-]|(?<![\p{L}\p{N}.])-|-(?![\p{L}\p{N}.]))+/u)
    .map((written) => (written.endsWith(".") ? written.replace(/\.+$/, ".") : written))
    .filter((token) => token.length > 0 && token !== "." && !PARTICLES.has(token));
}

describe("nameTokens", () => {
  it("folds the parts and leaves particles and punctuation aside", () => {
    expect(nameTokens("Jean DUPONT")).toEqual(["jean", "dupont"]);
    expect(nameTokens("Maître Bernard de La Fontaine")).toEqual(["maitre", "bernard", "fontaine"]);
    expect(nameTokens("Jean-Baptiste Durand-Lefort")).toEqual(["jean-baptiste", "durand-lefort"]);
    expect(nameTokens("J.-B. Durand")).toEqual(["j.-b.", "durand"]);
    expect(nameTokens("Jean - Luc -Martin-")).toEqual(["jean", "luc", "martin"]);
    expect(nameTokens("d’Alembert")).toEqual(["alembert"]);
  });

  it("keeps initials with one period, and a period alone is no part", () => {
    expect(nameTokens("J.. Dupont")).toEqual(["j.", "dupont"]);
    expect(nameTokens("M. . Dupont")).toEqual(["m.", "dupont"]);
  });

  it("reads letters of every script, outside the BMP included, and separators of every kind", () => {
    expect(nameTokens("Ζωή Παπαδοπούλου")).toEqual(["ζωη", "παπαδοπουλου"]);
    expect(nameTokens("𝐀𝐧𝐧𝐚\u00a0Kowalska")).toEqual([fold("𝐀𝐧𝐧𝐚"), "kowalska"]);
    expect(nameTokens("Anna😀Kowalska")).toEqual(["anna", "kowalska"]);
    expect(nameTokens("Anna\ud800Kowalska")).toEqual(["anna", "kowalska"]);
    expect(nameTokens("Louis XIV 2ᵉ")).toEqual(["louis", "xiv", fold("2ᵉ")]);
  });

  it("gives the parts the regex split gives, for any text", () => {
    const pieces = fc.oneof(
      fc.constantFrom(
        "Jean",
        "DUPONT",
        "de",
        "La",
        "J.",
        "..",
        "-",
        "\u2011",
        "’",
        " ",
        "\u00a0",
        "é",
        "Ø"
      ),
      fc.string({ unit: "binary", maxLength: 6 })
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const name = parts.join("");
        expect(nameTokens(name)).toEqual(tokensBySplit(name));
      }),
      { numRuns: 2000 }
    );
  });
});

describe("isPartOf", () => {
  it("links a part or an initial of a known name, not a different given name", () => {
    expect(isPartOf(nameTokens("Dupont"), nameTokens("Jean Dupont"))).toBe(true);
    expect(isPartOf(nameTokens("J. Dupont"), nameTokens("Jean Dupont"))).toBe(true);
    expect(isPartOf(nameTokens("Marie Dupont"), nameTokens("Jean Dupont"))).toBe(false);
    expect(isPartOf(nameTokens("J."), nameTokens("Jean Dupont"))).toBe(false);
  });

  it("takes a compound given name as one name: Jean is not Jean-Luc, J. and J.-L. may be", () => {
    const known = nameTokens("Jean-Luc MARTIN");
    expect(isPartOf(nameTokens("Jean MARTIN"), known)).toBe(false);
    expect(isPartOf(nameTokens("Luc Martin"), known)).toBe(false);
    expect(isPartOf(nameTokens("J. Martin"), known)).toBe(true);
    expect(isPartOf(nameTokens("J.-L. Martin"), known)).toBe(true);
    expect(isPartOf(nameTokens("Martin"), known)).toBe(true);
    expect(isPartOf(nameTokens("Jean Luc Martin"), known)).toBe(true);
    expect(isPartOf(known, nameTokens("Jean MARTIN"))).toBe(false);
  });

  it("takes a name alone for a name alone first: MICHEL is the surname of Jean-Michel MICHEL", () => {
    expect(isPartOf(nameTokens("MICHEL"), nameTokens("Jean-Michel MICHEL"))).toBe(true);
    expect(isPartOf(nameTokens("Jean-Michel"), nameTokens("Jean-Michel MICHEL"))).toBe(true);
    expect(isPartOf(nameTokens("Martin"), nameTokens("Pierre-Martin MARTIN"))).toBe(true);
    expect(isPartOf(nameTokens("Paul Martin"), nameTokens("Jean-Paul Paul MARTIN"))).toBe(true);
  });

  it("lets a name of a compound surname stand alone, as before", () => {
    expect(isPartOf(nameTokens("Durand"), nameTokens("Marie Durand-Lefort"))).toBe(true);
    expect(isPartOf(nameTokens("Marie Durand"), nameTokens("Marie Durand-Lefort"))).toBe(true);
    expect(isPartOf(nameTokens("Gaulle"), nameTokens("Charles de Gaulle-Martin"))).toBe(true);
  });

  it("links no mention of more names than a person has: hostile text stays linear", () => {
    const many = Array.from({ length: 40 }, (_, i) => `Nom${i}`);
    expect(isPartOf(nameTokens(many.join("-")), nameTokens([...many].reverse().join("-")))).toBe(
      false
    );
  });
});
