import { describe, expect, it } from "vitest";
import { labelledAddressRecognizer } from "../../src/redaction/recognizers/labelled-address.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(labelledAddressRecognizer, text);

describe("labelled address recognizer", () => {
  it("reads an address field's whole value, whatever the country's writing", () => {
    expect(
      found(
        "Adresse au pays : số 45 phố Lê Lợi, quận Ngô Quyền, Hải Phòng\n" +
          "   Adresse actuelle : Hay Al Massira, Rue 14, n° 27, 50000 Meknès\n" +
          "- Domicile : Lieu-dit Les Granges, Saint-Amour\n" +
          "ADRESSE : 3 IMPASSE DES LILAS 13001 MARSEILLE"
      )
    ).toEqual([
      "số 45 phố Lê Lợi, quận Ngô Quyền, Hải Phòng",
      "Hay Al Massira, Rue 14, n° 27, 50000 Meknès",
      "Lieu-dit Les Granges, Saint-Amour",
      "3 IMPASSE DES LILAS 13001 MARSEILLE",
    ]);
  });

  it("leaves out a host before it, a country and a remark after it, the next field", () => {
    expect(
      found(
        "Adresse en France : chez M. Nguyen Van Minh, 12 rue Garibaldi, 69003 Lyon\n" +
          "Adresse : Cité 1200 Logements, Bâtiment B, 31000 Oran, Algérie\n" +
          "Adresse : 8 rue des Prés (chez la mère)\n" +
          "Adresse : 5 rue du Lac, 1201 Genève (GE)\tTél : 022 123 45 67\n" +
          "Adresse : 2 allée des Pins — digicode 4521B"
      )
    ).toEqual([
      "12 rue Garibaldi, 69003 Lyon",
      "Cité 1200 Logements, Bâtiment B, 31000 Oran",
      "8 rue des Prés",
      "5 rue du Lac, 1201 Genève (GE)",
      "2 allée des Pins",
    ]);
  });

  it("reads no e-mail's nor machine's address, no value that says none, no prose", () => {
    expect(
      found(
        "Adresse e-mail : jean@exemple.fr\nAdresse IP : 192.168.1.12\nAdresse : inconnue\n" +
          "Adresse : voir ci-dessus\nDomicile : la même que son frère\nAdresse : SDF\n" +
          "Justificatif de domicile : facture EDF de 2024\n" +
          "Il réside en Italie et rentre chaque jour à son domicile : il relève du statut de frontalier."
      )
    ).toEqual([]);
  });
});
