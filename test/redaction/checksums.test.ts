import { describe, expect, it } from "vitest";
import {
  ibanCheckDigits,
  ibanChecksumHolds,
  isValidSiren,
  isValidSiret,
  luhn,
  mod11_10,
  mod97,
  nirKey,
  ribKey,
  spiKey,
  tvaKey,
} from "../../src/redaction/checksums.ts";

/** An independent oracle: the remainder computed with BigInt on the whole number at once. */
const bigMod97 = (digits: string) => Number(BigInt(digits) % 97n);

describe("luhn", () => {
  it("accepts published valid numbers and rejects a changed digit", () => {
    expect(luhn("79927398713")).toBe(true);
    expect(luhn("4111111111111111")).toBe(true);
    expect(luhn("378282246310005")).toBe(true);
    expect(luhn("79927398710")).toBe(false);
    expect(luhn("4111111111111112")).toBe(false);
  });
  it("rejects what is not digits", () => {
    expect(luhn("")).toBe(false);
    expect(luhn("4111 1111 1111 1111")).toBe(false);
  });
});

describe("mod97", () => {
  it("agrees with BigInt arithmetic on long numbers", () => {
    for (const digits of [
      "0",
      "96",
      "97",
      "1800375123456",
      "3000600001123456789018915270",
      "9".repeat(60),
    ]) {
      expect(mod97(digits)).toBe(bigMod97(digits));
    }
  });
  it("reads letters as two digits, A = 10 … Z = 35, in either case", () => {
    expect(mod97("A")).toBe(10);
    expect(mod97("Z")).toBe(35);
    expect(mod97("NL004495445B01")).toBe(bigMod97("2321004495445" + "11" + "01"));
    expect(mod97("nl004495445b01")).toBe(mod97("NL004495445B01"));
  });
  it("is NaN on other characters", () => {
    expect(mod97("12 34")).toBeNaN();
  });
});

describe("IBAN", () => {
  it("accepts published IBANs and rejects a changed character", () => {
    expect(ibanChecksumHolds("FR7630006000011234567890189")).toBe(true);
    expect(ibanChecksumHolds("GB82WEST12345698765432")).toBe(true);
    expect(ibanChecksumHolds("DE89370400440532013000")).toBe(true);
    expect(ibanChecksumHolds("FR7630006000011234567890188")).toBe(false);
    expect(ibanChecksumHolds("GB82WEST12345698765423")).toBe(false);
  });
  it("computes the check digits of a BBAN", () => {
    expect(ibanCheckDigits("FR", "30006000011234567890189")).toBe("76");
    expect(ibanCheckDigits("GB", "WEST12345698765432")).toBe("82");
    expect(ibanCheckDigits("BE", "539007547034")).toBe("68");
  });
});

describe("RIB key", () => {
  it("computes the key of French bank details, letters mapped the French way", () => {
    expect(ribKey("30002", "00550", "0000157845Z")).toBe("02");
    expect(ribKey("30006", "00001", "12345678901")).toBe("89");
  });
  it("maps A/J → 1, B/K/S → 2 … I/R/Z → 9", () => {
    const withDigits = (compte: string) => ribKey("12345", "67890", compte);
    expect(withDigits("AAAAAJJJJJ0")).toBe(withDigits("11111111110"));
    expect(withDigits("BKS00000000")).toBe(withDigits("22200000000"));
    expect(withDigits("IRZ00000000")).toBe(withDigits("99900000000"));
  });
  it("agrees with the formula computed with BigInt", () => {
    const [b, g, c] = ["17569", "00045", "56789012345"];
    const expected = 97 - Number((89n * BigInt(b) + 15n * BigInt(g) + 3n * BigInt(c)) % 97n);
    expect(ribKey(b, g, c)).toBe(String(expected).padStart(2, "0"));
  });
});

describe("NIR key", () => {
  it("is 97 minus the 13-digit number modulo 97", () => {
    expect(nirKey("1800375123456")).toBe(String(97 - bigMod97("1800375123456")).padStart(2, "0"));
  });
  it("reads Corsica's 2A as 19 and 2B as 18", () => {
    expect(nirKey("180032A123456")).toBe(String(97 - bigMod97("1800319123456")).padStart(2, "0"));
    expect(nirKey("180032b123456")).toBe(String(97 - bigMod97("1800318123456")).padStart(2, "0"));
  });
});

describe("numéro fiscal key", () => {
  it("is the first ten digits modulo 511, on three digits", () => {
    expect(spiKey("0701987765")).toBe("493");
    expect(spiKey("0000000600")).toBe("089");
  });
});

describe("TVA key", () => {
  it("computes the key of a French VAT number from the SIREN", () => {
    expect(tvaKey("303265045")).toBe("40");
    expect(tvaKey("732829320")).toBe(String((12 + 3 * (732829320 % 97)) % 97).padStart(2, "0"));
  });
});

describe("SIREN and SIRET", () => {
  it("checks Luhn on SIREN and SIRET", () => {
    expect(isValidSiren("732829320")).toBe(true);
    expect(isValidSiren("732829321")).toBe(false);
    expect(isValidSiret("73282932000074")).toBe(true);
    expect(isValidSiret("73282932000075")).toBe(false);
  });
  it("accepts La Poste's establishments when their digits add up to a multiple of 5", () => {
    expect(luhn("35600000049837")).toBe(false);
    expect(isValidSiret("35600000049837")).toBe(true);
    expect(isValidSiret("35600000049838")).toBe(false);
  });
});

describe("ISO 7064 MOD 11,10", () => {
  it("accepts a published German VAT number and rejects a changed digit", () => {
    expect(mod11_10("136695976")).toBe(true);
    expect(mod11_10("136695977")).toBe(false);
  });
});
