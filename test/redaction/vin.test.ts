import { describe, expect, it } from "vitest";
import { vinRecognizer } from "../../src/redaction/recognizers/vin.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(vinRecognizer, text);

describe("VIN recognizer", () => {
  it("reports a vehicle's identification number where the text names it", () => {
    expect(
      found(
        "Peugeot 308 (VIN VF3LBHZRJCS123456) ; numéro de série WVWZZZ1KZAW123456 ; " +
          "E : 1HGCM82633A004352 (châssis)."
      )
    ).toEqual(["VF3LBHZRJCS123456", "WVWZZZ1KZAW123456", "1HGCM82633A004352"]);
  });

  it("takes no such run without a vehicle's number named, nor one holding I, O or Q", () => {
    expect(found("Référence VF3LBHZRJCS123456 du bordereau.")).toEqual([]);
    expect(found("VIN VF3LBHZRJCO123456 ; VIN VF3LBHZRJQS123456 ; VIN VF3LBHZRJCS1234567")).toEqual(
      []
    );
  });
});
