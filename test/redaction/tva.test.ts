import { describe, expect, it } from "vitest";
import { luhn, tvaKey } from "../../src/redaction/checksums.ts";
import { tvaRecognizer } from "../../src/redaction/recognizers/tva.ts";
import { ADMIN_PROSE_DECOYS } from "./checksummed-decoys.ts";

const found = (text: string) => tvaRecognizer.analyze(text).map((e) => text.slice(e.start, e.end));

describe("TVA recognizer", () => {
  it("finds a French VAT number with or without spaces", () => {
    expect(found("TVA intracommunautaire : FR 40 303 265 045.")).toEqual(["FR 40 303 265 045"]);
    expect(found("TVA intracommunautaire : FR40303265045.")).toEqual(["FR40303265045"]);
    expect(found("n° TVA FR40 303265045")).toEqual(["FR40 303265045"]);
  });

  it("finds a French VAT number whose key is computed here from the SIREN", () => {
    const siren = "552100554";
    expect(luhn(siren)).toBe(true);
    const key = String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, "0");
    expect(tvaKey(siren)).toBe(key);
    expect(found(`TVA FR${key}${siren}`)).toEqual([`FR${key}${siren}`]);
  });

  it("gives the same key to every writing, upper-cased without spaces", () => {
    const keys = [
      "FR 40 303 265 045",
      "FR40303265045",
      "fr40303265045",
      "FR 40\u00A0303\u00A0265\u00A0045",
    ].map((text) => tvaRecognizer.analyze(text)[0]?.key);
    expect(new Set(keys)).toEqual(new Set(["FR40303265045"]));
  });

  it("reports nothing when the French key does not hold", () => {
    expect(found("TVA FR 41 303 265 045, FR41303265045, FR 04 303 265 045")).toEqual([]);
  });

  it("validates the neighbours' VAT numbers by their own checks", () => {
    const valid = [
      "BE0403019261",
      "BE 0403.019.261",
      "DE136695976",
      "IT00743110157",
      "LU15027442",
      "NL004495445B01",
    ];
    for (const vat of valid) expect(found(`VAT ${vat}`)).toEqual([vat]);
    const wrong = ["BE0403019262", "DE136695977", "IT00743110158", "LU15027443", "NL004495446B01"];
    for (const vat of wrong) expect(found(`VAT ${vat}`)).toEqual([]);
  });

  it("gives old nine-digit Belgian numbers the key of their ten-digit form", () => {
    expect(tvaRecognizer.analyze("BE403019261")[0]?.key).toBe("BE0403019261");
    expect(tvaRecognizer.analyze("BE 0403.019.261")[0]?.key).toBe("BE0403019261");
  });

  it("does not read `de`, `it` or `lu` in a sentence as a country code", () => {
    expect(found("le montant de 136695976 et it 00743110157 ou lu 15027442")).toEqual([]);
  });

  it("does not report a VAT number glued inside a longer code", () => {
    expect(found("REFFR40303265045 FR403032650451")).toEqual([]);
  });

  it("stays quiet on French administrative prose", () => {
    expect(found(ADMIN_PROSE_DECOYS)).toEqual([]);
  });
});
