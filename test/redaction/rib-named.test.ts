import { describe, expect, it } from "vitest";
import { ribNamedRecognizer } from "../../src/redaction/recognizers/rib-named.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(ribNamedRecognizer, text);

describe("RIB named recognizer", () => {
  it("reports a RIB right after its name, whatever its key", () => {
    expect(
      found("RIB : 18206 00045 12345678901 23\nRelevé d'identité bancaire 30002005500000157845Z00")
    ).toEqual(["18206 00045 12345678901 23", "30002005500000157845Z00"]);
  });

  it("takes no such number far from the word, nor of another shape", () => {
    expect(
      found(
        "Votre RIB sera demandé lors du rendez-vous. Compte 18206 00045 12345678901 23 ; " +
          "RIB : 18206 00045 1234567890 23"
      )
    ).toEqual([]);
  });
});
