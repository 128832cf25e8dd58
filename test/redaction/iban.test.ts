import { describe, expect, it } from "vitest";
import { ibanCheckDigits } from "../../src/redaction/checksums.ts";
import { ibanRecognizer } from "../../src/redaction/recognizers/iban.ts";
import { ADMIN_PROSE_DECOYS } from "./checksummed-decoys.ts";

const found = (text: string) => ibanRecognizer.analyze(text).map((e) => text.slice(e.start, e.end));

/** Groups of four, as IBANs are printed. */
const byFour = (iban: string) => iban.replace(/(.{4})(?=.)/g, "$1 ");

/** Published example IBANs of the SWIFT registry, whose check digits hold. */
const PUBLISHED = [
  "FR7630006000011234567890189",
  "GB82WEST12345698765432",
  "DE89370400440532013000",
  "BE68539007547034",
  "NL91ABNA0417164300",
  "ES9121000418450200051332",
  "IT60X0542811101000000123456",
  "CH9300762011623852957",
  "NO9386011117947",
  "MT84MALT011000012345MTLCAST001S",
  "LU280019400644750000",
  "MC5811222000010123456789030",
];

describe("IBAN recognizer", () => {
  it("finds IBANs of every country, grouped by four or in one run", () => {
    for (const iban of PUBLISHED) {
      expect(found(`Virement sur le compte ${iban}.`)).toEqual([iban]);
      expect(found(`Virement sur le compte ${byFour(iban)}.`)).toEqual([byFour(iban)]);
    }
  });

  it("finds an IBAN whose check digits are computed here", () => {
    const iban = `FR${ibanCheckDigits("FR", "20041010050500013M02606")}20041010050500013M02606`;
    expect(found(`IBAN ${byFour(iban)}`)).toEqual([byFour(iban)]);
  });

  it("reads no letter of another alphabet that case folding makes ASCII (ſ, the Kelvin sign) as part of an IBAN", () => {
    // 22 characters of BBAN: with one of them a Kelvin sign, the match has the 23 of a French
    // IBAN, and the same without it passes the checksum.
    const bban = "3000600001123456789018";
    const iban = `FR${ibanCheckDigits("FR", bban)}${bban}`;
    for (const odd of ["\u212A", "\u017F"]) {
      const written = `${iban.slice(0, 20)}${odd}${iban.slice(20)}`;
      expect(found(`Virement sur le compte ${written}.`)).toEqual([]);
      expect(found(`Virement sur le compte ${byFour(written)}.`)).toEqual([]);
    }
  });

  it("leaves the IBAN prefix outside the span, even glued", () => {
    expect(found("IBAN : FR76 3000 6000 0112 3456 7890 189")).toEqual([
      "FR76 3000 6000 0112 3456 7890 189",
    ]);
    expect(found("IBANFR7630006000011234567890189")).toEqual(["FR7630006000011234567890189"]);
  });

  it("accepts lower case and gives every writing the same key, upper-cased without spaces", () => {
    const text =
      "fr76 3000 6000 0112 3456 7890 189, FR7630006000011234567890189, FR76 3000\u00A06000 0112 3456 7890 189";
    const entities = ibanRecognizer.analyze(text);
    expect(entities).toHaveLength(3);
    expect(new Set(entities.map((e) => e.key))).toEqual(new Set(["FR7630006000011234567890189"]));
  });

  it("reports nothing when the check digits do not hold", () => {
    expect(
      found(
        "FR76 3000 6000 0112 3456 7890 188, FR7730006000011234567890189, GB82WEST12345698765423"
      )
    ).toEqual([]);
  });

  it("reports nothing when the length does not fit the country, even if mod 97 holds", () => {
    const shortBban = "3000600001123456789018";
    const short = `FR${ibanCheckDigits("FR", shortBban)}${shortBban}`;
    const unknown = `XX${ibanCheckDigits("XX", "30006000011234567890189")}30006000011234567890189`;
    expect(found(`${short} ${byFour(short)} ${unknown}`)).toEqual([]);
  });

  it("does not report an IBAN glued inside a word or a longer code", () => {
    expect(found("REFFR7630006000011234567890189 FR76300060000112345678901891")).toEqual([]);
  });

  it("stays quiet on French administrative prose", () => {
    expect(found(ADMIN_PROSE_DECOYS)).toEqual([]);
    expect(found("le 12 mars, du 15 au 30, LE 12 MARS 2019, BE 12 34")).toEqual([]);
  });

  it.each([
    "FR 76 3000 6000 0112 3456 7890 189",
    "FR 7630 0060 0001 1234 5678 9018 9",
    "FR76 30006 00001 12345678901 89",
    "FR76-3000-6000-0112-3456-7890-189",
    "fr76 3000 6000 0112 3456 7890 189",
  ])("finds an IBAN written %j, as users paste it", (iban) => {
    expect(found(`Merci de virer la somme sur le compte ${iban} avant lundi.`)).toEqual([iban]);
  });

  it.each([
    "FR76.3000.6000.0112.3456.7890.189",
    "FR-76-3000-6000-0112-3456-7890-189",
    "FR.76.3000.6000.0112.3456.7890.189",
    "FR76.30006.00001.12345678901.89",
    "FR76\u00A03000\u00A06000\u00A00112\u00A03456\u00A07890\u00A0189",
    "FR76\u202F3000\u202F6000\u202F0112\u202F3456\u202F7890\u202F189",
    "DE89.3704.0044.0532.0130.00",
    "GB82-WEST-1234-5698-7654-32",
  ])("finds an IBAN grouped with periods, hyphens or no-break spaces: %j", (iban) => {
    expect(found(`Merci de virer la somme sur le compte ${iban} avant lundi.`)).toEqual([iban]);
    expect(found(`IBAN : ${iban}. Merci.`)).toEqual([iban]);
    expect(ibanRecognizer.analyze(iban)[0]?.key).toBe(iban.replace(/[^0-9A-Z]/g, ""));
  });

  it("does not take a number grouped with periods for an IBAN when its check digits fail or it goes on", () => {
    expect(found("compte FR76.3000.6000.0112.3456.7890.188")).toEqual([]);
    expect(found("réf. FR76.3000.6000.0112.3456.7890.189.2")).toEqual([]);
  });

  it("does not take a country code and a wrong number for an IBAN", () => {
    expect(found("compte FR 76 3000 6000 0112 3456 7890 188")).toEqual([]);
    expect(found("voir FR 76 et articles 3000 6000")).toEqual([]);
    expect(found("réf. FR76-3000-6000-0112-3456-7890-189-2")).toEqual([]);
  });
});
