import { describe, expect, it } from "vitest";
import { jobSeekerIdRecognizer } from "../../src/redaction/recognizers/job-seeker-id.ts";
import { reported } from "./fixed-format-helpers.ts";

const found = (text: string) => reported(jobSeekerIdRecognizer, text);

describe("job seeker identifier recognizer", () => {
  it("reports seven digits and a letter, or eleven digits, when France Travail is named", () => {
    expect(found("Identifiant France Travail : 1234567A")).toEqual(["1234567A"]);
    expect(found("inscrit à Pôle emploi sous le n° 7654321K")).toEqual(["7654321K"]);
    expect(found("demandeur d'emploi, identifiant 12345678901")).toEqual(["12345678901"]);
    expect(found("demandeuse d’emploi sous le n° 7654321K")).toEqual(["7654321K"]);
  });

  it("reads the agency's initials as its name", () => {
    expect(found("dossier id. FT 3512847B, conseillère")).toEqual(["3512847B"]);
    // Initials, not letters inside a word.
    expect(found("Le loft 3512848B est vendu.")).toEqual([]);
  });

  it("does not report the shapes elsewhere, whatever the minimum score", () => {
    expect(jobSeekerIdRecognizer.analyze("Lot 1234567A, colis 12345678901.")).toEqual([]);
  });

  it("ignores other shapes next to the agency", () => {
    expect(found("France Travail 123456A, 1234567AB, 1234567a, 1234567890")).toEqual([]);
    expect(found("identifiant 2024-1234567A, identifiant 9.12345678901")).toEqual([]);
  });
});
