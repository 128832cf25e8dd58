import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../src/eval/corpus-generator.ts";
import { identityLabelMap, type GoldDocument } from "../../src/eval/gold.ts";
import { scoreCorpus } from "../../src/eval/score.ts";
import {
  checkTargets,
  ECHR_LABEL_MAP,
  echrTargets,
  formatTargets,
  generatedTargets,
} from "../../src/eval/targets.ts";
import { Engine } from "../../src/redaction/index.ts";

const engine = new Engine();
const predict = (text: string) => engine.detect(text);
const ECHR = join(import.meta.dirname, "../../../shared/corpus/echr-fr");

/** The product's promises, kept by every change: a regression in recall fails the build. */
describe("the engine meets its targets", () => {
  it.skipIf(!existsSync(ECHR))("on the hand-annotated judgments (persons)", () => {
    const documents = ["train.jsonl", "dev.jsonl"].flatMap((file) =>
      readFileSync(join(ECHR, file), "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as GoldDocument)
    );
    const results = checkTargets(
      echrTargets(scoreCorpus(documents, predict, { labelMap: ECHR_LABEL_MAP }))
    );
    expect(
      results.filter((r) => !r.met),
      formatTargets(results)
    ).toEqual([]);
  });

  it("on generated administrative documents (identifiers and decoys)", () => {
    for (const seed of [1, 2]) {
      const report = scoreCorpus(generateCorpus({ seed, documents: 200 }), predict, {
        labelMap: identityLabelMap(),
      });
      const results = checkTargets(generatedTargets(report));
      expect(
        results.filter((r) => !r.met),
        `seed ${seed}\n${formatTargets(results)}`
      ).toEqual([]);
    }
  });
});
