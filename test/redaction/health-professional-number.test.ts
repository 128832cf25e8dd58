import { describe, expect, it } from "vitest";
import { healthProfessionalNumberRecognizer } from "../../src/redaction/recognizers/health-professional-number.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(healthProfessionalNumberRecognizer, text);

describe("health professional number recognizer", () => {
  it("reports the RPPS and ADELI numbers after their names", () => {
    expect(
      found(
        "Dr Paul Lemoine, RPPS 10003456789, n° ADELI 751234567 ; N° RPPS : 10101234567 ; " +
          "Adeli : 691234560."
      )
    ).toEqual(["10003456789", "751234567", "10101234567", "691234560"]);
  });

  it("takes no number of another length, nor one without the directory's name", () => {
    expect(
      found("RPPS 1000345678 ; ADELI 7512345678 ; le numéro 10003456789 ; FINESS 750712184")
    ).toEqual([]);
  });
});
