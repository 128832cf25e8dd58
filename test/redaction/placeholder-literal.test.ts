import { describe, expect, it } from "vitest";
import { placeholderLiteralRecognizer } from "../../src/redaction/recognizers/placeholder-literal.ts";
import { Engine, restore } from "../../src/redaction/index.ts";
import { placeholderMentionPattern, isProse } from "../../src/redaction/placeholder.ts";

const found = (text: string) =>
  placeholderLiteralRecognizer.analyze(text).map((e) => text.slice(e.start, e.end));

describe("placeholder-shaped text in the user's own document", () => {
  it("is found in every writing the restorer would take for a placeholder", () => {
    const text =
      "Voir [PERSONNE_1], [personne 2], [ ADRESSE-IP-3 ], \\[DATE\\_NAISSANCE\\_4\\], PERSONNE_12 et NUMERO FISCAL 5.";
    expect(found(text)).toEqual([
      "[PERSONNE_1]",
      "[personne 2]",
      "[ ADRESSE-IP-3 ]",
      "\\[DATE\\_NAISSANCE\\_4\\]",
      "PERSONNE_12",
      "NUMERO FISCAL 5",
    ]);
  });

  it("leaves prose alone: a lower-case `personne 1`, dates, article numbers", () => {
    expect(found("Aucune personne 1 ne vint ; le 12 mars 2020, article 6 § 1, dossier 3.")).toEqual(
      []
    );
  });

  it("finds exactly what a scan with the restorer's own pattern finds", () => {
    const text =
      "x [PERSONNE_1] y DOSSIER_2z [IBAN 3] le 4 mai [NIR-5] Adresse 6 [TERME_77] PERSONNE 1 a";
    const expected = [...text.matchAll(placeholderMentionPattern())]
      .filter((m) => !isProse(m[0]))
      .map((m) => m[0]);
    expect(found(text)).toEqual(expected);
  });

  it("leaves a label in capitals before a number that goes on, or a rate, to the text", () => {
    expect(
      found(
        "sous le SIRET 812 345 678 00019, le SIREN 812 345 678, TVA 20 % incluse, TVA 5,5 %, " +
          "DOSSIER 2025-06-00417, NIR 1 84 05 75 123 456 78, PERSONNE 1/2"
      )
    ).toEqual([]);
    expect(found("Voir PERSONNE 1. Puis IBAN 2 : le compte.")).toEqual(["PERSONNE 1", "IBAN 2"]);
  });

  it("masks such a label in the engine once the number after it is masked, so it restores as written", () => {
    const engine = new Engine();
    for (const text of [
      "Jean DUPONT (PERSONNE_2 192.168.12.7 Marie-Claire Le Goff ",
      "M. Jean Dupont, Mme Sophie Martin : PERSONNE 2 192.168.12.7",
    ]) {
      const result = engine.pseudonymise(text);
      expect(result.text).toContain("[BALISE_1]");
      expect(restore(result.text, result.vault).text).toBe(text);
    }
  });
});
