import { describe, expect, it } from "vitest";
import { Engine, restore } from "../../src/redaction/index.ts";
import { drivingLicenceRecognizer } from "../../src/redaction/recognizers/driving-licence.ts";
import { reported, reportedKeys } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(drivingLicenceRecognizer, text);

describe("driving licence recognizer", () => {
  it("reports the twelve digits of a licence or its NEPH when the licence is named", () => {
    expect(found("Permis de conduire n° 880575200123 délivré par la préfecture.")).toEqual([
      "880575200123",
    ]);
    expect(found("NEPH : 130692100457")).toEqual(["130692100457"]);
    expect(found("numéro de permis 130692100457, catégorie B")).toEqual(["130692100457"]);
  });

  it("reports a Corsican licence, whose département is 2A or 2B", () => {
    expect(found("permis n° 09112A004512 et permis n° 17032B120034")).toEqual([
      "09112A004512",
      "17032B120034",
    ]);
  });

  it("reports the card's shape, two digits, two letters, five digits", () => {
    expect(found("permis n° 12AB34567")).toEqual(["12AB34567"]);
    expect(found("Son permis (13 CD 00451) lui a été retiré.")).toEqual(["13 CD 00451"]);
  });

  it("does not report the shapes when no licence is named, whatever the minimum score", () => {
    const text = "Bordereau 880575200123, référence 12AB34567, lot 09112A004512.";
    expect(drivingLicenceRecognizer.analyze(text)).toEqual([]);
  });

  it("ignores other lengths and letters where digits belong, next to the licence", () => {
    expect(
      found("permis 8805752001234, permis 88057520012, permis 09112C004512, permis 12AB3456")
    ).toEqual([]);
  });

  it("gives one key to the writings of one number", () => {
    expect(
      reportedKeys(drivingLicenceRecognizer, "permis 13CD00451, soit permis 13 CD 00451")
    ).toEqual(["13CD00451", "13CD00451"]);
  });
});

describe("a driving licence in a letter", () => {
  it("leaves the engine masked and comes back restored", () => {
    const engine = new Engine();
    const letter =
      "M. Paul Durand, titulaire du permis de conduire n° 12AB34567 (NEPH 130692100457), " +
      "a signalé la perte de son permis.";
    const { text, vault } = engine.pseudonymise(letter);
    expect(text).toBe(
      "M. [PERSONNE_1], titulaire du permis de conduire n° [PASSEPORT_1] (NEPH [PASSEPORT_2]), " +
        "a signalé la perte de son permis."
    );
    expect(restore(text, vault).text).toBe(letter);
  });
});
