import { describe, expect, it } from "vitest";
import { Analyzer } from "../../src/redaction/analyzer.ts";
import { isValidSiret, luhn } from "../../src/redaction/checksums.ts";
import { ibanRecognizer } from "../../src/redaction/recognizers/iban.ts";
import { sirenRecognizer } from "../../src/redaction/recognizers/siren.ts";
import { siretRecognizer } from "../../src/redaction/recognizers/siret.ts";
import { tvaRecognizer } from "../../src/redaction/recognizers/tva.ts";
import { RecognizerRegistry } from "../../src/redaction/registry.ts";
import { ADMIN_PROSE_DECOYS } from "./checksummed-decoys.ts";

/** What the engine reports: only spans scoring 0.5 or more, the longest of overlapping ones. */
const analyzer = new Analyzer(
  new RecognizerRegistry([sirenRecognizer, siretRecognizer, tvaRecognizer, ibanRecognizer])
);
const reported = (text: string) =>
  analyzer.analyze(text).map((e) => `${e.type} ${text.slice(e.start, e.end)}`);

/** Appends the digit that makes Luhn hold. */
const withLuhn = (prefix: string) => {
  for (let d = 0; d <= 9; d++) if (luhn(prefix + d)) return prefix + d;
  throw new Error("unreachable");
};

const SIREN = withLuhn("73282932");
const SIRET = withLuhn(`${SIREN}0007`);
const spaced = (siret: string) => siret.replace(/^(\d{3})(\d{3})(\d{3})/, "$1 $2 $3 ");

describe("SIREN recognizer", () => {
  it("reports a SIREN announced by a context word, with or without spaces", () => {
    expect(
      reported(`Société Dupont, RCS Paris ${SIREN.replace(/(\d{3})(?=\d)/g, "$1 ")}.`)
    ).toEqual([`SIREN ${SIREN.replace(/(\d{3})(?=\d)/g, "$1 ")}`]);
    expect(reported(`SIREN : ${SIREN}`)).toEqual([`SIREN ${SIREN}`]);
    expect(reported(`immatriculée sous le numéro ${SIREN}`)).toEqual([`SIREN ${SIREN}`]);
  });

  it("leaves a bare nine-digit number below the reporting score", () => {
    const [bare] = sirenRecognizer.analyze(`Le nombre ${SIREN} apparaît.`);
    expect(bare!.score).toBeLessThan(0.5);
    expect(reported(`Le nombre ${SIREN} apparaît.`)).toEqual([]);
  });

  it("gives the same key with and without spaces", () => {
    const keys = [
      `SIREN ${SIREN}`,
      `SIREN ${SIREN.slice(0, 3)} ${SIREN.slice(3, 6)}\u00A0${SIREN.slice(6)}`,
    ].map((text) => sirenRecognizer.analyze(text)[0]?.key);
    expect(keys).toEqual([SIREN, SIREN]);
  });

  it("reports nothing when Luhn fails, even announced", () => {
    const wrong = SIREN.slice(0, 8) + ((Number(SIREN[8]) + 1) % 10);
    expect(sirenRecognizer.analyze(`SIREN ${wrong}`)).toEqual([]);
  });

  it("does not take an amount for a SIREN, even in a company's description", () => {
    expect(luhn("123456782")).toBe(true);
    expect(reported("Société au capital de 123 456 782 € et 123456782 euros.")).toEqual([]);
  });
});

describe("SIRET recognizer", () => {
  it("reports a SIRET grouped 3-3-3-5, 3-3-3-3-2 or in one run, even without context", () => {
    const writings = [spaced(SIRET), SIRET, spaced(SIRET).replace(/(\d{3})(\d{2})$/, "$1 $2")];
    for (const siret of writings)
      expect(reported(`Établi au ${siret}.`)).toEqual([`SIRET ${siret}`]);
  });

  it("scores higher with a context word", () => {
    const [bare] = siretRecognizer.analyze(`au ${SIRET}`);
    const [announced] = siretRecognizer.analyze(`SIRET ${SIRET}`);
    expect(bare!.score).toBeGreaterThanOrEqual(0.5);
    expect(announced!.score).toBeGreaterThan(bare!.score);
  });

  it("gives the same key with and without spaces", () => {
    expect(siretRecognizer.analyze(spaced(SIRET))[0]?.key).toBe(
      siretRecognizer.analyze(SIRET)[0]?.key
    );
  });

  it("accepts La Poste's establishments by their own rule", () => {
    const laPoste = "35600000049837";
    expect(luhn(laPoste)).toBe(false);
    expect(isValidSiret(laPoste)).toBe(true);
    expect(reported(`La Poste, SIRET ${spaced(laPoste)}`)).toEqual([`SIRET ${spaced(laPoste)}`]);
    expect(reported("La Poste, SIRET 356 000 000 49838")).toEqual([]);
  });

  it("reports nothing when Luhn fails", () => {
    const wrong = SIRET.slice(0, 13) + ((Number(SIRET[13]) + 1) % 10);
    expect(reported(`SIRET ${wrong} et ${spaced(wrong)}`)).toEqual([]);
  });
});

describe("SIREN inside longer identifiers", () => {
  it("is not reported apart from its SIRET", () => {
    expect(sirenRecognizer.analyze(`SIRET ${spaced(SIRET)} et ${SIRET}`)).toEqual([]);
    expect(reported(`SIRET ${spaced(SIRET)}`)).toEqual([`SIRET ${spaced(SIRET)}`]);
  });

  it("is not reported apart from its VAT number", () => {
    expect(sirenRecognizer.analyze("Société X, TVA FR 40 303 265 045 et FR40303265045")).toEqual(
      []
    );
    expect(reported("Société X, TVA FR 40 303 265 045")).toEqual(["TVA FR 40 303 265 045"]);
  });

  it("is not reported inside an IBAN", () => {
    expect(reported("Société X, IBAN FR76 3000 6000 0112 3456 7890 189")).toEqual([
      "IBAN FR76 3000 6000 0112 3456 7890 189",
    ]);
  });
});

describe("SIREN and SIRET on French administrative prose", () => {
  it("report nothing, even next to company words", () => {
    const announced = ADMIN_PROSE_DECOYS.split("\n").map(
      (line) => `Société, entreprise, RCS : ${line}`
    );
    expect(reported(announced.join("\n"))).toEqual([]);
  });
});
