import { describe, expect, it } from "vitest";
import { Engine } from "../../src/redaction/index.ts";
import { mailDisplayNameRecognizer } from "../../src/redaction/recognizers/mail-display-name.ts";

const found = (text: string) =>
  mailDisplayNameRecognizer.analyze(text).map((e) => text.slice(e.start, e.end));

describe("mail display name recognizer", () => {
  it("reads a forwarded message's header lines: surname, comma, a known given name", () => {
    const header = [
      "De : Leroy, Sandrine",
      "Envoyé : mardi 4 mars 2025 09:00",
      "À : Durand, Paul; SG-BRH; Le Roux, Anne-Marie ;DE LA FONTAINE, Jean-Baptiste",
      "Cc : Service, Courrier; Cordialement, Paul",
      "From: Smith, John",
    ].join("\n");
    expect(found(header)).toEqual([
      "Leroy, Sandrine",
      "Durand, Paul",
      "Le Roux, Anne-Marie",
      "DE LA FONTAINE, Jean-Baptiste",
      "Smith, John",
    ]);
  });

  it("takes a given name it does not know when the address that follows holds a name", () => {
    const text =
      'Pour : "BEN SALAH, Aïcha" <aicha.bensalah@interieur.gouv.fr>; Leroy, Xaviera <xleroy@x.fr>\n' +
      "Répondre à Martin, Xavière <contact@x.fr> ou à Leroy, Xaviera.";
    expect(found(text)).toEqual(["BEN SALAH, Aïcha", "Leroy, Xaviera"]);
  });

  it("leaves lists and places in prose alone, and an unknown given name on a header line", () => {
    const text = [
      "Objet : Dupont, Martin et Durand",
      "Vus : Paris, Marseille, Lyon.",
      "Dupont, Martin",
      "Cc : Leroy, Xaviera",
    ].join("\n");
    expect(found(text)).toEqual([]);
  });

  it("gives the surname its person's placeholder, the greeting's given name included", () => {
    const text =
      "De : Leroy, Sandrine\nÀ : Durand, Paul\nObjet : congés\n\nBonjour Paul,\nMerci.\nSandrine Leroy";
    expect(new Engine().pseudonymise(text).text).toBe(
      "De : [PERSONNE_1]\nÀ : [PERSONNE_2]\nObjet : congés\n\nBonjour [PERSONNE_2],\nMerci.\n[PERSONNE_1]"
    );
  });
});
