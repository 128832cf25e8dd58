import { describe, expect, it } from "vitest";
import { Engine } from "../../src/redaction/index.ts";
import { labelledPhoneRecognizer } from "../../src/redaction/recognizers/labelled-phone.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(labelledPhoneRecognizer, text);

describe("labelled phone recognizer", () => {
  it("reads a number written as its country writes it, right after a phone's word", () => {
    expect(
      found(
        "o en el fijo 91 523 45 67 ; Mobil: 0171 2345678 ; fixe : 056 33 44 55 ; Mobile (UK): " +
          "07700 900123 ; (tel. 0191 498 0123) ; Telefono 06 1234 5678"
      )
    ).toEqual([
      "91 523 45 67",
      "0171 2345678",
      "056 33 44 55",
      "07700 900123",
      "0191 498 0123",
      "06 1234 5678",
    ]);
  });

  it("takes no number without its word, nor an amount, nor a word's inside", () => {
    expect(
      found(
        "article 12 345 678 ; 0171 2345678 ; portable : 1 234 567 € ; hotel 056 33 44 55 ; " +
          "automobile 0171 2345678 ; préfixe 041 45 67 89 ; " +
          "Tél : 12 34 ; Tél : 0123 4567 8901 2345"
      )
    ).toEqual([]);
  });

  it("takes no number without its word, whatever the minimum score", () => {
    expect(labelledPhoneRecognizer.analyze("Réf. 0171 2345678 ; lot 07700 900123")).toEqual([]);
  });

  it("leaves a French number's key to the phone recognizer", () => {
    const engine = new Engine();
    const { text, vault } = engine.pseudonymise("Tél : 06 12 34 56 78, puis 0612345678.");
    expect(text).toBe("Tél : [TELEPHONE_1], puis [TELEPHONE_1].");
    expect(vault.entries().length).toBe(1);
  });
});
