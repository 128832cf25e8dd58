import { GOLD_LABELS } from "./gold.ts";
import type { ScoreReport } from "./score.ts";

/** A figure the engine must reach on a corpus, as the product promises it. */
export interface Target {
  name: string;
  /** The value reached, null when the corpus has nothing to measure it on. */
  value: number | null;
  /** The bound: at least `min`, or at most `max`. */
  min?: number;
  max?: number;
}

export interface TargetResult extends Target {
  met: boolean;
}

export const ECHR_LABEL_MAP = { PER: ["PERSONNE"], LEGAL_PROFESSIONAL: ["PERSONNE"] };

/** Identifiers with a checksum or a fixed format: nearly all must be found, and no decoy taken. */
export const FORMAT_TYPES: readonly string[] = GOLD_LABELS.filter(
  (type) => type !== "PERSONNE" && type !== "ADRESSE" && type !== "DATE_NAISSANCE"
);

export function echrTargets(report: ScoreReport): Target[] {
  const recall = (label: string) => report.labels.find((s) => s.label === label)?.recall ?? null;
  const precision = report.types.find((s) => s.type === "PERSONNE")?.precision ?? null;
  return [
    { name: "PER leak-free recall", value: recall("PER"), min: 0.97 },
    { name: "LEGAL_PROFESSIONAL leak-free recall", value: recall("LEGAL_PROFESSIONAL"), min: 0.97 },
    { name: "PERSONNE precision", value: precision, min: 0.85 },
  ];
}

export function generatedTargets(report: ScoreReport): Target[] {
  return [
    ...FORMAT_TYPES.map((type) => ({
      name: `${type} leak-free recall`,
      value: report.labels.find((s) => s.label === type)?.recall ?? null,
      min: 0.995,
    })),
    {
      name: "decoys taken for an identifier",
      value: report.decoys.reduce(
        (n, d) => n + d.hits.filter((hit) => FORMAT_TYPES.includes(hit.type)).length,
        0
      ),
      max: 0,
    },
  ];
}

export function checkTargets(targets: readonly Target[]): TargetResult[] {
  return targets.map((target) => ({
    ...target,
    met:
      target.value !== null &&
      (target.min === undefined || target.value >= target.min) &&
      (target.max === undefined || target.value <= target.max),
  }));
}

export function formatTargets(results: readonly TargetResult[]): string {
  const show = (value: number | null) =>
    value === null ? "-" : Number.isInteger(value) ? String(value) : value.toFixed(4);
  const width = Math.max(...results.map((r) => r.name.length));
  return results
    .map((r) => {
      const bound = r.min !== undefined ? `>= ${r.min}` : `<= ${r.max}`;
      return `${r.met ? "PASS" : "MISS"}  ${r.name.padEnd(width)}  ${show(r.value).padStart(6)}  (target ${bound})`;
    })
    .join("\n");
}
