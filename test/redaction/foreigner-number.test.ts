import { describe, expect, it } from "vitest";
import { Engine, restore } from "../../src/redaction/index.ts";
import { foreignerNumberRecognizer } from "../../src/redaction/recognizers/foreigner-number.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(foreignerNumberRecognizer, text);

describe("foreigner number recognizer", () => {
  it("reports the ten digits a residence permit or the number's name announces", () => {
    expect(found("Numéro étranger : 7501234567")).toEqual(["7501234567"]);
    expect(found("dossier AGDREF n° 1302345678")).toEqual(["1302345678"]);
    expect(found("titulaire du titre de séjour n° 6901234567 valable jusqu'en 2027")).toEqual([
      "6901234567",
    ]);
  });

  it("does not report ten digits elsewhere, whatever the minimum score", () => {
    expect(foreignerNumberRecognizer.analyze("Référence du bordereau 7501234567.")).toEqual([]);
  });

  it("ignores other lengths, and leaves a number that begins with 0 to the phone recognizer", () => {
    expect(found("n° étranger 750123456, 75012345678, 0612345678")).toEqual([]);
    expect(found("titre de séjour, dossier 2023-7501234567")).toEqual([]);
  });
});

describe("a foreigner number in a letter", () => {
  it("leaves as a service user number and comes back restored", () => {
    const letter =
      "Mme Amina Diallo, numéro étranger 7501234567, demande le renouvellement de son titre.";
    const { text, vault } = new Engine().pseudonymise(letter);
    expect(text).toBe(
      "Mme [PERSONNE_1], numéro étranger [IDENTIFIANT_1], demande le renouvellement de son titre."
    );
    expect(restore(text, vault).text).toBe(letter);
  });
});
