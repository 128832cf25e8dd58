import { describe, expect, it } from "vitest";
import { luhn } from "../../src/redaction/checksums.ts";
import { bankCardRecognizer } from "../../src/redaction/recognizers/bank-card.ts";
import { ADMIN_PROSE_DECOYS } from "./checksummed-decoys.ts";

const found = (text: string) =>
  bankCardRecognizer.analyze(text).map((e) => text.slice(e.start, e.end));

/** Appends the digit that makes Luhn hold. */
const withLuhn = (prefix: string) => {
  for (let d = 0; d <= 9; d++) if (luhn(prefix + d)) return prefix + d;
  throw new Error("unreachable");
};
const byFour = (digits: string, separator = " ") =>
  digits.replace(/(\d{4})(?=\d)/g, `$1${separator}`);

const CB = withLuhn("497010123456789");

describe("bank card recognizer", () => {
  it("finds a card in groups of four, with spaces or hyphens, or in one run", () => {
    for (const card of [byFour(CB), byFour(CB, "-"), byFour(CB, "\u00A0"), CB]) {
      expect(found(`Payé par carte ${card}.`)).toEqual([card]);
    }
  });

  it("finds the usual networks", () => {
    const cards = [
      "4111 1111 1111 1111",
      "4222222222222",
      "5555 5555 5555 4444",
      "2223 0000 4841 0010",
      "3782 822463 10005",
      "378282246310005",
      "6011 1111 1111 1117",
      "3530 1113 3330 0000",
      "6759 6498 2643 8453",
      byFour(withLuhn("675964982643845301"), " "),
    ];
    for (const card of cards) expect(found(`carte ${card}`)).toEqual([card]);
  });

  it("gives the same key, the digits, to every writing", () => {
    const keys = [byFour(CB), byFour(CB, "-"), CB].map(
      (text) => bankCardRecognizer.analyze(text)[0]?.key
    );
    expect(keys).toEqual([CB, CB, CB]);
  });

  it("finds a card followed by its expiry date", () => {
    expect(found(`CB ${byFour(CB)} 12/27`)).toEqual([byFour(CB)]);
  });

  it("reports nothing when Luhn fails", () => {
    const wrong = CB.slice(0, 15) + ((Number(CB[15]) + 1) % 10);
    expect(found(`carte ${byFour(wrong)} ou ${wrong} ou 4111 1111 1111 1112`)).toEqual([]);
  });

  it("reports nothing when no network issues such numbers", () => {
    const unknownIin = withLuhn("123456789012345");
    const mastercard15 = withLuhn("51051051051051");
    const siretLike = withLuhn("4123456789012");
    expect(found(`${byFour(unknownIin)} ${mastercard15} ${siretLike}`)).toEqual([]);
  });

  it("does not mix separators or read a card inside a longer number", () => {
    expect(
      found(`${CB.slice(0, 4)} ${CB.slice(4, 8)}-${CB.slice(8, 12)} ${CB.slice(12)} et ${CB}12345`)
    ).toEqual([]);
  });

  it("stays quiet on French administrative prose", () => {
    expect(found(ADMIN_PROSE_DECOYS)).toEqual([]);
  });
});
