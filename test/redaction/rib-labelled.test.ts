import { describe, expect, it } from "vitest";
import { ribKey } from "../../src/redaction/checksums.ts";
import { Engine } from "../../src/redaction/engine.ts";
import { ribLabelledRecognizer } from "../../src/redaction/recognizers/rib-labelled.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(ribLabelledRecognizer, text);

const BANK = "30006";
const BRANCH = "00001";
const ACCOUNT = "12345678901";
const KEY = ribKey(BANK, BRANCH, ACCOUNT);
const WRONG_KEY = String((Number(KEY) + 1) % 100).padStart(2, "0");

describe("labelled RIB recognizer", () => {
  it("masks the account number and the key given line by line", () => {
    const text = `Code banque : ${BANK}\nCode guichet : ${BRANCH}\nNuméro de compte : ${ACCOUNT}\nClé RIB : ${KEY}\n`;
    expect(found(text)).toEqual([ACCOUNT, KEY]);
  });

  it("masks them in a markdown table, a tab-separated table and in capitals", () => {
    const markdown = `| Code banque | Code guichet | N° de compte | Clé RIB |\n|---|---|---|---|\n| ${BANK} | ${BRANCH} | ${ACCOUNT} | ${KEY} |`;
    expect(found(markdown)).toEqual([ACCOUNT, KEY]);
    const tabs = `Code banque\tCode guichet\tNuméro de compte\tClé\n${BANK}\t${BRANCH}\t${ACCOUNT}\t${KEY}`;
    expect(found(tabs)).toEqual([ACCOUNT, KEY]);
    const capitals = `CODE BANQUE : ${BANK} - CODE GUICHET : ${BRANCH}\nCOMPTE : ${ACCOUNT} CLÉ RIB : ${KEY}`;
    expect(found(capitals)).toEqual([ACCOUNT, KEY]);
  });

  it("masks the account even when a part is missing", () => {
    expect(found(`Code guichet : ${BRANCH}\nN° de compte : ${ACCOUNT}`)).toEqual([ACCOUNT]);
  });

  it("gives the account and the key one placeholder", () => {
    const text = `Code banque : ${BANK}\nCode guichet : ${BRANCH}\nN° de compte : ${ACCOUNT}\nClé RIB : ${KEY}`;
    const { text: masked } = new Engine().pseudonymise(text);
    expect(masked).toContain("N° de compte : [RIB_1]\nClé RIB : [RIB_1]");
    expect(masked).toContain(BANK);
  });

  it("reports nothing when all four parts are there and the key does not hold", () => {
    const text = `Code banque : ${BANK}\nCode guichet : ${BRANCH}\nN° de compte : ${ACCOUNT}\nClé RIB : ${WRONG_KEY}`;
    expect(found(text)).toEqual([]);
  });

  it("reads a label that follows an empty field on its line, wherever the gate words stand", () => {
    const text = `Code banque : ${BANK}\nCode guichet : Clé RIB : ${KEY}\nN° de compte : ${ACCOUNT}`;
    expect(found(text)).toEqual([KEY, ACCOUNT]);
  });

  it("stays quiet on prose without labelled bank details", () => {
    expect(found(`Le guichet ouvre à 9 h. Le compte rendu n° 12345678901 est joint.`)).toEqual([]);
    expect(found(`La clé RIB se calcule ainsi ; voir l'article 12345678901.`)).toEqual([]);
    expect(found(`Code guichet : ${BRANCH}\nClé RIB : ${KEY}`)).toEqual([]);
  });
});
