import { describe, expect, it } from "vitest";
import { birthDateRecognizer } from "../../src/redaction/recognizers/birth-date.ts";
import { reported, reportedKeys } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(birthDateRecognizer, text);

describe("birth date recognizer", () => {
  it.each([
    ["M. Martin, né le 3 mars 1980, demeurant à Lyon", "3 mars 1980"],
    ["Mme Durand, née le 1er janvier 1975", "1er janvier 1975"],
    ["Mme Durand, née le 1ᵉʳ janvier 1975", "1ᵉʳ janvier 1975"],
    ["Né(e) le 03/03/1980", "03/03/1980"],
    ["Date de naissance : 03/03/1980", "03/03/1980"],
    ["date de naissance: 3.3.1980", "3.3.1980"],
    ["Date et lieu de naissance : 1980-03-03 à Lyon", "1980-03-03"],
    ["né à Lyon le 3 mars 1980", "3 mars 1980"],
    ["née à Saint-Étienne (Loire), le 29 février 1980", "29 février 1980"],
    ["né au Havre le 12 sept. 1962", "12 sept. 1962"],
    ["DN : 03/03/1980", "03/03/1980"],
    ["D.N. : 03/03/1980", "03/03/1980"],
    ["DOB: 03/03/1980", "03/03/1980"],
    ["Date of birth: 1980-03-03", "1980-03-03"],
    ["born on 03/03/1980 in Lyon", "03/03/1980"],
    ["le requérant (né le 12/05/1962) réside à Paris", "12/05/1962"],
    ["NÉ LE 3 MARS 1980", "3 MARS 1980"],
    ["né le 03/03/80", "03/03/80"],
    ["my date of birth is 12 March 1985.", "12 March 1985"],
    ["Born on March 12, 1985 in London", "March 12, 1985"],
    ["I was born in Lagos on 3rd June 1990.", "3rd June 1990"],
    ["Date of birth: 12th March, 1985", "12th March, 1985"],
    ["Mme Kelly VANDAMME, née le 3 juillet 91 à Tourcoing", "3 juillet 91"],
    ["Kelly VANDAMME (° 03/07/1991 sur CNI)", "03/07/1991"],
    ["Sabrina MOUTON (DDN 12/06/62 ?? à vérifier)", "12/06/62"],
    ["date de naiss 12/03/85 normalement", "12/03/85"],
    ["date de naiss. : 12/03/1985", "12/03/1985"],
    ["DOB: 5 Nov 2009", "5 Nov 2009"],
    ["born 02/28/1978 in Boston", "02/28/1978"],
    ["né 12/03/1980 à Lyon", "12/03/1980"],
    ["Me llamo Ana, nacida el 23 de julio de 1979 en Zaragoza", "23 de julio de 1979"],
    ["Mi hijo, nacido el 02/05/2011.", "02/05/2011"],
    ["Fecha de nacimiento: 23/07/1979", "23/07/1979"],
    ["Data di nascita: 01/01/1980", "01/01/1980"],
    ["nata a Torino il 3 marzo 1982", "3 marzo 1982"],
    ["nascida em 12 de junho de 1990", "12 de junho de 1990"],
    ["Geburtsdatum: 12.03.1985", "12.03.1985"],
    ["(geb. 27.09.1987)", "27.09.1987"],
    ["geboren am 12. März 1985 in Berlin", "12. März 1985"],
    ["née à PARIS 13ème le 15.05.1992, demeurant", "15.05.1992"],
    ["né à Lyon 3e arrondissement le 3 mars 1980", "3 mars 1980"],
  ])("finds the date of birth in %j", (text, date) => {
    expect(found(text)).toEqual([date]);
  });

  it("finds a year of birth alone, lists of them included", () => {
    expect(found("Le requérant est né en 1944 et réside à Perth.")).toEqual(["1944"]);
    expect(found("Ses enfants sont nés respectivement en 1929 et 1923.")).toEqual(["1929", "1923"]);
    expect(found("née en 1980, elle a saisi le tribunal")).toEqual(["1980"]);
  });

  it("ignores dates that are no date of birth", () => {
    const prose =
      "L'audience du 3 mars 2021 a été renvoyée ; le 3 mars 1980, la société fut créée ; décret n° 2019-1234 " +
      "du 12 mars 2019 ; fait à Paris, le 12/03/2019 ; délivré le 3 mars 2015 ; le litige né de la décision " +
      "rendue le 3 mars 2019 ; né à la suite de l'arrêt rendu le 4 avril 2019.";
    expect(found(prose)).toEqual([]);
  });

  it("keys a date written in another language as the same day written in figures", () => {
    expect(
      reportedKeys(
        birthDateRecognizer,
        "nacida el 23 de julio de 1979 ; Fecha de nacimiento: 23/07/1979 ; geboren am 12. März " +
          "1985 ; Geburtsdatum: 12.03.1985"
      )
    ).toEqual(["1979-07-23", "1979-07-23", "1985-03-12", "1985-03-12"]);
  });

  it("takes no date after a word that only starts like a born word", () => {
    expect(
      found("Le centre national du 12/03/2020 ; la nature le 3 mars 1980 ; nato 3 fois")
    ).toEqual([]);
  });

  it("takes no `°` after a letter or a digit for a birth", () => {
    expect(found("25 °C le 03/07/1991, n° 03/07/1991, 1° 03/07/1991 ; il est né 3 fois")).toEqual(
      []
    );
  });

  it("reads the month first only where the day cannot be a month", () => {
    expect(reportedKeys(birthDateRecognizer, "born 02/28/1978 ; DOB 03/04/1980")).toEqual([
      "1978-02-28",
      "1980-04-03",
    ]);
    expect(reportedKeys(birthDateRecognizer, "DOB: 5 Nov 2009 ; née le 3 juillet 91")).toEqual([
      "2009-11-05",
      "1991-07-03",
    ]);
  });

  it("ignores days that do not exist or are to come", () => {
    expect(
      found(
        "né le 30/02/1980 ; né le 31 avril 1980 ; né le 32/01/1980 ; né le 3 mars 2999 ; né en 2999"
      )
    ).toEqual([]);
  });

  it("ignores administrative prose next to a birth label", () => {
    const prose =
      "Date de naissance : inconnue. Montant : 1 234 567,89 €, article L. 123-4 du code, version 1.2.3.4, " +
      "SIRET 732 829 320 00074.";
    expect(found(prose)).toEqual([]);
  });

  it("gives every writing of one day the same ISO key", () => {
    const text =
      "né le 3 mars 1980 ; né le 03/03/1980 ; date de naissance : 3.3.1980 ; DN : 1980-03-03 ; né le 03/03/80" +
      " ; born on March 3rd, 1980 ; date of birth is 3 March 1980";
    expect(new Set(reportedKeys(birthDateRecognizer, text))).toEqual(new Set(["1980-03-03"]));
  });
});

describe("birth date recognizer: month and year", () => {
  it.each([
    ["M. Martin, né en mars 1980 à Lyon", "mars 1980"],
    ["Mme Durand, née en Février 1975,", "Février 1975"],
    ["NÉ EN MARS 1980", "MARS 1980"],
    ["Date de naissance : septembre 1962", "septembre 1962"],
  ])("masks the month with the year in %j", (text, value) => {
    expect(found(text)).toEqual([value]);
  });

  it("gives the month and year one key, whatever the case", () => {
    expect(reportedKeys(birthDateRecognizer, "né en mars 1980; née en MARS 1980")).toEqual([
      "1980-03",
      "1980-03",
    ]);
  });

  it("finds the date after a maiden name: `née Fabre le 3 mars 1980`", () => {
    expect(found("Mme Lucie Bernard née Fabre le 3 mars 1980")).toEqual(["3 mars 1980"]);
  });

  it("leaves months and years out of a birth context", () => {
    expect(found("La loi de mars 1980 a été abrogée en 1985.")).toEqual([]);
    expect(found("Il est entendu en mars 1980, puis en 1981.")).toEqual([]);
    expect(found("L'arrêt rendu le 3 mars 1980 par la Cour née de la réforme.")).toEqual([]);
  });
});
