import { describe, expect, it } from "vitest";
import { cadastralParcelRecognizer } from "../../src/redaction/recognizers/cadastral-parcel.ts";
import { reported, reportedKeys } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(cadastralParcelRecognizer, text);

describe("cadastral parcel recognizer", () => {
  it("reports each parcel after the words that name it", () => {
    expect(found("Terrain : parcelle cadastrée section AB n° 123 et AB 124")).toEqual([
      "AB n° 123",
      "AB 124",
    ]);
    expect(found("(parcelle section AB n°122), conformément")).toEqual(["AB n°122"]);
    expect(found("Les parcelles ZA 45, ZA 46 et ZB 12 sont cadastrées")).toEqual([
      "ZA 45",
      "ZA 46",
      "ZB 12",
    ]);
    expect(found("Référence cadastrale : 000 AB 0123")).toEqual(["000 AB 0123"]);
    expect(found("Cadastre : section B n° 456.")).toEqual(["B n° 456"]);
    expect(found("un terrain cadastré ZC 17 en 1990")).toEqual(["ZC 17"]);
    expect(found("Re: Purchase of 4 chemin des Vignes – cadastral parcel AB 112")).toEqual([
      "AB 112",
    ]);
  });

  it("keys a parcel alike with and without its n°", () => {
    expect(reportedKeys(cadastralParcelRecognizer, "parcelle AB n° 123, parcelle AB 123")).toEqual([
      "AB123",
      "AB123",
    ]);
  });

  it("takes no area, zone or reference without the words", () => {
    expect(found("Une parcelle de 500 m² en zone AU 2.")).toEqual([]);
    expect(found("Section AB 123 du règlement ; lot AB n° 12 ; arrêt CE 4567.")).toEqual([]);
    expect(found("la parcelle AB 12345 ; parcelle ABC 12")).toEqual([]);
  });
});
