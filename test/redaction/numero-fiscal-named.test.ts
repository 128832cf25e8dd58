import { describe, expect, it } from "vitest";
import { Engine } from "../../src/redaction/index.ts";
import { numeroFiscalNamedRecognizer } from "../../src/redaction/recognizers/numero-fiscal-named.ts";
import { ADMIN_PROSE_DECOYS } from "./checksummed-decoys.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(numeroFiscalNamedRecognizer, text);

describe("numéro fiscal named by the text, its key failing", () => {
  it("reports thirteen digits after the number's name, whatever their key", () => {
    expect(found("numéro fiscal 30 12 345 678 901")).toEqual(["30 12 345 678 901"]);
    expect(found("Identifiant fiscal : 1234567890123")).toEqual(["1234567890123"]);
    expect(found("N° SPI 0123456789012")).toEqual(["0123456789012"]);
  });

  it("reports nothing where only a tax is named, or nothing is, whatever the minimum score", () => {
    expect(numeroFiscalNamedRecognizer.analyze("Impôt sur le revenu, lot 3012345678901.")).toEqual(
      []
    );
  });

  it("takes no number of administrative prose, nor another shape, beside its words", () => {
    expect(found(`Numéro fiscal.\n${ADMIN_PROSE_DECOYS}`)).toEqual([]);
    expect(found("numéro fiscal 4012345678901, numéro fiscal 301234567890")).toEqual([]);
  });
});

describe("a numéro fiscal with a typo in a letter", () => {
  it("leaves the engine masked", () => {
    const { text } = new Engine().pseudonymise(
      "La réclamation (numéro fiscal 30 12 345 678 901) est recevable."
    );
    expect(text).toBe("La réclamation (numéro fiscal [NUMERO_FISCAL_1]) est recevable.");
  });
});
