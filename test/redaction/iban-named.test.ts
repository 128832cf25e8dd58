import { describe, expect, it } from "vitest";
import { Engine } from "../../src/redaction/index.ts";
import { ibanNamedRecognizer } from "../../src/redaction/recognizers/iban-named.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(ibanNamedRecognizer, text);

describe("IBAN named recognizer", () => {
  it("reports an IBAN of its country's length right after the word, whatever its check digits", () => {
    expect(
      found(
        "IBAN : FR76 1820 6000 4512 3456 7890 123\nIBAN BE00 5390 0754 7034 ; iban:DE00370400440532013000"
      )
    ).toEqual([
      "FR76 1820 6000 4512 3456 7890 123",
      "BE00 5390 0754 7034",
      "DE00370400440532013000",
    ]);
  });

  it("takes no IBAN of another length, nor one far from the word", () => {
    expect(
      found(
        "IBAN : FR76 1820 6000 4512 3456 7890 12 ; l'IBAN vous sera demandé lors du rendez-vous, " +
          "le compte FR76 1820 6000 4512 3456 7890 123 est clos."
      )
    ).toEqual([]);
  });
});

describe("a mistyped IBAN in the engine", () => {
  it("is masked where named, with the placeholder of nothing else", () => {
    const { text } = new Engine().pseudonymise(
      "IBAN : FR76 1820 6000 4512 3456 7890 123 (corrigé : FR15 1820 6000 4512 3456 7890 123)."
    );
    expect(text).toBe("IBAN : [IBAN_1] (corrigé : [IBAN_2]).");
  });
});
