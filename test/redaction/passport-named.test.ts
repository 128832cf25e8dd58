import { describe, expect, it } from "vitest";
import { passportNamedRecognizer } from "../../src/redaction/recognizers/passport-named.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(passportNamedRecognizer, text);

describe("passport named recognizer", () => {
  it("reports any country's passport number right after its label", () => {
    expect(
      found(
        "My passport number is 533380006 (United Kingdom). Passeport n° C01X00T47 ; numéro de " +
          "passeport : 12AB34567 ; Passport No. 123456789 ; passport #X1234567"
      )
    ).toEqual(["533380006", "C01X00T47", "12AB34567", "123456789", "X1234567"]);
  });

  it("takes no word, date or year after the label, nor a number without it", () => {
    expect(
      found(
        "Le transport 123456 ; passeport perdu en 2019 ; passeport n° ABCDEFG ; passeport valide " +
          "12/03/2030 ; le numéro 533380006"
      )
    ).toEqual([]);
  });
});
