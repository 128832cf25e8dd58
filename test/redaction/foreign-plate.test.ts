import { describe, expect, it } from "vitest";
import { foreignPlateRecognizer } from "../../src/redaction/recognizers/foreign-plate.ts";
import { reported, reportedKeys } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(foreignPlateRecognizer, text);

describe("foreign plate recognizer", () => {
  it("reports other countries' plates where the text says whose plate it is", () => {
    expect(
      found(
        "portait la plaque belge 1-ABC-123. Une BMW immatriculée en Allemagne B-AB 1234 ; " +
          "plaque espagnole 1234 BCD ; plaque suisse GE 123456 ; plaque britannique AB12 CDE ; " +
          "plaque néerlandaise 12-ABC-3."
      )
    ).toEqual(["1-ABC-123", "B-AB 1234", "1234 BCD", "GE 123456", "AB12 CDE", "12-ABC-3"]);
  });

  it("keys a plate whatever its separators", () => {
    expect(
      reportedKeys(foreignPlateRecognizer, "plaque belge 1-ABC-123, soit la plaque belge 1 ABC 123")
    ).toEqual(["1ABC123", "1ABC123"]);
  });

  it("needs a plate's word shortly before it, a country, and a mix of capitals and digits", () => {
    for (const text of [
      "Le véhicule belge modèle X5 AB-12.",
      "art. L 123-4, en Belgique.",
      "une plaque de 2019 ; plaque belge ABC-DEF ; plaque suisse 12 345",
      "En Belgique, le dossier 1-ABC-123.",
      "La plaque a été relevée par la police belge lors du contrôle du véhicule 1-ABC-123.",
      "la plaque 1-ABC-123",
    ])
      expect(found(text), text).toEqual([]);
  });
});
