import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Engine, restore, StreamRestorer } from "../../src/redaction/index.ts";

const engine = new Engine();

/** Realistic French pieces: prose, titles, personal data of every type, placeholder look-alikes. */
const PIECES = [
  "Monsieur",
  "Madame",
  "M.",
  "Mme",
  "Maître",
  "le requérant",
  "né le",
  "née le",
  "demeurant",
  "Objet :",
  "Jean DUPONT",
  "Dupont",
  "DUPONT Jean",
  "Marie-Claire Le Goff",
  "J. Evans",
  "Benali-Martin",
  "Sophie",
  "12 bis rue de la Paix",
  "75002 PARIS",
  "3 mars 1980",
  "03/03/1980",
  "1er janvier 1975",
  "1 80 03 75 123 456 92",
  "FR76 3000 6000 0112 3456 7890 189",
  "FR7630006000011234567890189",
  "30002 00550 0000157845Z 02",
  "732 829 320 00074",
  "FR 40 303 265 045",
  "4970 1012 3456 7893",
  "06 12 34 56 78",
  "+33 6 12 34 56 78",
  "0612345678",
  "jean.dupont@example.fr",
  "AB-123-CD",
  "RG 21/04567",
  "n° Y 19-19.463",
  "192.168.12.7",
  "passeport 12AB34567",
  "[PERSONNE_1]",
  "PERSONNE_2",
  "[adresse 1]",
  "\\[IBAN\\_1\\]",
  "[",
  "]",
  "_",
  "article L. 1234-5",
  "1 234,56 €",
  "décret n° 2019-1234 du 12 mars 2019",
  "Cour de cassation",
  "Fait à Lyon, le",
];

const text = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
        { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) }
      ),
      fc.constantFrom(" ", "\n", ", ", "", ". ", " (", ") ")
    ),
    { maxLength: 40 }
  )
  .map((parts) => parts.map(([piece, gap]) => piece + gap).join(""));

const WORD = /[\p{L}\p{N}]/u;

/** Where `needle` stands as a whole word in `haystack`. */
function wordOccurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (!WORD.test(haystack[at - 1] ?? " ") && !WORD.test(haystack[at + needle.length] ?? " "))
      found.push(at);
  }
  return found;
}

describe("pseudonymisation, for any text", () => {
  it("is undone exactly by restoring the pseudonymised text", () => {
    fc.assert(
      fc.property(text, (original) => {
        const result = engine.pseudonymise(original);
        expect(restore(result.text, result.vault, { sequence: result.replacements }).text).toBe(
          original
        );
      }),
      { numRuns: 400 }
    );
  });

  it("leaves no detected value in the text that leaves", () => {
    fc.assert(
      fc.property(text, (original) => {
        const result = engine.pseudonymise(original);
        // A placeholder look-alike in the input is no personal data: only real values are checked.
        for (const { original: value } of result.replacements.filter((r) => r.type !== "BALISE")) {
          if (value.length < 2 || !WORD.test(value[0]!) || !WORD.test(value[value.length - 1]!))
            continue;
          for (const at of wordOccurrences(original, value)) {
            const masked = result.replacements.some(
              (r) => r.start <= at && at + value.length <= r.end
            );
            expect(
              masked,
              `${JSON.stringify(value)} left in clear at ${at} of ${JSON.stringify(original)}`
            ).toBe(true);
          }
        }
      }),
      { numRuns: 400 }
    );
  });

  it("restores a streamed answer the same however it is cut", () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 10 }), (original, cuts) => {
        const result = engine.pseudonymise(original);
        const whole = restore(result.text, result.vault).text;
        const points = [...new Set(cuts.map((c) => c % (result.text.length + 1)))].sort(
          (a, b) => a - b
        );
        let streamed = "";
        let from = 0;
        const restorer = new StreamRestorer(result.vault);
        for (const point of [...points, result.text.length]) {
          streamed += restorer.push(result.text.slice(from, point));
          from = point;
        }
        expect(streamed + restorer.end()).toBe(whole);
      }),
      { numRuns: 200 }
    );
  });
});
