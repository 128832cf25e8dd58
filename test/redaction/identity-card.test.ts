import { describe, expect, it } from "vitest";
import { pseudonymiseEntities } from "../../src/redaction/pseudonymiser.ts";
import { identityCardRecognizer } from "../../src/redaction/recognizers/identity-card.ts";
import { reported, reportedEntities } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(identityCardRecognizer, text);

describe("identity card recognizer", () => {
  it("reports twelve-digit cards (1995-2021) when the card is named", () => {
    expect(found("Carte nationale d'identité n° 880692310285 délivrée le 3 juin 2010.")).toEqual([
      "880692310285",
    ]);
    expect(found("Pièce d’identité : 880692310285")).toEqual(["880692310285"]);
  });

  it("reports nine-character cards (since 2021) when the card is named", () => {
    expect(found("CNI n° X4RTBPFW4")).toEqual(["X4RTBPFW4"]);
    expect(found("sa carte d'identité D2H6862M2, valable dix ans")).toEqual(["D2H6862M2"]);
    // Wherever their one letter beside a digit stands.
    expect(found("CNI ABCDEFGH1, CNI A12345678, CNI 12345678A")).toEqual([
      "ABCDEFGH1",
      "A12345678",
      "12345678A",
    ]);
  });

  it("does not report the shapes without the card named", () => {
    expect(found("Le bordereau 880692310285 et la référence X4RTBPFW4.")).toEqual([]);
  });

  it("rejects a capitalised word, a SIREN or longer runs next to the card", () => {
    expect(
      found("CNI PROCEDURE ; carte d'identité 732829320 ; CNI 1234567890123 ; CNI X4RTBPFW45")
    ).toEqual([]);
  });

  it("gives one placeholder to one card and another to another", () => {
    const text = "CNI X4RTBPFW4, puis CNI X4RTBPFW4 et CNI D2H6862M2";
    const { text: masked } = pseudonymiseEntities(
      text,
      reportedEntities(identityCardRecognizer, text)
    );
    expect(masked).toBe("CNI [PASSEPORT_1], puis CNI [PASSEPORT_1] et CNI [PASSEPORT_2]");
  });

  it("ignores administrative prose around an identity card", () => {
    const prose =
      "La carte d'identité, délivrée le 12/03/2019 contre 1 234 567,89 €, relève du décret n° 2019-1234 du " +
      "12 mars 2019 et de l'article L. 123-4 du code ; SIRET 732 829 320 00074 ; version 1.2.3.4.";
    expect(found(prose)).toEqual([]);
  });
});

describe("new identity cards whose number has no digit", () => {
  it("are found right after n° when the card is named", () => {
    const text =
      "Pièce d'identité : carte nationale d'identité n° PULRMTXFA (délivrance : 24 décembre 2017)";
    expect(reported(identityCardRecognizer, text)).toEqual(["PULRMTXFA"]);
    expect(
      reported(identityCardRecognizer, "carte nationale d'identité : IMPORTANT, voir PULRMTXFA")
    ).toEqual([]);
  });

  it("are nine capitals exactly, glued to n° or not, at the end of a text too", () => {
    const found = (text: string) => reported(identityCardRecognizer, text);
    expect(found("CNI n°PULRMTXFA")).toEqual(["PULRMTXFA"]);
    expect(found("CNI No PULRMTXFA, CNI n° PULRMTXFAB, CNI n° PULRMTXF")).toEqual(["PULRMTXFA"]);
    expect(found("CNI n° ABCDEFGHIJKLMNOPQR")).toEqual([]);
  });
});
