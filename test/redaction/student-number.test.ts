import { describe, expect, it } from "vitest";
import { studentNumberRecognizer } from "../../src/redaction/recognizers/student-number.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(studentNumberRecognizer, text);

describe("student national identifier (INE) recognizer", () => {
  it("reports ten digits and a letter, or nine digits and two letters, when the INE is named", () => {
    expect(found("Élève Jules, INE : 1234567890A")).toEqual(["1234567890A"]);
    expect(found("son numéro INE 123456789AB figure au dossier")).toEqual(["123456789AB"]);
    expect(found("identifiant national étudiant 0987654321F")).toEqual(["0987654321F"]);
  });

  it("does not take the acronym inside a word", () => {
    expect(
      studentNumberRecognizer.analyze("la machine 1234567890A, la routine 123456789AB")
    ).toEqual([]);
  });

  it("ignores other shapes next to the INE", () => {
    expect(found("INE 123456789A ; INE 12345678901 ; INE 1234567890ABC ; INE 1234567890a")).toEqual(
      []
    );
  });
});
