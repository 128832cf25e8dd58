import { describe, expect, it } from "vitest";
import { ukBankAccountRecognizer } from "../../src/redaction/recognizers/uk-bank-account.ts";
import { reported, reportedKeys } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(ukBankAccountRecognizer, text);

describe("British bank account recognizer", () => {
  it("reports the account's eight digits near a sort code, before or after it", () => {
    expect(found("NatWest, sort code 60-16-13, account 31926819.")).toEqual(["31926819"]);
    expect(found("Account number: 12345678 / Sort code: 20-00-00")).toEqual(["12345678"]);
    expect(reportedKeys(ukBankAccountRecognizer, "Sort-code 20-00-00, account 12345678")).toEqual([
      "12345678",
    ]);
  });

  it("leaves the sort code, which names a branch, and eight digits elsewhere", () => {
    expect(found("sort code 601613")).toEqual([]);
    expect(found("Account 31926819, colis 12345678, commande 123456789.")).toEqual([]);
    expect(found("The resort code 60-16-13, account 31926819")).toEqual([]);
  });
});
