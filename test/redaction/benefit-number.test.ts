import { describe, expect, it } from "vitest";
import { benefitNumberRecognizer } from "../../src/redaction/recognizers/benefit-number.ts";
import { reported, reportedKeys } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(benefitNumberRecognizer, text);

describe("benefit file number recognizer", () => {
  it("reports the seven digits of a CAF or MSA file when the file is named", () => {
    expect(found("N° allocataire : 1234567")).toEqual(["1234567"]);
    expect(found("votre numéro CAF 7654321 figure sur l'attestation")).toEqual(["7654321"]);
    expect(found("Dossier CAF n° 2345678 ; n° MSA 3456789")).toEqual(["2345678", "3456789"]);
  });

  it("reports the key letter with the number, one identity with or without it", () => {
    const text =
      "N° allocataire : 2345678 X ; allocataire 2345678, Xavier ; allocataire 2345678 Xe";
    expect(found(text)).toEqual(["2345678 X", "2345678", "2345678"]);
    expect(new Set(reportedKeys(benefitNumberRecognizer, text))).toEqual(new Set(["2345678"]));
  });

  it("does not report seven digits elsewhere, nor a café's", () => {
    expect(benefitNumberRecognizer.analyze("Commande 1234567 livrée au café.")).toEqual([]);
  });

  it("ignores other lengths and grouped amounts next to the file", () => {
    expect(found("allocataire 123456, allocataire 12345678, allocataire 1 234 567 €")).toEqual([]);
  });

  it("does not take the end of another reference, nor of a decimal", () => {
    expect(found("N° de dossier MDPH : 2023-0045123.\nNuméro de dossier CAF 1234567")).toEqual([
      "1234567",
    ]);
    expect(found("allocataire : montant 12,1234567 ; référence 88.1234567")).toEqual([]);
  });
});
