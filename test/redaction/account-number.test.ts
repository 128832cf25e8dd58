import { describe, expect, it } from "vitest";
import { Engine } from "../../src/redaction/index.ts";
import { accountNumberRecognizer } from "../../src/redaction/recognizers/account-number.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(accountNumberRecognizer, text);

describe("account number recognizer", () => {
  it("reports a customer's, a subscriber's and a member's number after its label", () => {
    expect(
      found(
        "N° client : 4012 345 678\nRéférence client : 60012345678.\nNuméro d'abonné : 0612345AB\n" +
          "Code client 12345678\nmon numéro d'adhérent : 8845123, mutuelle\nN° sociétaire 7001234"
      )
    ).toEqual(["4012 345 678", "60012345678", "0612345AB", "12345678", "8845123", "7001234"]);
  });

  it("reports a contract's, an insurance policy's and a pension's number", () => {
    expect(
      found(
        "n° de contrat 1020304050 ; Contrat n° CT-2019-004512 ; N° de police : AB123456 ; " +
          "Client : 00451234 ; n° de pension 1234567E, caisse CARSAT"
      )
    ).toEqual(["1020304050", "CT-2019-004512", "AB123456", "00451234", "1234567E"]);
  });

  it("reads the number in prose, after `est le`", () => {
    expect(found("Mon numéro client est le 4012 345 678 et mon contrat court.")).toEqual([
      "4012 345 678",
    ]);
  });

  it("reports a tax notice's reference and a consular registration number", () => {
    expect(
      found(
        "Référence de l’avis d’impôt : 23 75 A123456 78\nréférence de l'avis 19 75 A 123 456 78\n" +
          "Immatriculation consulaire n° 2019-123456 (Montréal)"
      )
    ).toEqual(["23 75 A123456 78", "19 75 A 123 456 78", "2019-123456"]);
  });

  it("reports a social housing request's number", () => {
    expect(
      found(
        "Numéro unique de demande de logement social : 0751219123456A1234 ; numéro unique " +
          "régional 0931220987654B0012 ; un numéro unique au monde"
      )
    ).toEqual(["0751219123456A1234", "0931220987654B0012"]);
  });

  it("reports a family record book's number", () => {
    expect(
      found(
        "Livret de famille n° 2015/0456 ; n° de livret de famille : 12345 ; un livret de famille"
      )
    ).toEqual(["2015/0456", "12345"]);
  });

  it("reports a hospital's patient number", () => {
    expect(found("IPP 2019004512 ; n° patient : 00451234 ; IPPS 2019004512")).toEqual([
      "2019004512",
      "00451234",
    ]);
  });

  it("reports a child minder's approval and the European health card's personal number", () => {
    expect(
      found(
        "n° d'agrément : 2019-069-0123 ; Agrément n° 069/2019/456 ; Personal identification " +
          "number: 1234567890"
      )
    ).toEqual(["2019-069-0123", "069/2019/456", "1234567890"]);
    expect(found("agrément du 12/03/2019 ; agrément de 2019 ; personal number 12")).toEqual([]);
  });

  it("takes a short code between two groups of digits", () => {
    expect(found("N° de séjour : 24-URG-0087123 ; n° client : 4012-ABC rue")).toEqual([
      "24-URG-0087123",
    ]);
  });

  it("reads the kind or the body after the holder's word", () => {
    expect(
      found(
        "contrat de location n° LOC-93-558210 ; compte locataire n° 00117532 ; N° étudiant UGA : " +
          "22418806 ; N° de contrat d'occupation : CRGA-25-H-078412"
      )
    ).toEqual(["LOC-93-558210", "00117532", "22418806", "CRGA-25-H-078412"]);
  });

  it("reports a professional order's registration number", () => {
    expect(
      found(
        "M. Martin, architecte, inscrit à l'Ordre sous le n° 078456. Inscrite au tableau de " +
          "l’Ordre des médecins de Paris sous le n° 75/12345."
      )
    ).toEqual(["078456", "75/12345"]);
    expect(found("inscrit à l'Ordre en 2015, sous le n° 12345 du registre")).toEqual([]);
  });

  it("reports a hospital stay's, a person's file, a contributor's and a prisoner's number", () => {
    expect(
      found(
        "N° étudiant : 22408715 ; N° séjour : 25012345 ; N° individu : 1457821 ; N° cotisant : 937 1234567890 ; " +
          "N° d'écrou : 45123 (CP Nantes), ancien n° écrou 2019/0789 ; Numéro de " +
          "télédéclarant : 12 34 56 78 90 123 ; N° avis de contravention : 1234567890 ; " +
          "certificat d'immatriculation n° 2018AB12345"
      )
    ).toEqual([
      "22408715",
      "25012345",
      "1457821",
      "937 1234567890",
      "45123",
      "2019/0789",
      "12 34 56 78 90 123",
      "1234567890",
      "2018AB12345",
    ]);
  });

  it("stops at the words after the number", () => {
    expect(found("N° client : 123456 Date : 12/03/2024")).toEqual(["123456"]);
  });

  it("takes no year, no short number, no date and no amount, and nothing without its label", () => {
    expect(
      found(
        "le contrat 2021-2024 ; N° client : 1234 ; Contrat n° 12/03/2020 ; " +
          "N° de contrat : 12 500 € ; un client 4012345678 ; la clientèle n° 45678 ; " +
          "Référence : 2023-45678 ; agent de police n° 45678 ; numéro de client: 12345,50 ; " +
          "Durée du séjour : 12 mois ; séjour : 2021-2024 ; contrat : 2019 / 2023"
      )
    ).toEqual([]);
  });
});

describe("account numbers in the engine", () => {
  it("masks them as IDENTIFIANT", () => {
    const { text } = new Engine().pseudonymise("Référence client : 60012345678.");
    expect(text).toBe("Référence client : [IDENTIFIANT_1].");
  });
});
