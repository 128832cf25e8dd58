import { describe, expect, it } from "vitest";
import { nirRecognizer } from "../../src/redaction/recognizers/nir.ts";
import { ADMIN_PROSE_DECOYS } from "./checksummed-decoys.ts";

const found = (text: string) => nirRecognizer.analyze(text).map((e) => text.slice(e.start, e.end));

/** The key computed here with BigInt, independently of the engine: Corsica's 2A/2B read 19/18. */
const key = (first13: string) => {
  const digits = first13.toUpperCase().replace("2A", "19").replace("2B", "18");
  return String(97n - (BigInt(digits) % 97n)).padStart(2, "0");
};

const K = key("1800375123456");
const WRONG = String((Number(K) % 97) + 1).padStart(2, "0");

describe("NIR recognizer", () => {
  it("finds a NIR written with spaces, in one run, or with its key apart", () => {
    const writings = [
      `1 80 03 75 123 456 ${K}`,
      `1800375123456${K}`,
      `1800375123456 ${K}`,
      `1 80 03 75 123 456-${K}`,
      `1 80 03 75 123 456 / ${K}`,
      `1 80 03 75 123 456, clé ${K}`,
    ];
    for (const nir of writings)
      expect(found(`Numéro de sécurité sociale : ${nir}.`)).toEqual([nir]);
  });

  it("finds a NIR grouped with hyphens, periods or no-break spaces", () => {
    const writings = [
      `1-80-03-75-123-456-${K}`,
      `1.80.03.75.123.456.${K}`,
      `1.80.03.75.123.456-${K}`,
      `1\u00A080\u00A003\u00A075\u00A0123\u00A0456\u00A0${K}`,
      `1\u202F80\u202F03\u202F75\u202F123\u202F456\u202F${K}`,
    ];
    for (const nir of writings) {
      expect(found(`Numéro de sécurité sociale : ${nir}.`)).toEqual([nir]);
      expect(nirRecognizer.analyze(nir)[0]?.key).toBe("1800375123456");
    }
    const k2a = key("284052A123456");
    expect(found(`NIR : 2-84-05-2A-123-456-${k2a} ; 2.84.05.2A.123.456.${k2a}`)).toEqual([
      `2-84-05-2A-123-456-${k2a}`,
      `2.84.05.2A.123.456.${k2a}`,
    ]);
  });

  it("reports nothing for a NIR grouped with periods or hyphens whose key fails, or inside a longer number", () => {
    expect(found(`1-80-03-75-123-456-${WRONG} et 1.80.03.75.123.456.${WRONG}`)).toEqual([]);
    expect(found(`réf. 9.1.80.03.75.123.456.${K} et 1-80-03-75-123-456-${K}-7`)).toEqual([]);
  });

  it("gives every writing of one NIR the same key, its 13 characters upper-cased", () => {
    const keys = [
      `1 80 03 75 123 456 ${K}`,
      `1800375123456${K}`,
      `1 80 03 75 123 456, clé ${K}`,
    ].map((text) => nirRecognizer.analyze(text)[0]?.key);
    expect(keys).toEqual(["1800375123456", "1800375123456", "1800375123456"]);
  });

  it("handles Corsica (2A, 2B, in either case) with its own key", () => {
    const k2a = key("280032A123456");
    const k2b = key("280032B123456");
    expect(found(`née en Corse : 2 80 03 2A 123 456 ${k2a} et 2 80 03 2b 123 456 ${k2b}`)).toEqual([
      `2 80 03 2A 123 456 ${k2a}`,
      `2 80 03 2b 123 456 ${k2b}`,
    ]);
    expect(nirRecognizer.analyze(`280032b123456${k2b}`)[0]?.key).toBe("280032B123456");
  });

  it("reads an overseas birthplace grouped as written, the département's three digits apart", () => {
    const k = key("2870397416228");
    expect(found(`NIR : 2 87 03 974 16 228 ${k} ; 2 87 03 97 416 228 ${k}`)).toEqual([
      `2 87 03 974 16 228 ${k}`,
      `2 87 03 97 416 228 ${k}`,
    ]);
    expect(nirRecognizer.analyze(`2 87 03 974 16 228 ${k}`)[0]?.key).toBe("2870397416228");
  });

  it("accepts provisional registrations and INSEE's special months", () => {
    for (const first13 of ["7800375123456", "3805099123456", "2803099123456", "1994299123456"]) {
      const nir = first13 + key(first13);
      expect(found(`NIR ${nir}`)).toEqual([nir]);
    }
  });

  it("reports nothing when the key does not hold", () => {
    expect(found(`1 80 03 75 123 456 ${WRONG} et 1800375123456${WRONG}`)).toEqual([]);
  });

  it("reports nothing for an impossible sex digit or month, whatever the key", () => {
    for (const first13 of ["5800375123456", "1801375123456", "1804375123456"]) {
      expect(found(`NIR ${first13}${key(first13)}`)).toEqual([]);
    }
  });

  it("does not report a NIR inside a longer number", () => {
    expect(found(`9${"1800375123456"}${K} et 1800375123456${K}7`)).toEqual([]);
  });

  it("stays quiet on French administrative prose", () => {
    expect(found(ADMIN_PROSE_DECOYS)).toEqual([]);
  });
});
