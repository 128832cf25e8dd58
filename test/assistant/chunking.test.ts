import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitDocument, type DocumentPart } from "../../src/assistant/chunking.ts";
import { estimateTokens } from "../../src/assistant/tokens.ts";

const JUDGMENT = `COUR D'APPEL DE [ADRESSE_1]
ARRÊT DU 3 MARS 2021

EN FAIT

I. LES CIRCONSTANCES DE L'ESPÈCE

M. [PERSONNE_1] est né en 1970. Il réside à [ADRESSE_2]. Le 3 mars 2019, Mme [PERSONNE_2] a saisi le tribunal d'une demande d'expulsion.

A. Sur la recevabilité

1. Le requérant soutient que la décision est illégale. Il invoque l'art. 3 du code.

EN DROIT

Article 3

La cour rappelle que nul ne peut être soumis à des traitements inhumains.

PAR CES MOTIFS

La cour rejette la requête.
`;

const texts = (text: string, parts: DocumentPart[]) => parts.map((p) => text.slice(p.start, p.end));
const titles = (parts: DocumentPart[]) => parts.map((p) => p.title);

function expectExactCover(text: string, parts: DocumentPart[]) {
  expect(parts.map((p) => p.index)).toEqual(parts.map((_, i) => i));
  expect(parts[0]?.start ?? 0).toBe(0);
  expect(parts.at(-1)?.end ?? 0).toBe(text.length);
  parts.slice(1).forEach((p, i) => expect(p.start).toBe(parts[i]!.end));
  for (const p of parts) expect(p.end).toBeGreaterThan(p.start);
}

describe("splitDocument", () => {
  it("recognises the structure of a French judgment and cuts on it", () => {
    const parts = splitDocument(JUDGMENT, { maxChars: 1000 });
    expect(parts).toHaveLength(1);
    const small = splitDocument(JUDGMENT, { maxChars: 100 });
    expectExactCover(JUDGMENT, small);
    expect(titles(small)).toEqual([
      "COUR D'APPEL DE [ADRESSE_1] … EN FAIT",
      "I. LES CIRCONSTANCES DE L'ESPÈCE (1/3)",
      "I. LES CIRCONSTANCES DE L'ESPÈCE (2/3)",
      "I. LES CIRCONSTANCES DE L'ESPÈCE (3/3)",
      "A. Sur la recevabilité (1/2)",
      "A. Sur la recevabilité (2/2)",
      "EN DROIT … Article 3",
      "PAR CES MOTIFS",
    ]);
    expect(texts(JUDGMENT, small)[1]).toBe("I. LES CIRCONSTANCES DE L'ESPÈCE\n\n");
    // A sentence cut, not after `M.` nor inside a placeholder.
    expect(texts(JUDGMENT, small)[2]).toBe(
      "M. [PERSONNE_1] est né en 1970. Il réside à [ADRESSE_2]. "
    );
  });

  it("does not take numbered paragraphs, addresses or names on their own line for headings", () => {
    const text =
      "Monsieur,\nM. [PERSONNE_1]\n[ADRESSE_1]\n1. Le requérant a été entendu le 3 mars 2020 par les services de police.\nRG [DOSSIER_1]\nfin du texte sans titre aucun, qui continue encore un peu.";
    expect(splitDocument(text, { maxChars: 64 }).every((p) => p.title === undefined)).toBe(true);
  });

  it("uses the host's headings when it gives them, and only those", () => {
    const text = `Introduction.\nChapitre un\n${"Texte un. ".repeat(5)}\nEN DROIT\n${"Texte deux. ".repeat(5)}\n`;
    const starts = [text.indexOf("Chapitre"), text.indexOf("EN DROIT")];
    const parts = splitDocument(text, {
      maxChars: 200,
      headingStarts: [starts[1]!, starts[0]!, 999],
    });
    expect(parts).toHaveLength(1);
    const cut = splitDocument(text, { maxChars: 140, headingStarts: [starts[0]!] });
    expect(titles(cut)).toEqual([undefined, "Chapitre un"]);
    expect(cut[1]!.start).toBe(starts[0]);
  });

  it("covers an empty text with no part", () => {
    expect(splitDocument("", { maxChars: 100 })).toEqual([]);
  });

  it("refuses limits that could not keep a placeholder whole", () => {
    expect(() => splitDocument("abc", { maxChars: 10 })).toThrow(RangeError);
  });

  it("holds fewer characters per part when placeholders make the tokens dense", () => {
    const text = "[PERSONNE_1] ".repeat(200);
    const maxTokens = 100;
    const parts = splitDocument(text, { maxChars: 10_000, maxTokens });
    expectExactCover(text, parts);
    for (const part of texts(text, parts))
      expect(estimateTokens(part)).toBeLessThanOrEqual(maxTokens + 1);
    expect(parts.length).toBeGreaterThan(text.length / (maxTokens * 3.5));
  });
});

/** Pieces of pseudonymised French case files, headings and odd words included. */
const PIECES = [
  "EN FAIT\n",
  "EN DROIT\n",
  "PAR CES MOTIFS\n",
  "I. LES CIRCONSTANCES\n",
  "A. Sur la recevabilité\n",
  "Article 3\n",
  "M. [PERSONNE_1] ",
  "Mme [PERSONNE_12] ",
  "[ADRESSE_IP_3]",
  "[DATE_NAISSANCE_1]. ",
  "demeurant [ADRESSE_2], ",
  "le requérant ",
  "soutient que ",
  "la décision ",
  "est illégale. ",
  "Il invoque l'art. 3 du code. ",
  "« Non ! » ",
  "\n",
  "\n\n",
  "\r\n",
  "anticonstitutionnellement ",
  "x".repeat(90),
  "😀",
  "  ",
];

const document = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((p) => p.join(""));
const PLACEHOLDER = /\[[A-Z_]+_\d+\]/g;

describe("splitDocument, for any document", () => {
  it("covers it exactly, within the limits, never inside a placeholder, a word or a character", () => {
    fc.assert(
      fc.property(
        document,
        fc.integer({ min: 64, max: 400 }),
        fc.option(fc.integer({ min: 32, max: 200 })),
        (text, maxChars, maxTokens) => {
          const parts = splitDocument(text, {
            maxChars,
            ...(maxTokens === null ? {} : { maxTokens }),
          });
          expectExactCover(text, parts);
          const placeholders = [...text.matchAll(PLACEHOLDER)].map((m) => [
            m.index,
            m.index + m[0].length,
          ]);
          for (const part of parts) {
            expect(part.end - part.start).toBeLessThanOrEqual(maxChars);
            if (maxTokens !== null)
              expect(estimateTokens(text.slice(part.start, part.end))).toBeLessThanOrEqual(
                maxTokens + 1
              );
            if (part.start === 0) continue;
            const cut = part.start;
            for (const [start, end] of placeholders)
              expect(cut <= start! || cut >= end!).toBe(true);
            expect(/[\uDC00-\uDFFF]/.test(text[cut]!)).toBe(false);
            const inWord = /\S/.test(text[cut - 1]!) && /\S/.test(text[cut]!);
            if (inWord) {
              // Only a word longer than a part may be cut, and it is here: the 90 x.
              const word = /\S+$/.exec(text.slice(0, cut))![0] + /^\S+/.exec(text.slice(cut))![0];
              expect(word.length > maxChars || estimateTokens(word) > (maxTokens ?? Infinity)).toBe(
                true
              );
            }
          }
        }
      ),
      { numRuns: 300 }
    );
  });

  it("cuts only on headings when every section fits", () => {
    const sections = fc.array(
      fc.tuple(
        fc.constantFrom("EN FAIT", "EN DROIT", "I. LA PROCÉDURE", "B. Sur le fond"),
        fc.array(fc.constantFrom(...PIECES.slice(6, 17)), { maxLength: 8 })
      ),
      { minLength: 1, maxLength: 20 }
    );
    fc.assert(
      fc.property(sections, fc.integer({ min: 200, max: 600 }), (list, maxChars) => {
        const bodies = list.map(([heading, words]) => `${heading}\n${words.join("")}\n`);
        fc.pre(bodies.every((b) => b.length <= maxChars));
        const text = bodies.join("");
        const starts = new Set([0, text.length]);
        let offset = 0;
        for (const body of bodies) starts.add((offset += body.length));
        const parts = splitDocument(text, { maxChars });
        for (const part of parts) {
          expect(starts.has(part.start)).toBe(true);
          expect(starts.has(part.end)).toBe(true);
        }
      }),
      { numRuns: 200 }
    );
  });
});
