import { describe, expect, it } from "vitest";
import { Engine, restore, Vault } from "../../src/redaction/index.ts";

const engine = new Engine();

describe("pseudonymisation of a French letter", () => {
  const letter = [
    "Monsieur Jean DUPONT",
    "12 bis rue de la Paix",
    "75002 PARIS",
    "",
    "Objet : votre dossier RG 21/04567",
    "",
    "Monsieur Dupont, né le 3 mars 1980, votre IBAN FR76 3000 6000 0112 3456 7890 189 et votre numéro",
    "de sécurité sociale 1 80 03 75 123 456 92 ont bien été reçus. Joignable au 06 12 34 56 78 ou à",
    "jean.dupont@example.fr. M. Dupont (Jean) rappellera. Votre IBAN FR7630006000011234567890189 est enregistré.",
  ].join("\n");
  const result = engine.pseudonymise(letter);

  it("sends placeholders only", () => {
    for (const value of [
      "DUPONT",
      "Dupont",
      "rue de la Paix",
      "21/04567",
      "3 mars 1980",
      "3000 6000",
      "123 456 92",
      "06 12 34 56 78",
      "jean.dupont@",
    ]) {
      expect(result.text).not.toContain(value);
    }
    expect(result.text).toContain("Monsieur [PERSONNE_1]");
  });

  it("gives one placeholder to one person however written, and to one IBAN with or without spaces", () => {
    const persons = new Set(
      result.replacements.filter((r) => r.type === "PERSONNE").map((r) => r.placeholder)
    );
    expect(persons).toEqual(new Set(["[PERSONNE_1]"]));
    const ibans = new Set(
      result.replacements.filter((r) => r.type === "IBAN").map((r) => r.placeholder)
    );
    expect(ibans).toEqual(new Set(["[IBAN_1]"]));
  });

  it("restores the exact text from the pseudonymised one", () => {
    expect(restore(result.text, result.vault, { sequence: result.replacements }).text).toBe(letter);
  });

  it("restores a model's answer to the fullest writing of each entity", () => {
    const answer = "Réponse à **[PERSONNE_1]** : votre [iban 1] est valide.";
    expect(restore(answer, result.vault).text).toBe(
      "Réponse à **Jean DUPONT** : votre FR76 3000 6000 0112 3456 7890 189 est valide."
    );
  });
});

describe("the fullest writing of a person", () => {
  it("is the one with the most name parts, and of as many, the one with the fewest initials", () => {
    const { text, vault } = engine.pseudonymise(
      "M. J.-F. Nowak, puis Jean-François NOWAK, puis M. Nowak."
    );
    expect(text).toBe("M. [PERSONNE_1], puis [PERSONNE_1], puis M. [PERSONNE_1].");
    expect(restore("[PERSONNE_1]", vault).text).toBe("Jean-François NOWAK");
  });
});

describe("people who share a surname and a given name's first part", () => {
  it("are two people: a father Jean-Luc and a son Jean", () => {
    const { text, vault } = engine.pseudonymise(
      "M. Jean-Luc MARTIN et son fils Jean MARTIN sont venus. M. J.-L. Martin a signé."
    );
    expect(text).toBe(
      "M. [PERSONNE_1] et son fils [PERSONNE_2] sont venus. M. [PERSONNE_1] a signé."
    );
    expect(restore("[PERSONNE_2]", vault).text).toBe("Jean MARTIN");
  });

  it("are two people whichever writing of the father comes first", () => {
    expect(
      engine.pseudonymise(
        "Le père, M. Jean Luc MARTIN, a signé. M. Jean-Luc MARTIN et son fils Jean MARTIN sont venus."
      ).text
    ).toBe(
      "Le père, M. [PERSONNE_1], a signé. M. [PERSONNE_1] et son fils [PERSONNE_2] sont venus."
    );
  });
});

describe("a conversation over several calls", () => {
  it("keeps each person's placeholder from one message to the next", () => {
    const first = engine.pseudonymise("Mme Claire Martin a écrit à M. Paul Durand.");
    const second = engine.pseudonymise("Réponse de M. Durand à Mme Martin.", {
      vault: first.vault,
    });
    expect(first.text).toBe("Mme [PERSONNE_1] a écrit à M. [PERSONNE_2].");
    expect(second.text).toBe("Réponse de M. [PERSONNE_2] à Mme [PERSONNE_1].");
  });

  it("does not merge two people who share a surname", () => {
    const { text } = engine.pseudonymise("M. Jean Martin et Mme Claire Martin, son épouse.");
    expect(text).toBe("M. [PERSONNE_1] et Mme [PERSONNE_2], son épouse.");
  });

  it("survives a round trip of the vault through JSON", () => {
    const first = engine.pseudonymise("M. Paul Durand, 06 12 34 56 78.");
    const vault = Vault.fromJSON(JSON.parse(JSON.stringify(first.vault)));
    const second = engine.pseudonymise("Rappeler M. Durand au 0612345678 ou Mme Anne Petit.", {
      vault,
    });
    expect(second.text).toBe("Rappeler M. [PERSONNE_1] au [TELEPHONE_1] ou Mme [PERSONNE_2].");
  });

  it("masks a 0 800 123 456 number whole, with the placeholder of its pairs writing", () => {
    const { text } = engine.pseudonymise(
      "Numéro vert 0 800 123 456, soit le 08 00 12 34 56 ; budget de 1 800 000 euros."
    );
    expect(text).toBe(
      "Numéro vert [TELEPHONE_1], soit le [TELEPHONE_1] ; budget de 1 800 000 euros."
    );
  });
});

describe("what users add", () => {
  it("masks always-mask terms and spares never-mask ones", () => {
    const text =
      "Le dossier Opération Colibri est suivi par M. Gérald Darmanin, ministre, et M. Paul Durand.";
    const { text: out } = engine.pseudonymise(text, {
      alwaysMask: ["Opération Colibri"],
      neverMask: ["Gérald Darmanin"],
    });
    expect(out).toBe(
      "Le dossier [TERME_1] est suivi par M. Gérald Darmanin, ministre, et M. [PERSONNE_1]."
    );
  });

  it("extends the registry from configuration", () => {
    const custom = new Engine({
      recognizers: [
        {
          name: "agent-id",
          type: "DOSSIER",
          patterns: [{ regex: "AGT-\\d{6}", score: 0.9 }],
          context: ["agent"],
        },
      ],
    });
    expect(custom.pseudonymise("Matricule AGT-123456.").text).toBe("Matricule [DOSSIER_1].");
    expect(
      () => new Engine({ recognizers: [{ name: "x", type: "NOPE", patterns: [{ regex: "x" }] }] })
    ).toThrow(/unknown type/);
    expect(
      () => new Engine({ recognizers: [{ name: "y", type: "TERME", patterns: [{ regex: "(" }] }] })
    ).toThrow(/invalid pattern/);
  });

  it("treats text shaped like a placeholder as data, never as one of ours", () => {
    const text = "La note citait [PERSONNE_1] ; M. Paul Durand l'a lue.";
    const result = engine.pseudonymise(text);
    expect(result.text).toBe("La note citait [BALISE_1] ; M. [PERSONNE_1] l'a lue.");
    expect(restore(result.text, result.vault).text).toBe(text);
  });
});

describe("bad input", () => {
  it("handles empty text, binary-looking text and a very long line", () => {
    expect(engine.pseudonymise("").text).toBe("");
    const binary = "\u0000\u0001\uFFFD".repeat(1000);
    expect(engine.pseudonymise(binary).text).toBe(binary);
    const long = "a".repeat(2_000_000);
    expect(engine.pseudonymise(long).text).toBe(long);
  });
});
