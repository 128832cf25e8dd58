import { describe, expect, it } from "vitest";
import { phoneRecognizer } from "../../src/redaction/recognizers/phone.ts";
import { reported, reportedKeys } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(phoneRecognizer, text);

const MOBILE_WRITINGS = [
  "06 12 34 56 78",
  "06.12.34.56.78",
  "06-12-34-56-78",
  "0612345678",
  "06\u00A012\u00A034\u00A056\u00A078",
  "+33 6 12 34 56 78",
  "+33 (0)6 12 34 56 78",
  "+33(0)612345678",
  "+336 12 34 56 78",
  "0033 6 12 34 56 78",
  "+33612345678",
  "+33 612 345 678",
  "+33.6.12.34.56.78",
  "06/12/34/56/78",
  "06 1234 5678",
  "0612 345 678",
  "06 12 345 678",
];

describe("phone recognizer", () => {
  it.each(MOBILE_WRITINGS)("finds %s with its exact span", (writing) => {
    expect(found(`Joignable au ${writing}, du lundi au vendredi.`)).toEqual([writing]);
  });

  it("gives every writing of one number the same E.164 key", () => {
    const keys = MOBILE_WRITINGS.flatMap((writing) =>
      reportedKeys(phoneRecognizer, `Tél. ${writing}`)
    );
    expect(new Set(keys)).toEqual(new Set(["+33612345678"]));
  });

  it("finds landlines, 08 and 09 numbers", () => {
    expect(
      found(
        "Standard : 01 23 45 67 89, Lyon : 04.78.12.34.56, vert : 08 00 12 34 56, box : 09 70 12 34 56."
      )
    ).toEqual(["01 23 45 67 89", "04.78.12.34.56", "08 00 12 34 56", "09 70 12 34 56"]);
  });

  it("finds 08 numbers written 0 800 123 456, keyed as their pairs writing", () => {
    const text =
      "Numéro vert : 0 800 123 456 ; service client au 0\u00A0805\u00A0200\u00A0069 ; " +
      "assistance 0 892 701 234. Appelez le 0 800 123 456 ou le 08 00 12 34 56.";
    expect(found(text)).toEqual([
      "0 800 123 456",
      "0\u00A0805\u00A0200\u00A0069",
      "0 892 701 234",
      "0 800 123 456",
      "08 00 12 34 56",
    ]);
    expect(reportedKeys(phoneRecognizer, text)).toEqual([
      "+33800123456",
      "+33805200069",
      "+33892701234",
      "+33800123456",
      "+33800123456",
    ]);
  });

  it("ignores what only looks like a 0 800 number: amounts, short or longer runs, dates", () => {
    const prose =
      "Un montant de 1 800 000 euros, puis 10 800 123 456 € ; le 0 800 seul ; 0 800 123 ; " +
      "0 800 123 456 789 ; 0 800 123 456,50 ; 1 0 800 123 456 ; article 0 800 du code ; " +
      "le 10 08 2019 à 800 mètres ; référence 20 800 123 456 ; 0 800 123 4567.";
    expect(found(prose)).toEqual([]);
  });

  it("finds overseas numbers, and keys their national and international writings alike", () => {
    const text =
      "Réunion +262 692 12 34 56 ou 0692 12 34 56 ; Guadeloupe +590 590 12 34 56 ; Guyane +594 694 12 34 56 ; " +
      "Martinique 05 96 12 34 56 ; Mayotte +262 639 12 34 56 ; Comores +269 773 12 34 ; " +
      "Nouméa +687 28 12 34 ; Papeete +689 87 12 34 56 ; Saint-Pierre +508 41 23 45.";
    expect(found(text)).toEqual([
      "+262 692 12 34 56",
      "0692 12 34 56",
      "+590 590 12 34 56",
      "+594 694 12 34 56",
      "05 96 12 34 56",
      "+262 639 12 34 56",
      "+269 773 12 34",
      "+687 28 12 34",
      "+689 87 12 34 56",
      "+508 41 23 45",
    ]);
    expect(reportedKeys(phoneRecognizer, text).slice(0, 5)).toEqual([
      "+262692123456",
      "+262692123456",
      "+590590123456",
      "+594694123456",
      "+596596123456",
    ]);
  });

  it("ignores longer digit runs: SIRET, IBAN, numéro fiscal, too long international numbers", () => {
    expect(found("SIRET 732 829 320 00074 ; SIRET 73282932000074")).toEqual([]);
    expect(found("IBAN FR76 3000 6000 0112 3456 7890 189 ou FR7630006000011234567890189")).toEqual(
      []
    );
    expect(found("numéro fiscal 0123456789012, soit 01 23 45 67 89 012")).toEqual([]);
    expect(found("06123456789 ; +33 6 12 34 56 78 90 ; 1 06 12 34 56 78")).toEqual([]);
  });

  it("ignores amounts, dates, legal references and versions", () => {
    const prose =
      "Le montant de 1 234 567,89 € fixé le 12/03/2019 (soit 01.02.2019) en application du décret n° 2019-1234 " +
      "du 12 mars 2019 et de l'article L. 123-4 du code, version 1.2.3.4, loi n° 78-17 du 6 janvier 1978.";
    expect(found(prose)).toEqual([]);
  });

  it("finds other countries' numbers in international writing, keyed in E.164", () => {
    const text =
      "Belgique +32 470 12 34 56 ; Londres +44 (0)20 7946 0958 ; New York +1 202 555 0173 ; " +
      "Maroc 00212 6 12 34 56 78 ; Rome +39 06 1234 5678 ; Abidjan +225 07 12 34 56 78 ; " +
      "Genève +41.22.123.45.67.";
    expect(found(text)).toEqual([
      "+32 470 12 34 56",
      "+44 (0)20 7946 0958",
      "+1 202 555 0173",
      "00212 6 12 34 56 78",
      "+39 06 1234 5678",
      "+225 07 12 34 56 78",
      "+41.22.123.45.67",
    ]);
    expect(reportedKeys(phoneRecognizer, text)).toEqual([
      "+32470123456",
      "+442079460958",
      "+12025550173",
      "+212612345678",
      "+390612345678",
      "+2250712345678",
      "+41221234567",
    ]);
  });

  it("reads an area code in brackets after the country's", () => {
    expect(found("You can reach me at +1 (617) 555-0142, or +44 (20) 7946 0958.")).toEqual([
      "+1 (617) 555-0142",
      "+44 (20) 7946 0958",
    ]);
    expect(reportedKeys(phoneRecognizer, "+1 (617) 555-0142")).toEqual(["+16175550142"]);
  });

  it("reads North America's writing without +1, and keys it as with it", () => {
    expect(found("his US number (617) 555-0142 or (212)555.0199, fax (415) 555 0100")).toEqual([
      "(617) 555-0142",
      "(212)555.0199",
      "(415) 555 0100",
    ]);
    expect(reportedKeys(phoneRecognizer, "(617) 555-0142")).toEqual(["+16175550142"]);
    // No area code nor exchange starts with 0 or 1; a bracketed year or count is no area code.
    expect(found("(123) 456-7890, (617) 155-0142, (2015) 555-0142, (617) 555-01423")).toEqual([]);
  });

  it("takes ten digits only, however grouped, and no date between slashes", () => {
    expect(
      found(
        "Le 12/03/2024 ; réf. 0612 3456 7890 12 ; 06 123 4567 ; 01/02/03/04 ; 06 12 34 567 89 ; " +
          "1234 567 890"
      )
    ).toEqual([]);
  });

  it("takes no signed amount nor count for a foreign number", () => {
    expect(
      found(
        "Hausse de +12 345 678 901 €, de +15 %, +1 234 567 habitants, +300 000 000 de visiteurs, " +
          "+65 432 100 entrées, +3 000 000 ; 00 32 47 01 23 45 ; +1 202 555 01 ; " +
          "+49 1234 5678 9012 3456."
      )
    ).toEqual([]);
  });

  it("ignores numbers that no French plan issues", () => {
    expect(found("+33 0 12 34 56 78 ; 00 12 34 56 78 ; +687 12 34 56 78")).toEqual([]);
  });
});
