import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../src/eval/corpus-generator.ts";
import {
  identityLabelMap,
  type GoldDocument,
  type GoldEntity,
  type PredictedEntity,
} from "../../src/eval/gold.ts";
import { formatReport, maskableStart, scoreCorpus } from "../../src/eval/score.ts";

/** A gold span over the first occurrence of `value` in `text` (test documents are small). */
function span(text: string, value: string, label: string, from = 0): GoldEntity {
  const start = text.indexOf(value, from);
  if (start < 0) throw new Error(`${value} not in ${text}`);
  return { start, end: start + value.length, label, text: value };
}

function predicted(text: string, value: string, type: string): PredictedEntity {
  const { start, end } = span(text, value, type);
  return { start, end, type };
}

/** Scores one document against fixed predictions. */
function score(
  doc: GoldDocument,
  predictions: PredictedEntity[],
  labelMap: Record<string, string[]> = { PER: ["PERSONNE"], LOC: ["ADRESSE"] },
  leakLabels?: string[]
) {
  return scoreCorpus([doc], () => predictions, { labelMap, ...(leakLabels && { leakLabels }) });
}

const label = (report: ReturnType<typeof scoreCorpus>, name: string) =>
  report.labels.find((l) => l.label === name)!;
const type = (report: ReturnType<typeof scoreCorpus>, name: string) =>
  report.types.find((t) => t.type === name)!;

describe("scoreCorpus recall", () => {
  const text = "Le requérant, M. Jean Dupont, demeure 12 rue Victor Hugo, 69003 Lyon.";
  const doc: GoldDocument = {
    id: "d1",
    text,
    entities: [
      span(text, "M. Jean Dupont", "PER"),
      span(text, "12 rue Victor Hugo, 69003 Lyon", "LOC"),
    ],
  };

  it("leaves the leading title outside what must be masked", () => {
    const report = score(doc, [
      predicted(text, "Jean Dupont", "PERSONNE"),
      predicted(text, "12 rue Victor Hugo, 69003 Lyon", "ADRESSE"),
    ]);
    expect(label(report, "PER")).toMatchObject({ gold: 1, masked: 1, recall: 1, leaked: [] });
    expect(report.recall).toBe(1);
  });

  it("takes only titles for titles: two joined by `et`, not an initial after one", () => {
    const couple = "M. et Mme Durand ont rencontré M. M. Clément.";
    const report = score(
      {
        id: "t",
        text: couple,
        entities: [span(couple, "M. et Mme Durand", "PER"), span(couple, "M. M. Clément", "PER")],
      },
      [predicted(couple, "Durand", "PERSONNE"), predicted(couple, "Clément", "PERSONNE")]
    );
    expect(label(report, "PER").masked).toBe(1);
    expect(label(report, "PER").leaked.map((l) => l.clear)).toEqual([["M"]]);
  });

  it("counts an entity leaking one letter as not masked, and shows the letter", () => {
    const report = score(doc, [predicted(text, "M. Jean Dupon", "PERSONNE")]);
    expect(label(report, "PER")).toMatchObject({ gold: 1, masked: 0, recall: 0 });
    expect(label(report, "PER").leaked).toEqual([
      { docId: "d1", label: "PER", start: 14, end: 28, text: "M. Jean Dupont", clear: ["t"] },
    ]);
    expect(label(report, "LOC").leaked[0]!.clear).toEqual(["12 rue Victor Hugo, 69003 Lyon"]);
  });

  it("counts masking by any type, and several predictions together", () => {
    const report = score(doc, [
      predicted(text, "Jean", "TERME"),
      predicted(text, "Dupont", "ADRESSE"),
      predicted(text, "12 rue Victor Hugo", "ADRESSE"),
    ]);
    expect(label(report, "PER").masked).toBe(1);
    // Punctuation and spaces may stay in clear; the postcode and the commune may not.
    expect(label(report, "LOC").leaked[0]!.clear).toEqual(["69003 Lyon"]);
  });

  it("counts one prediction over two gold entities as masking both, and as one correct prediction", () => {
    const two = "Entre Jean Dupont et Marie Martin.";
    const report = score(
      {
        id: "d2",
        text: two,
        entities: [span(two, "Jean Dupont", "PER"), span(two, "Marie Martin", "PER")],
      },
      [predicted(two, "Jean Dupont et Marie Martin", "PERSONNE")]
    );
    expect(label(report, "PER")).toMatchObject({ gold: 2, masked: 2 });
    expect(type(report, "PERSONNE")).toMatchObject({ predicted: 1, correct: 1, precision: 1 });
  });

  it("lists leaks for leak labels only, and keeps the others out of the total", () => {
    const dated = "M. Jean Dupont, le 3 mars 2020.";
    const report = score(
      {
        id: "d3",
        text: dated,
        entities: [span(dated, "M. Jean Dupont", "PER"), span(dated, "3 mars 2020", "DATE")],
      },
      [predicted(dated, "Jean Dupont", "PERSONNE")],
      { PER: ["PERSONNE"], DATE: ["DATE_NAISSANCE"] },
      ["PER"]
    );
    expect(label(report, "DATE")).toMatchObject({
      gold: 1,
      masked: 0,
      recall: 0,
      leakLabel: false,
      leaked: [],
    });
    expect(report.recall).toBe(1);
  });

  it("maps several gold labels to one type, as the ECHR corpus needs", () => {
    const court = "Mme E. Palm, juge, et Sir John Freeland entendent M. Benham.";
    const entities = [
      span(court, "Mme E. Palm", "LEGAL_PROFESSIONAL"),
      span(court, "Sir John Freeland", "LEGAL_PROFESSIONAL"),
      span(court, "M. Benham", "PER"),
    ];
    const report = score(
      { id: "echr", text: court, entities },
      [
        predicted(court, "E. Palm", "PERSONNE"),
        predicted(court, "John Freeland", "PERSONNE"),
        predicted(court, "Benham", "PERSONNE"),
      ],
      { PER: ["PERSONNE"], LEGAL_PROFESSIONAL: ["PERSONNE"] }
    );
    expect(label(report, "LEGAL_PROFESSIONAL")).toMatchObject({ gold: 2, masked: 2 });
    expect(type(report, "PERSONNE")).toMatchObject({ predicted: 3, correct: 3 });
  });
});

describe("scoreCorpus precision", () => {
  const text = "Écrire à M. Paul Martin, 3 place Jean Jaurès, 75011 Paris, avant le 12 mars 2024.";
  const doc: GoldDocument = {
    id: "p1",
    text,
    entities: [
      span(text, "Paul Martin", "PERSONNE"),
      span(text, "3 place Jean Jaurès, 75011 Paris", "ADRESSE"),
    ],
    decoys: [span(text, "12 mars 2024", "DECOY_DATE")],
  };
  const labelMap = identityLabelMap(["PERSONNE", "ADRESSE"]);

  it("counts an overlap with a gold entity of another type as a false positive", () => {
    const report = score(
      doc,
      [predicted(text, "Paul Martin", "PERSONNE"), predicted(text, "Jean Jaurès", "PERSONNE")],
      labelMap
    );
    expect(type(report, "PERSONNE")).toMatchObject({ predicted: 2, correct: 1, precision: 0.5 });
    expect(type(report, "PERSONNE").falsePositives).toEqual([
      {
        docId: "p1",
        type: "PERSONNE",
        start: 33,
        end: 44,
        text: "Jean Jaurès",
        overlaps: ["ADRESSE"],
      },
    ]);
    expect(type(report, "ADRESSE")).toMatchObject({ predicted: 0, correct: 0, precision: null });
    expect(report.precision).toBe(0.5);
  });

  it("counts predictions on decoys per kind, and gives unmapped types no precision", () => {
    const report = score(
      doc,
      [predicted(text, "12 mars 2024", "DATE_NAISSANCE"), predicted(text, "12 mars", "TERME")],
      labelMap
    );
    expect(report.decoys).toEqual([
      {
        kind: "DATE",
        decoys: 1,
        hit: 1,
        predictions: 2,
        hits: [
          {
            docId: "p1",
            kind: "DATE",
            decoy: "12 mars 2024",
            type: "DATE_NAISSANCE",
            text: "12 mars 2024",
          },
          { docId: "p1", kind: "DATE", decoy: "12 mars 2024", type: "TERME", text: "12 mars" },
        ],
      },
    ]);
    expect(type(report, "TERME")).toMatchObject({
      predicted: 1,
      correct: 0,
      precision: null,
      mapped: false,
    });
    expect(type(report, "TERME").falsePositives[0]!.overlaps).toEqual(["DECOY_DATE"]);
  });
});

describe("formatReport", () => {
  it("prints aligned tables of recall, precision and decoys", () => {
    const text = "M. Jean Dupont et Mme Marie Martin, le 3 mars 2020.";
    const report = score(
      {
        id: "f1",
        text,
        entities: [span(text, "Jean Dupont", "PERSONNE"), span(text, "Marie Martin", "PERSONNE")],
        decoys: [span(text, "3 mars 2020", "DECOY_DATE")],
      },
      [predicted(text, "Jean Dupont", "PERSONNE"), predicted(text, "3 mars", "DATE_NAISSANCE")],
      { PERSONNE: ["PERSONNE"] }
    );
    const out = formatReport(report, { examples: 5 });
    const lines = out.split("\n");
    const header = lines.find((l) => l.startsWith("label"))!;
    const row = lines.find((l) => l.startsWith("PERSONNE "))!;
    expect(row).toMatch(/^PERSONNE\s+2\s+1\s+1\s+50\.0%$/);
    expect(row.length).toBe(header.length);
    expect(out).toMatch(/^DATE_NAISSANCE \*\s+1\s+0\s+1\s+-$/m);
    expect(out).toMatch(/^DATE\s+1\s+1\s+1$/m);
    expect(out).toContain('PERSONNE  f1  "Marie Martin"  in clear: "Marie Martin"');
    expect(out).toContain('DATE_NAISSANCE  f1  "3 mars"  overlaps DECOY_DATE');
  });
});

describe("on the generated corpus", () => {
  it("gives full recall and precision to a predictor that returns the gold spans", () => {
    const corpus = generateCorpus({ seed: 3, documents: 60 });
    const byText = new Map(
      corpus.map((doc) => [
        doc.text,
        doc.entities.map((e) => ({ start: e.start, end: e.end, type: e.label })),
      ])
    );
    const report = scoreCorpus(corpus, (text) => byText.get(text)!, {
      labelMap: identityLabelMap(),
    });
    expect(report.recall).toBe(1);
    expect(report.precision).toBe(1);
    expect(report.decoys.every((d) => d.predictions === 0)).toBe(true);
    expect(formatReport(report)).toContain("all leak labels");
  });
});

describe("what must be masked of a gold person", () => {
  const start = (span: string) =>
    span.slice(maskableStart(span, { start: 0, end: span.length, label: "PER" }));
  it("sets aside titles, title pairs, judicial titles, glued titles and elided words", () => {
    expect(start("M. et Mme Robins")).toBe("Robins");
    expect(start("Lord Justice Mance")).toBe("Mance");
    expect(start("MmeJ. Sawyer")).toBe("J. Sawyer");
    expect(start("qu’Anita De La Cruz")).toBe("Anita De La Cruz");
  });
  it("keeps initials and names that merely start like a title", () => {
    expect(start("M. M. Falk")).toBe("M. Falk");
    expect(start("Mercier")).toBe("Mercier");
    expect(start("Lorde")).toBe("Lorde");
  });
});
