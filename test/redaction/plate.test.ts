import { describe, expect, it } from "vitest";
import { plateRecognizer } from "../../src/redaction/recognizers/plate.ts";
import { reported, reportedKeys } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(plateRecognizer, text);

describe("plate recognizer", () => {
  it("reports a hyphenated SIV plate on its own, WW temporary plates included", () => {
    expect(found("Le rapport mentionne AB-123-CD puis WW-456-EF.")).toEqual([
      "AB-123-CD",
      "WW-456-EF",
    ]);
  });

  it("reports SIV plates written with spaces or none when a vehicle is mentioned", () => {
    expect(found("Le véhicule immatriculé AB 123 CD a été enlevé.")).toEqual(["AB 123 CD"]);
    expect(found("La voiture AB123CD était en stationnement gênant.")).toEqual(["AB123CD"]);
  });

  it("reports old FNI plates when a vehicle is mentioned", () => {
    expect(found("Plaque 123 ABC 75, mise en fourrière.")).toEqual(["123 ABC 75"]);
    expect(found("Le véhicule 1234 AB 2A et la moto 56 AZE 971.")).toEqual([
      "1234 AB 2A",
      "56 AZE 971",
    ]);
    expect(found("immatriculation 9-XY-13")).toEqual(["9-XY-13"]);
  });

  it("does not report the ambiguous writings without a vehicle word", () => {
    expect(found("Pièces AB 123 CD et AB123CD, lot 123 ABC 75.")).toEqual([]);
  });

  it("rejects letters and numbers never issued", () => {
    expect(found("AI-123-CD, OB-123-CD, AU-123-CD, SS-123-AB, AB-123-SS, AB-000-CD")).toEqual([]);
    expect(found("véhicule 123 ABC 96, voiture 12345 AB 75, plaque 123 ABCD 75")).toEqual([]);
  });

  it("ignores plate-like tokens inside longer ones", () => {
    expect(found("ABC-123-DE, AB-1234-CD, AB-123-CDE, XAB-123-CD, AB-123-CD-4, ab-123-cd")).toEqual(
      []
    );
  });

  it("gives one key to the writings of one plate", () => {
    expect(
      reportedKeys(plateRecognizer, "Le véhicule AB-123-CD, aussi noté AB 123 CD ou AB123CD.")
    ).toEqual(["AB123CD", "AB123CD", "AB123CD"]);
  });

  it("ignores administrative prose, even near vehicle words", () => {
    const prose =
      "Le stationnement du véhicule, sanctionné de 1 234 567,89 € le 12/03/2019 en application du décret " +
      "n° 2019-1234 du 12 mars 2019 et de l'article L. 123-4 du code, RN 7, COVID-19, version 1.2.3, " +
      "article R 417-10, SIRET 732 829 320 00074.";
    expect(found(prose)).toEqual([]);
  });
});
