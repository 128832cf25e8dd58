import { describe, expect, it } from "vitest";
import { Engine, Vault } from "../../src/redaction/index.ts";

const engine = new Engine();
const masked = (text: string, vault?: Vault) => engine.pseudonymise(text, { vault }).text;

describe("the persons of one text, whatever order it names them in", () => {
  it("are one person when a surname and a given name alone come before the full name", () => {
    expect(
      masked(
        "Bonjour Nathalie, Mme Martin a appelé hier. Signé : Nathalie Martin, assistante sociale."
      )
    ).toBe(
      "Bonjour [PERSONNE_1], Mme [PERSONNE_1] a appelé hier. Signé : [PERSONNE_1], assistante sociale."
    );
    expect(masked("De : Martin, Nathalie. Objet : réclamation de Mme Nathalie MARTIN.")).toBe(
      "De : [PERSONNE_1], [PERSONNE_1]. Objet : réclamation de Mme [PERSONNE_1]."
    );
  });

  it("are numbered in the order the text first names them", () => {
    expect(masked("Mme Martin a reçu M. Durand. Ont signé : Paul Durand et Nathalie Martin.")).toBe(
      "Mme [PERSONNE_1] a reçu M. [PERSONNE_2]. Ont signé : [PERSONNE_2] et [PERSONNE_1]."
    );
  });

  it("still link a surname two full names share to neither of them", () => {
    expect(masked("M. Dupont a écrit. Jean Dupont et Marie Dupont ont répondu.")).toBe(
      "M. [PERSONNE_1] a écrit. [PERSONNE_2] et [PERSONNE_3] ont répondu."
    );
  });

  it("keep a person's placeholder from an earlier call, the new ones numbered after it", () => {
    const vault = new Vault();
    expect(masked("Courrier de Mme Claire Fontanel.", vault)).toBe("Courrier de Mme [PERSONNE_1].");
    expect(masked("Mme Martin, Nathalie et Mme Fontanel ; signé Nathalie Martin.", vault)).toBe(
      "Mme [PERSONNE_2], [PERSONNE_2] et Mme [PERSONNE_1] ; signé [PERSONNE_2]."
    );
    expect(vault.get("[PERSONNE_2]")?.original).toBe("Nathalie Martin");
  });
});
