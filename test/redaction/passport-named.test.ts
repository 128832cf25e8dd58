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

  it("reports any travel, residence or identity document's number after its name and n°", () => {
    expect(
      found(
        "Passeport vietnamien n° C1234567, délivré à Hanoï ; (visa D étudiant n° FRA12345678) ; " +
          "Récépissé n° R69-2025-004512 délivré le 3 février ; carte d'identité portugaise n° " +
          "12345678 9 ZX4 ; titre de séjour pluriannuel n° AB1234567, expiré ; passeport n° " +
          "C7654321 DELIVRE LE 12/03/2020"
      )
    ).toEqual([
      "C1234567",
      "FRA12345678",
      "R69-2025-004512",
      "12345678 9 ZX4",
      "AB1234567",
      "C7654321",
    ]);
  });

  it("reports other countries' cards by their own names, and the European health card's", () => {
    expect(
      found(
        "titulaire du dowód osobisty n° ABA300000 ; Cartão de Cidadão n° 14325678 9 ZZ1 ; " +
          "Carta d'identità n° CA12345AB ; carte EHIC n° 80752000019876543210 ; Permis G " +
          "(frontalier) n° G 0123456"
      )
    ).toEqual(["ABA300000", "14325678 9 ZZ1", "CA12345AB", "80752000019876543210", "G 0123456"]);
  });

  it("reports an identity card's number as a form's field, after its country's word", () => {
    expect(
      found(
        "CIN marocaine : AB123456\nPersonalausweisnummer: L01X00T47\nCIN : voir pièce jointe ; " +
          "le CIN : 12\nN° d'identification DNI : 72591846Q"
      )
    ).toEqual(["AB123456", "L01X00T47", "72591846Q"]);
  });

  it("reports a Maghreb identity card's number after CIN in a sentence", () => {
    expect(
      found("née à Meknès, CIN marocaine D456789, ; sa CIN AB123456 ; la CIN tunisienne 01234567.")
    ).toEqual(["D456789", "AB123456", "01234567"]);
    expect(
      found("Le CIN 2019 du lycée ; CIN 12345 ; CINQ 123456 ; la CIN de 2015 n'a rien")
    ).toEqual([]);
  });

  it("reports the number of a document named alone in its text", () => {
    expect(found("Son passeport vietnamien n° C1234567 a expiré.")).toEqual(["C1234567"]);
  });

  it("takes no short number, other card, nor a document named too far before its n°", () => {
    expect(
      found(
        "visa n° 3 ; carte grise n° AB-123-CD ; carte vitale n° 12345678 ; le passeport de " +
          "son frère aîné qui vit à Lyon n° 1234567 ; titre de paiement n° 2024-123456"
      )
    ).toEqual([]);
  });
});
