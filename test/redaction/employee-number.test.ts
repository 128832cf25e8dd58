import { describe, expect, it } from "vitest";
import { Engine, restore } from "../../src/redaction/index.ts";
import { employeeNumberRecognizer } from "../../src/redaction/recognizers/employee-number.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(employeeNumberRecognizer, text);

describe("employee number recognizer", () => {
  it("reports the number right after a matricule's label, the label left out", () => {
    expect(found("Matricule : 4512378")).toEqual(["4512378"]);
    expect(found("N° de matricule 0045123.")).toEqual(["0045123"]);
    expect(found("matricule agent A123456 ; grade B")).toEqual(["A123456"]);
  });

  it("reports an agent's or employee's number after its number sign, or after a form's field", () => {
    expect(found("N° d'agent : RH-2023045")).toEqual(["RH-2023045"]);
    expect(found("numéro de salarié 12345678")).toEqual(["12345678"]);
    expect(found("Agent : 4512378 ; Salarié : 0045123")).toEqual(["4512378", "0045123"]);
  });

  it("reports a teacher's NUMEN after its name", () => {
    expect(found("Son NUMEN : 12E1234567ABC. Numen 05S0123456XYZ")).toEqual([
      "12E1234567ABC",
      "05S0123456XYZ",
    ]);
    expect(found("Référence 12E1234567ABC ; NUMEN 12E1234567AB")).toEqual([]);
  });

  it("takes no number from prose, a vehicle, a year, an amount or a longer reference", () => {
    expect(
      found(
        "l'agent 12345 est arrivé ; véhicule immatriculé 12345 AB ; Matricule : 2019 ; " +
          "Matricule : 45000 € ; le salarié 45000 € par an ; matricule 4512378/2 ; " +
          "la préfecture immatricule 12345 véhicules"
      )
    ).toEqual([]);
    expect(found("Matricule : 4512378\nSalaire brut annuel : 32000 €")).toEqual(["4512378"]);
  });
});

describe("an employee number in an HR file", () => {
  it("leaves as a service user number and comes back restored", () => {
    const file = "Nom : DURAND\nPrénom : Paul\nMatricule : 4512378\nGrade : attaché";
    const { text, vault } = new Engine().pseudonymise(file);
    expect(text).toBe(
      "Nom : [PERSONNE_1]\nPrénom : [PERSONNE_2]\nMatricule : [IDENTIFIANT_1]\nGrade : attaché"
    );
    expect(restore(text, vault).text).toBe(file);
  });
});
