import { describe, expect, it } from "vitest";
import { Engine } from "../../src/redaction/index.ts";

const masked = (text: string) => new Engine().pseudonymise(text).text;

describe("people named again in lower case", () => {
  it("masks a given name found with capitals where notes write it in lower case, as its person", () => {
    expect(
      masked(
        "Allocataire : Mme BOUCHAREB Samira\nConjoint : M. Kévin LE GALL\n" +
          "Sa mère, Mme Fatiha Bouchareb, est là.\n" +
          "elle explique que kevin a perdu son emploi, que samira est hospitalisée, enfants " +
          "gardés par mamie fatiha."
      )
    ).toBe(
      "Allocataire : Mme [PERSONNE_1]\nConjoint : M. [PERSONNE_2]\n" +
        "Sa mère, Mme [PERSONNE_3], est là.\n" +
        "elle explique que [PERSONNE_2] a perdu son emploi, que [PERSONNE_1] est hospitalisée, " +
        "enfants gardés par mamie [PERSONNE_3]."
    );
  });

  it("spreads a name read in lower case, with a given name before a surname", () => {
    expect(
      masked(
        "karim b 09:04\nje vois avec karim, pas avec karima\n\nbonjour,\npour m. lopez " +
          "(jorge lopez ?) merci"
      )
    ).toBe(
      "[PERSONNE_1] 09:04\nje vois avec [PERSONNE_1], pas avec karima\n\nbonjour,\npour m. " +
        "[PERSONNE_2] ([PERSONNE_2] ?) merci"
    );
  });

  it("leaves given names that are common words, and words a name is only part of", () => {
    expect(masked("M. Pierre Durand a posé une pierre ; Mme Rose Dupont, une rose.")).toBe(
      "M. [PERSONNE_1] a posé une pierre ; Mme [PERSONNE_2], une rose."
    );
    // Words of French or of a letter's language: `eh ben`, `can`.
    expect(masked("M. Ben Salah et Mr Can Yilmaz : eh ben, he can come.")).toBe(
      "M. [PERSONNE_1] et Mr [PERSONNE_2] : eh ben, he can come."
    );
    expect(masked("Mme Samira Benali. samirah, samira-x, l'samira, samira.")).toBe(
      "Mme [PERSONNE_1]. samirah, samira-x, l'samira, [PERSONNE_1]."
    );
  });

  it("looks for no lower-case mention where the names times the text pass two million", () => {
    const names = "M. Karim Benali et Mme Julie Martin.\n";
    const note = (filler: number) => `${names}${"x ".repeat(filler)}karim`;
    expect(masked(note(200_000)).endsWith("[PERSONNE_1]")).toBe(true);
    expect(masked(note(600_000)).endsWith(" karim")).toBe(true);
  });
});
