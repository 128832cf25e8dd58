import { describe, expect, it } from "vitest";
import { passportRecognizer } from "../../src/redaction/recognizers/passport.ts";
import { reported, reportedKeys } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(passportRecognizer, text);

describe("passport recognizer", () => {
  it("reports passport numbers the word passeport announces", () => {
    expect(found("Titulaire du passeport n° 12AB34567 délivré à Lyon.")).toEqual(["12AB34567"]);
    expect(found("N° de passeport : 05CD98765.")).toEqual(["05CD98765"]);
    expect(found("Passport number 12AB34567 (France).")).toEqual(["12AB34567"]);
    expect(found("passeport 12 AB 34567")).toEqual(["12 AB 34567"]);
  });

  it("does not report the shape alone, and skips a text that never names a passport", () => {
    expect(found("Référence 12AB34567 du bordereau.")).toEqual([]);
    expect(passportRecognizer.analyze("Référence 12AB34567 du bordereau.")).toHaveLength(0);
    expect(
      passportRecognizer.analyze("Passeport : voir plus bas. Référence 12AB34567.")
    ).toHaveLength(1);
  });

  it("ignores other shapes, even next to the word passeport", () => {
    expect(
      found("passeport 123AB45678, passeport 12AB3456, passeport 12ab34567, passeport X12AB34567")
    ).toEqual([]);
  });

  it("gives one key to the writings of one number", () => {
    expect(
      reportedKeys(passportRecognizer, "passeport 12AB34567, soit passeport 12 AB 34567")
    ).toEqual(["12AB34567", "12AB34567"]);
  });

  it("ignores administrative prose around a passport", () => {
    const prose =
      "Le passeport, délivré le 12/03/2019 pour 1 234 567,89 €, relève du décret n° 2019-1234 du 12 mars 2019 " +
      "et de l'article L. 123-4 du code ; SIRET 732 829 320 00074 ; version 1.2.3.4.";
    expect(found(prose)).toEqual([]);
  });
});
