import { describe, expect, it } from "vitest";
import { numeroFiscalRecognizer } from "../../src/redaction/recognizers/numero-fiscal.ts";
import { ADMIN_PROSE_DECOYS } from "./checksummed-decoys.ts";

const found = (text: string) =>
  numeroFiscalRecognizer.analyze(text).map((e) => text.slice(e.start, e.end));

/** A numéro fiscal whose last three digits (first ten modulo 511) are computed here. */
const spi = (first10: string) => first10 + String(Number(first10) % 511).padStart(3, "0");

const SPI = spi("1234567890");
const grouped = (n: string) => n.replace(/^(\d\d)(\d\d)(\d{3})(\d{3})(\d{3})$/, "$1 $2 $3 $4 $5");

describe("numéro fiscal recognizer", () => {
  it("finds a numéro fiscal in one run or grouped 2-2-3-3-3", () => {
    expect(found(`Numéro fiscal : ${SPI}.`)).toEqual([SPI]);
    expect(found(`Numéro fiscal : ${grouped(SPI)}.`)).toEqual([grouped(SPI)]);
    expect(found("Référence de l'avis : 0701987765493")).toEqual(["0701987765493"]);
  });

  it("gives the same key with and without spaces", () => {
    expect(numeroFiscalRecognizer.analyze(grouped(SPI))[0]?.key).toBe(SPI);
    expect(numeroFiscalRecognizer.analyze(SPI)[0]?.key).toBe(SPI);
  });

  it("is surer of itself near a tax word", () => {
    const [bare] = numeroFiscalRecognizer.analyze(`réf. ${SPI}`);
    const [announced] = numeroFiscalRecognizer.analyze(`Contribuable n° ${SPI}`);
    expect(bare!.score).toBeGreaterThanOrEqual(0.5);
    expect(announced!.score).toBeGreaterThan(bare!.score);
  });

  it("reports nothing when the key does not hold or the first digit is above 3", () => {
    const wrong = SPI.slice(0, 10) + String((Number(SPI.slice(10)) + 1) % 1000).padStart(3, "0");
    expect(found(`SPI ${wrong}, SPI ${grouped(wrong)}, SPI ${spi("4234567890")}`)).toEqual([]);
  });

  it("does not report thirteen zeros or a number inside a longer one", () => {
    expect(found(`SPI 0000000000000, ${SPI}1, 9${SPI}`)).toEqual([]);
  });

  it("stays quiet on French administrative prose", () => {
    expect(found(ADMIN_PROSE_DECOYS)).toEqual([]);
  });
});
