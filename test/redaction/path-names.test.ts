import { describe, expect, it } from "vitest";
import { Engine, restore } from "../../src/redaction/index.ts";

const engine = new Engine();

/** Pseudonymises `text` into `masked`, and restores it, with the vault alone, as it was. */
function expectMaskedAndRestored(text: string, masked: string) {
  const result = engine.pseudonymise(text);
  expect(result.text).toBe(masked);
  expect(restore(result.text, result.vault).text).toBe(text);
}

describe("a person's name in a path", () => {
  it("is masked as that person in any case, the path's shape kept, and given back as written", () => {
    const text =
      "Mme Nathalie Martin a déposé C:\\Users\\nathalie\\Documents\\rapport.docx, " +
      "copié dans /home/martin/notes/ et \\\\serveur\\partage\\nathalie.martin\\suivi.odt (voir https://intranet.gouv.fr/agents/MARTIN).";
    const result = engine.pseudonymise(text);
    expect(result.text).toBe(
      "Mme [PERSONNE_1] a déposé C:\\Users\\[PERSONNE_1]\\Documents\\rapport.docx, " +
        "copié dans /home/[PERSONNE_1]/notes/ et \\\\serveur\\partage\\[PERSONNE_1].[PERSONNE_1]\\suivi.odt (voir https://intranet.gouv.fr/agents/[PERSONNE_1])."
    );
    expect(result.text.toLowerCase()).not.toMatch(/nathalie|martin/);
    expect(restore(result.text, result.vault, { sequence: result.replacements }).text).toBe(text);
  });

  it("masks a login made of a name and the initial of another of the person's names", () => {
    expectMaskedAndRestored(
      "Nathalie Martin : voir /home/nmartin/suivi, C:\\Users\\MARTINN\\Bureau et /srv/jmartin/, /srv/nm/, /srv/nmartine/.",
      "[PERSONNE_1] : voir /home/[PERSONNE_2]/suivi, C:\\Users\\[PERSONNE_3]\\Bureau et /srv/jmartin/, /srv/nm/, /srv/nmartine/."
    );
    const alone = "Mme Martin : voir /home/nmartin/.";
    expect(engine.pseudonymise(alone).text).toBe("Mme [PERSONNE_1] : voir /home/nmartin/.");
  });

  it("masks a compound name glued, alone or with an initial, as a login writes it", () => {
    expectMaskedAndRestored(
      "Mme Aïcha BEN SALAH et M. Kévin Da Silva : \\\\nas\\agents\\bensalah_a\\, /home/abensalah/, C:\\Users\\kdasilva\\, /srv/dasilva.k/, /srv/salahben/.",
      "Mme [PERSONNE_1] et M. [PERSONNE_2] : \\\\nas\\agents\\[PERSONNE_3]_a\\, /home/[PERSONNE_4]/, C:\\Users\\[PERSONNE_5]\\, /srv/[PERSONNE_6].k/, /srv/salahben/."
    );
  });

  it("stays when no person of that name is in the text", () => {
    const text =
      "Le rapport de M. Paul Durand est dans C:\\Users\\nathalie\\Documents et /home/martin/.";
    expect(engine.pseudonymise(text).text).toBe(
      "Le rapport de M. [PERSONNE_1] est dans C:\\Users\\nathalie\\Documents et /home/martin/."
    );
  });

  it("is looked for in paths only: the same word in lower case in prose stays", () => {
    const text = "Mme Rose Martin observe un martin-pêcheur ; une rose et/ou un lys, 12/03/2024.";
    expect(engine.pseudonymise(text).text).toBe(
      "Mme [PERSONNE_1] observe un martin-pêcheur ; une rose et/ou un lys, 12/03/2024."
    );
  });

  it("leaves alone the names shorter than three letters and the initials", () => {
    const text = "M. J. Li a écrit dans /srv/li/j/notes.";
    expect(engine.pseudonymise(text).text).toBe("M. [PERSONNE_1] a écrit dans /srv/li/j/notes.");
  });
});
