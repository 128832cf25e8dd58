/**
 * Scores a detector against gold documents the way a leak is judged: a gold entity is masked only
 * when every letter and digit of it lies under some prediction, whatever the predicted type.
 */
import { DECOY_PREFIX, type GoldDocument, type GoldEntity, type PredictedEntity } from "./gold.ts";

export interface ScoreOptions {
  /** Gold label -> the engine types that count as finding it: `{ PER: ["PERSONNE"] }`. */
  labelMap: Record<string, string[]>;
  /**
   * Gold labels whose leaks matter: their leaked entities are listed and they make the overall
   * recall. Recall is still reported for the other labels. Default: the labels of `labelMap`.
   */
  leakLabels?: string[];
}

export interface LeakedEntity {
  docId: string;
  label: string;
  start: number;
  end: number;
  text: string;
  /** The stretches of the entity left in clear, trimmed to letters and digits. */
  clear: string[];
}

export interface LabelScore {
  label: string;
  gold: number;
  masked: number;
  /** masked / gold; null when the corpus has no entity of the label. */
  recall: number | null;
  /** Whether the label is one of the leak labels. */
  leakLabel: boolean;
  /** Entities left partly or wholly in clear (leak labels only). */
  leaked: LeakedEntity[];
}

export interface FalsePositive {
  docId: string;
  type: string;
  start: number;
  end: number;
  text: string;
  /** Labels of the gold entities and decoys the prediction overlaps, if any. */
  overlaps: string[];
}

export interface TypeScore {
  type: string;
  predicted: number;
  /** Predictions overlapping a gold entity whose label maps to this type. */
  correct: number;
  /** correct / predicted; null when no prediction was made or no gold label maps to the type. */
  precision: number | null;
  /** Whether some gold label maps to this type. */
  mapped: boolean;
  falsePositives: FalsePositive[];
}

export interface DecoyHit {
  docId: string;
  kind: string;
  decoy: string;
  type: string;
  text: string;
}

export interface DecoyScore {
  /** The decoy label without its `DECOY_` prefix. */
  kind: string;
  decoys: number;
  /** Decoys overlapped by at least one prediction. */
  hit: number;
  /** Predictions overlapping at least one decoy of this kind. */
  predictions: number;
  hits: DecoyHit[];
}

export interface ScoreReport {
  documents: number;
  labels: LabelScore[];
  types: TypeScore[];
  decoys: DecoyScore[];
  /** Micro-average over the leak labels. */
  recall: number | null;
  /** Micro-average over the types some gold label maps to. */
  precision: number | null;
}

/**
 * Titles left outside the span that must be masked: `M.`, `Mme`, `Maître`, `Sir`..., or two joined
 * by `et` (`M. et Mme`). Only one otherwise: in `M. M. Clément` the second `M.` is an initial.
 * Case-insensitive, so `MONSIEUR` in an envelope header counts too.
 */
const TITLE = `(?:${[
  String.raw`M\.`,
  String.raw`MM\.`,
  String.raw`(?:Mmes?|Mlles?|Mes?|Drs?|Pr|Mgr)\.?`,
  "Ma[iî]tres?",
  "Monsieur|Messieurs|Madame|Mesdames|Mademoiselles?|Mesdemoiselles",
  "Docteurs?|Professeurs?|Sir|Dame",
  String.raw`(?:Lord|Lady)(?:\s+Chief)?(?:\s+Justice)?`,
].join("|")})`;
/** An elided word glued before a name (`qu’Anita`, `d’Anita`) is not part of it either. */
const ELISION = String.raw`(?:d|l|qu|jusqu|lorsqu|puisqu)['’]`;
const LEADING_TITLES = new RegExp(
  String.raw`^(?:${ELISION}|${TITLE}(?:\s+et\s+${TITLE})*\s+)`,
  "iu"
);
/** A title glued to the name as OCR leaves it (`MmeJ. Sawyer`): case matters here, or `Mercier` would lose `Me`. */
const GLUED_TITLE = /^(?:MM\.|Mmes|Mme|Mlles|Mlle)(?=\p{Lu})/u;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Where the part of a gold span that must not leak begins: after its leading titles. */
export function maskableStart(text: string, entity: GoldEntity): number {
  const span = text.slice(entity.start, entity.end);
  const title = LEADING_TITLES.exec(span) ?? GLUED_TITLE.exec(span);
  return title && title[0].length < entity.end - entity.start
    ? entity.start + title[0].length
    : entity.start;
}

/** The stretches of `[start, end)` whose letters or digits no prediction covers. */
export function clearStretches(
  text: string,
  start: number,
  end: number,
  covered: Uint8Array
): string[] {
  const stretches: string[] = [];
  let runStart = -1;
  const close = (at: number) => {
    if (runStart < 0) return;
    const run = text.slice(runStart, at).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (run) stretches.push(run);
    runStart = -1;
  };
  for (let i = start; i < end; i++) {
    if (covered[i]) close(i);
    else if (runStart < 0) runStart = i;
  }
  close(end);
  return stretches;
}

export function scoreCorpus(
  documents: readonly GoldDocument[],
  predict: (text: string) => readonly PredictedEntity[],
  options: ScoreOptions
): ScoreReport {
  const leakLabels = new Set(options.leakLabels ?? Object.keys(options.labelMap));
  const mappedTypes = new Set(Object.values(options.labelMap).flat());
  const labels = new Map<string, LabelScore>();
  const types = new Map<string, TypeScore>();
  const decoys = new Map<string, DecoyScore>();
  const labelScore = (label: string) =>
    getOrCreate(labels, label, () => ({
      label,
      gold: 0,
      masked: 0,
      recall: null,
      leakLabel: leakLabels.has(label),
      leaked: [],
    }));
  const typeScore = (type: string) =>
    getOrCreate(types, type, () => ({
      type,
      predicted: 0,
      correct: 0,
      precision: null,
      mapped: mappedTypes.has(type),
      falsePositives: [],
    }));
  for (const label of leakLabels) labelScore(label);
  for (const type of mappedTypes) typeScore(type);

  for (const doc of documents) {
    const { text } = doc;
    const predictions = predict(text).map((p) => ({
      ...p,
      start: Math.max(0, p.start),
      end: Math.min(text.length, p.end),
    }));
    const covered = new Uint8Array(text.length);
    for (const p of predictions) covered.fill(1, p.start, p.end);

    for (const entity of doc.entities) {
      const score = labelScore(entity.label);
      score.gold++;
      const clear = clearStretches(text, maskableStart(text, entity), entity.end, covered);
      if (clear.length === 0) score.masked++;
      else if (score.leakLabel) {
        score.leaked.push({
          docId: doc.id,
          label: entity.label,
          start: entity.start,
          end: entity.end,
          text: text.slice(entity.start, entity.end),
          clear,
        });
      }
    }

    const docDecoys = doc.decoys ?? [];
    for (const decoy of docDecoys) decoyScore(decoys, decoy.label).decoys++;
    const touched = new Set<GoldEntity>();
    for (const p of predictions) {
      const score = typeScore(p.type);
      score.predicted++;
      const goldHit = doc.entities.filter((g) => overlaps(g, p));
      const decoyHit = docDecoys.filter((d) => overlaps(d, p));
      if (goldHit.some((g) => options.labelMap[g.label]?.includes(p.type))) score.correct++;
      else {
        const labelsHit = [...new Set([...goldHit, ...decoyHit].map((e) => e.label))];
        score.falsePositives.push({
          docId: doc.id,
          type: p.type,
          start: p.start,
          end: p.end,
          text: text.slice(p.start, p.end),
          overlaps: labelsHit,
        });
      }
      for (const kind of new Set(decoyHit.map((d) => d.label)))
        decoyScore(decoys, kind).predictions++;
      for (const decoy of decoyHit) {
        const score = decoyScore(decoys, decoy.label);
        if (!touched.has(decoy)) score.hit++;
        touched.add(decoy);
        score.hits.push({
          docId: doc.id,
          kind: score.kind,
          decoy: text.slice(decoy.start, decoy.end),
          type: p.type,
          text: text.slice(p.start, p.end),
        });
      }
    }
  }

  for (const score of labels.values()) score.recall = ratio(score.masked, score.gold);
  for (const score of types.values())
    score.precision = score.mapped ? ratio(score.correct, score.predicted) : null;
  const leakScores = [...labels.values()].filter((s) => s.leakLabel);
  const mappedScores = [...types.values()].filter((s) => s.mapped);
  return {
    documents: documents.length,
    labels: [...labels.values()].sort((a, b) => a.label.localeCompare(b.label)),
    types: [...types.values()].sort((a, b) => a.type.localeCompare(b.type)),
    decoys: [...decoys.values()].sort((a, b) => a.kind.localeCompare(b.kind)),
    recall: ratio(
      sum(leakScores, (s) => s.masked),
      sum(leakScores, (s) => s.gold)
    ),
    precision: ratio(
      sum(mappedScores, (s) => s.correct),
      sum(mappedScores, (s) => s.predicted)
    ),
  };
}

function decoyScore(decoys: Map<string, DecoyScore>, label: string): DecoyScore {
  const kind = label.startsWith(DECOY_PREFIX) ? label.slice(DECOY_PREFIX.length) : label;
  return getOrCreate(decoys, kind, () => ({ kind, decoys: 0, hit: 0, predictions: 0, hits: [] }));
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}

export interface FormatOptions {
  /** How many leaks per label and false positives per type to list under the tables. Default 0. */
  examples?: number;
}

/** The report as aligned text tables: recall per gold label, precision per engine type, decoys hit. */
export function formatReport(report: ScoreReport, options: FormatOptions = {}): string {
  const examples = options.examples ?? 0;
  const percent = (value: number | null) => (value === null ? "-" : `${(value * 100).toFixed(1)}%`);
  const quote = (text: string) => JSON.stringify(text);
  /** A count, the part of it that is right, the rest, and the share. */
  const row = (name: string, total: number, right: number, share: number | null) => [
    name,
    total,
    right,
    total - right,
    percent(share),
  ];
  const leakScores = report.labels.filter((s) => s.leakLabel);
  const mappedScores = report.types.filter((s) => s.mapped);

  const recallTable = table(
    ["label", "gold", "masked", "leaked", "recall"],
    [
      ...report.labels.map((s) =>
        row(s.leakLabel ? s.label : `${s.label} *`, s.gold, s.masked, s.recall)
      ),
      row(
        "all leak labels",
        sum(leakScores, (s) => s.gold),
        sum(leakScores, (s) => s.masked),
        report.recall
      ),
    ]
  );
  const precisionTable = table(
    ["type", "predicted", "correct", "false pos.", "precision"],
    [
      ...report.types.map((s) =>
        row(s.mapped ? s.type : `${s.type} *`, s.predicted, s.correct, s.precision)
      ),
      row(
        "all mapped types",
        sum(mappedScores, (s) => s.predicted),
        sum(mappedScores, (s) => s.correct),
        report.precision
      ),
    ]
  );
  const sections = [
    `${report.documents} documents`,
    "Leak-free recall by gold label (masked: no letter or digit left in clear, leading titles aside)\n" +
      recallTable +
      (leakScores.length < report.labels.length
        ? "\n* not a leak label: for information, left out of the total"
        : ""),
    "Precision by engine type (correct: overlaps a gold entity whose label maps to the type)\n" +
      precisionTable +
      (mappedScores.length < report.types.length
        ? "\n* no gold label maps to this type: no precision"
        : ""),
  ];
  if (report.decoys.length > 0) {
    const rows = report.decoys.map((s) => [s.kind, s.decoys, s.hit, s.predictions]);
    sections.push(
      "Decoys overlapped by predictions\n" +
        table(["decoy kind", "decoys", "hit", "predictions"], rows)
    );
  }
  const leaks = report.labels.flatMap((s) => s.leaked.slice(0, examples));
  if (leaks.length > 0) {
    const lines = leaks.map(
      (l) =>
        `  ${l.label}  ${l.docId}  ${quote(l.text)}  in clear: ${l.clear.map(quote).join(", ")}`
    );
    sections.push(["Leaks", ...lines].join("\n"));
  }
  const falsePositives = report.types.flatMap((s) => s.falsePositives.slice(0, examples));
  if (falsePositives.length > 0) {
    const lines = falsePositives.map(
      (f) =>
        `  ${f.type}  ${f.docId}  ${quote(f.text)}` +
        (f.overlaps.length ? `  overlaps ${f.overlaps.join(", ")}` : "")
    );
    sections.push(["False positives", ...lines].join("\n"));
  }
  return sections.join("\n\n") + "\n";
}

/** Left-aligned first column, right-aligned numbers. */
function table(
  headers: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>
): string {
  const cells = [headers, ...rows].map((row) => row.map(String));
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  return cells
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)
        )
        .join("  ")
        .trimEnd()
    )
    .join("\n");
}
