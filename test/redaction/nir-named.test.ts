import { describe, expect, it } from "vitest";
import { Engine } from "../../src/redaction/index.ts";
import { nirNamedRecognizer } from "../../src/redaction/recognizers/nir-named.ts";
import { ADMIN_PROSE_DECOYS } from "./checksummed-decoys.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(nirNamedRecognizer, text);

describe("NIR named by the text, its key missing or failing", () => {
  it("reports the thirteen characters written without their key", () => {
    expect(found("N° de sécurité sociale (sans la clé) : 1 84 05 75 123 456")).toEqual([
      "1 84 05 75 123 456",
    ]);
    expect(found("Carte Vitale : 2840575123456, à joindre")).toEqual(["2840575123456"]);
    expect(found("NIR provisoire de l'assuré : 7 84 05 2A 123 456")).toEqual([
      "7 84 05 2A 123 456",
    ]);
  });

  it("reports a NIR whose key does not hold (a typo) as a whole", () => {
    expect(found("Carte Vitale n° 1 84 05 75 123 456 78")).toEqual(["1 84 05 75 123 456 78"]);
  });

  it("reads its name at a line's start, after a bracket and abbreviated", () => {
    expect(
      found(
        "NIR : 1 51 12 69 123 456 78\nnir 2880799352114 27 ; (NIR 1 02 09 13 201 045 99)\n" +
          "N° SS : 1 93 05 13 055 087 99"
      )
    ).toEqual([
      "1 51 12 69 123 456 78",
      "2880799352114 27",
      "1 02 09 13 201 045 99",
      "1 93 05 13 055 087 99",
    ]);
  });

  it("reports nothing where no word names a NIR, whatever the minimum score", () => {
    expect(nirDecoys("Bordereau 1 84 05 75 123 456 et lot 1 84 05 75 123 456 78.")).toEqual([]);
  });

  it("takes no number of administrative prose, even beside a NIR's words", () => {
    expect(found(`Sécurité sociale.\n${ADMIN_PROSE_DECOYS}`)).toEqual([]);
  });

  it("ignores shapes a NIR cannot have beside its words", () => {
    expect(
      found("sécurité sociale : 5 84 05 75 123 456, 1 84 13 75 123 456, 1 84 05 75 123 45")
    ).toEqual([]);
  });
});

describe("a NIR without its key in a form", () => {
  it("shares its placeholder with the same NIR written with its key", () => {
    const { text } = new Engine().pseudonymise(
      "NIR sans la clé : 1 84 05 75 123 456 ; avec la clé (sécurité sociale) : 184057512345625"
    );
    expect(text).toBe("NIR sans la clé : [NIR_1] ; avec la clé (sécurité sociale) : [NIR_1]");
  });

  it("is masked whole after a label that could read as a placeholder (`NIR 1`)", () => {
    const { text } = new Engine().pseudonymise("M. Rayan El Amrani (NIR 1 02 09 13 201 045 99).");
    expect(text).toBe("M. [PERSONNE_1] (NIR [NIR_1]).");
  });

  it("leaves the engine masked", () => {
    const { text } = new Engine().pseudonymise(
      "N° de sécurité sociale : 1 84 05 75 123 456 (clé : voir carte)"
    );
    expect(text).toBe("N° de sécurité sociale : [NIR_1] (clé : voir carte)");
  });
});

function nirDecoys(text: string) {
  return nirNamedRecognizer.analyze(text);
}
