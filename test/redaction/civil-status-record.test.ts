import { describe, expect, it } from "vitest";
import { Engine } from "../../src/redaction/index.ts";
import { civilStatusRecordRecognizer } from "../../src/redaction/recognizers/civil-status-record.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(civilStatusRecordRecognizer, text);

describe("civil status record recognizer", () => {
  it("reports a record's number after its name and n°, short or after its year", () => {
    expect(
      found(
        "acte de mariage n° 2019/0457 ; Acte de mariage n° 457, dressé le 22 juin 2019 ; " +
          "acte de naissance n° 1989/1823 (Saint-Étienne) ; acte de naissance intégral n° 1234 ; " +
          "acte de décès (Lyon 3e) n° 56 ; ACTE DE NAISSANCE N° 12"
      )
    ).toEqual(["2019/0457", "457", "1989/1823", "1234", "56", "12"]);
  });

  it("takes no other act's number, and no number the record's name is not right before", () => {
    expect(
      found(
        "acte n° 12 de la procédure ; l'acte de naissance n° 12.5 ; l'acte de naissance de " +
          "son fils aîné né à Lyon n° 12 ; acte de naissance : 12 ; article n° 4"
      )
    ).toEqual([]);
  });
});

describe("a civil status record in a letter", () => {
  it("is masked as an identifier", () => {
    const { text } = new Engine().pseudonymise("Copie de l'acte de mariage n° 457 de la mairie.");
    expect(text).toBe("Copie de l'acte de mariage n° [IDENTIFIANT_1] de la mairie.");
  });
});
