import { describe, expect, it } from "vitest";
import { Engine } from "../../src/redaction/index.ts";
import { disguisedEmailRecognizer } from "../../src/redaction/recognizers/disguised-email.ts";
import { reported, reportedKeys } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(disguisedEmailRecognizer, text);

describe("disguised e-mail recognizer", () => {
  it("reads the bracketed signs for @ and for the dot, in any case", () => {
    expect(
      found(
        "Écrire à jean.dupont [at] gmail.com, à J.Martin(AT)Interieur(DOT)gouv(DOT)fr ou à " +
          "s-roux{arobase}laposte[.]net."
      )
    ).toEqual([
      "jean.dupont [at] gmail.com",
      "J.Martin(AT)Interieur(DOT)gouv(DOT)fr",
      "s-roux{arobase}laposte[.]net",
    ]);
  });

  it("reads an address spelled out, as a procès-verbal writes what was said", () => {
    expect(
      found("Mon adresse c'est jean point dupont arobase orange point fr, je la consulte peu.")
    ).toEqual(["jean point dupont arobase orange point fr"]);
  });

  it("reads @ with spaces around it, or before a disguised domain", () => {
    expect(found("Écrire à jean.dupont @ gmail.com ou à marie@free (point) fr.")).toEqual([
      "jean.dupont @ gmail.com",
      "marie@free (point) fr",
    ]);
  });

  it("leaves a handle after a word to the handles' recognizer, underscore and all", () => {
    expect(
      found("Sa fille (compte @chloe.mrtn_69), son frère, compte @jean.dupont ; lea @ kb.mrtn_69")
    ).toEqual([]);
  });

  it("leaves a plain address to the e-mail recognizer", () => {
    expect(found("Écrire à jean.dupont@gmail.com.")).toEqual([]);
  });

  it("gives every writing of one address the plain address as its identity", () => {
    expect(
      reportedKeys(
        disguisedEmailRecognizer,
        "Jean.Dupont [AT] Gmail [DOT] com, jean point dupont arobase gmail point com"
      )
    ).toEqual(["jean.dupont@gmail.com", "jean.dupont@gmail.com"]);
  });

  it("reads the spelled sign only as a word of its own", () => {
    expect(found("Écrire à lucas.tarobase gmail.com ou à lucas.ta arobase gmail.com.")).toEqual([
      "lucas.ta arobase gmail.com",
    ]);
  });

  it("takes nothing that only has a sign's look", () => {
    expect(
      found(
        "l'Autriche (AT) et la Belgique (BE). Voir (at) page 3. Le 12 (at) 14h. Un arobase. " +
          "Le tarobase et l'arobase, puis jean arobase gmail, sans domaine."
      )
    ).toEqual([]);
  });
});

describe("disguised e-mail in the engine", () => {
  it("masks it whole, with the placeholder of the same address written plainly", () => {
    const engine = new Engine();
    const { text } = engine.pseudonymise(
      "Écrire à Jean.Dupont [AT] Gmail [DOT] com ou à jean.dupont@gmail.com."
    );
    expect(text).toBe("Écrire à [COURRIEL_1] ou à [COURRIEL_1].");
  });
});
