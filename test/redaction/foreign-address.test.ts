import { describe, expect, it } from "vitest";
import { Engine, restore } from "../../src/redaction/index.ts";
import { foreignAddressRecognizer } from "../../src/redaction/recognizers/foreign-address.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(foreignAddressRecognizer, text);

describe("foreign address recognizer", () => {
  it("reads a street named first, its number after it, then its postcode and town", () => {
    expect(
      found(
        "Resido en C/ Mayor 12, 3º B, 28013 Madrid.\nVia Cavour 27, interno 4, 18039 Ventimiglia " +
          "(IM)\nLargo do Pelourinho 3, 4990-062 Ponte de Lima\nul. Marszałkowska 84/92 m. 15, " +
          "00-514 Warszawa\nStr. Avram Iancu nr. 12, bl. C3, sc. 2, ap. 14, 400083 Cluj-Napoca\n" +
          "Rua de Santa Catarina 215, 2.º Esq., 4000-447 Porto"
      )
    ).toEqual([
      "C/ Mayor 12, 3º B, 28013 Madrid",
      "Via Cavour 27, interno 4, 18039 Ventimiglia",
      "Largo do Pelourinho 3, 4990-062 Ponte de Lima",
      "ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa",
      "Str. Avram Iancu nr. 12, bl. C3, sc. 2, ap. 14, 400083 Cluj-Napoca",
      "Rua de Santa Catarina 215, 2.º Esq., 4000-447 Porto",
    ]);
  });

  it("reads a Belgian or Swiss French street, its number after its name", () => {
    expect(
      found(
        "Rue de la Station 42 boîte 3, 7700 Mouscron ; Chemin des Vignes 8, case postale 112, " +
          "1228 Plan-les-Ouates (GE) ; la Route 66 ; Avenue Foch 3 fois"
      )
    ).toEqual([
      "Rue de la Station 42 boîte 3, 7700 Mouscron",
      "Chemin des Vignes 8, case postale 112, 1228 Plan-les-Ouates",
    ]);
  });

  it("reads a German or Dutch street whose name ends in its kind, its postcode on the next line", () => {
    expect(
      found(
        "Hauptstraße 15\n10115 Berlin\nMariahilfer Straße 88/2/14, 1070 Wien\n" +
          "Kerkstraat 118 bus 2, 8500 Kortrijk ; Prinsengracht 263, 1016 GV Amsterdam"
      )
    ).toEqual([
      "Hauptstraße 15\n10115 Berlin",
      "Mariahilfer Straße 88/2/14, 1070 Wien",
      "Kerkstraat 118 bus 2, 8500 Kortrijk",
      "Prinsengracht 263, 1016 GV Amsterdam",
    ]);
  });

  it("reads an English address, its flat, town and postcode", () => {
    expect(
      found(
        "27 Kingsley Road, Harrogate, HG1 4RZ ; 84 Beacon Street, Apt 3B, Boston, MA 02108 ; " +
          "Flat 3, 27 Baker Street, London NW1 6XE"
      )
    ).toEqual([
      "27 Kingsley Road, Harrogate, HG1 4RZ",
      "84 Beacon Street, Apt 3B, Boston, MA 02108",
      "Flat 3, 27 Baker Street, London NW1 6XE",
    ]);
  });

  it("takes no French prose that only shares a word or a shape", () => {
    expect(
      found(
        "La Cour, via Internet 3 fois ; le Ring 2 ; en 2019 La Cour ; Article 12 Convention ; " +
          "Via 2, puis Calle 3 ; le Weg 12 ; 3 Grandes Lignes ; 12 Rue Royale ; alinéa 3, al. 2"
      )
    ).toEqual([]);
  });
});

describe("an address abroad in a letter", () => {
  it("is masked whole, and comes back restored", () => {
    const letter = "Maison familiale : Largo do Pelourinho 3, 4990-062 Ponte de Lima (Portugal).";
    const { text, vault } = new Engine().pseudonymise(letter);
    expect(text).toBe("Maison familiale : [ADRESSE_1] (Portugal).");
    expect(restore(text, vault).text).toBe(letter);
  });
});
