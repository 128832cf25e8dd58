import { describe, expect, it } from "vitest";
import { summariseFindings } from "../../src/commands/findings.ts";

describe("the draft check's message bar line", () => {
  it("counts what the draft holds, by kind, in the display language", () => {
    expect(summariseFindings({ PERSONNE: 2, TELEPHONE: 1 }, "fr-FR")).toBe(
      "Plume : 3 donnée(s) personnelle(s) repérée(s) (Personnes : 2, Téléphones : 1). Ouvrez Plume pour les masquer avant tout envoi au modèle."
    );
    expect(summariseFindings({}, "en-US")).toBe("Plume: no personal data found in this draft.");
  });

  it("fits Outlook's 150 characters", () => {
    const line = summariseFindings(
      { PERSONNE: 9, ADRESSE: 3, NIR: 1, IBAN: 2, TELEPHONE: 4, COURRIEL: 5, DOSSIER: 7 },
      "fr-FR"
    );
    expect(line.length).toBeLessThanOrEqual(150);
    expect(line.endsWith("…")).toBe(true);
  });
});
