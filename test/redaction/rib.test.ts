import { describe, expect, it } from "vitest";
import { ribKey } from "../../src/redaction/checksums.ts";
import { ribRecognizer } from "../../src/redaction/recognizers/rib.ts";
import { ADMIN_PROSE_DECOYS } from "./checksummed-decoys.ts";

const found = (text: string) => ribRecognizer.analyze(text).map((e) => text.slice(e.start, e.end));

describe("RIB recognizer", () => {
  it("finds bank details with spaces or in one run", () => {
    expect(found("RIB : 30002 00550 0000157845Z 02.")).toEqual(["30002 00550 0000157845Z 02"]);
    expect(found("RIB : 30002005500000157845Z02.")).toEqual(["30002005500000157845Z02"]);
  });

  it("finds bank details whose key is computed here", () => {
    const compte = "00012345K67";
    const rib = `17569 00045 ${compte} ${ribKey("17569", "00045", compte)}`;
    expect(found(`Code banque, guichet, compte et clé : ${rib}`)).toEqual([rib]);
  });

  it("gives the same key with and without spaces, in either case", () => {
    const keys = [
      "30002 00550 0000157845Z 02",
      "30002005500000157845Z02",
      "30002 00550 0000157845z 02",
    ].map((text) => ribRecognizer.analyze(text)[0]?.key);
    expect(keys).toEqual([
      "30002005500000157845Z02",
      "30002005500000157845Z02",
      "30002005500000157845Z02",
    ]);
  });

  it("is surer of itself when a context word is near", () => {
    const [bare] = ribRecognizer.analyze("30002 00550 0000157845Z 02");
    const [announced] = ribRecognizer.analyze(
      "Relevé d'identité bancaire : 30002 00550 0000157845Z 02"
    );
    expect(bare!.score).toBeGreaterThanOrEqual(0.5);
    expect(announced!.score).toBeGreaterThan(bare!.score);
  });

  it("reports nothing when the key does not hold", () => {
    expect(
      found("RIB 30002 00550 0000157845Z 03, 30002005500000157845Z20, 30002 00550 0000157845Y 02")
    ).toEqual([]);
  });

  it("does not report the RIB inside a French IBAN", () => {
    expect(found("FR7630006000011234567890189 et FR76 3000 6000 0112 3456 7890 189")).toEqual([]);
  });

  it("stays quiet on French administrative prose", () => {
    expect(found(ADMIN_PROSE_DECOYS)).toEqual([]);
  });
});
