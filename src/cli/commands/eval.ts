import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateCorpus } from "../../eval/corpus-generator.ts";
import { identityLabelMap, type GoldDocument } from "../../eval/gold.ts";
import { formatReport, scoreCorpus, type ScoreReport } from "../../eval/score.ts";
import {
  checkTargets,
  ECHR_LABEL_MAP,
  echrTargets,
  formatTargets,
  generatedTargets,
  type TargetResult,
} from "../../eval/targets.ts";
import { Engine } from "../../redaction/index.ts";
import { UserError } from "../input.ts";
import { write, type CliIO } from "../io.ts";
import type { Messages } from "../messages.ts";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const DEFAULT_ECHR_DIR = join(REPO_ROOT, "../shared/corpus/echr-fr");

function readJsonl(path: string): GoldDocument[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as GoldDocument);
}

interface CorpusResult {
  corpus: string;
  report: ScoreReport;
  targets: TargetResult[];
}

/** Scores the engine on the real annotated judgments and on the generated administrative corpus. */
export async function evalCommand(args: string[], io: CliIO, t: Messages): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      corpus: { type: "string", default: "all" },
      echr: { type: "string", default: DEFAULT_ECHR_DIR },
      documents: { type: "string", default: "300" },
      seed: { type: "string", default: "1" },
      examples: { type: "string", default: "0" },
      json: { type: "boolean" },
      check: { type: "boolean" },
    },
  });
  if (!["all", "echr", "generated"].includes(values.corpus))
    throw new UserError(t.badOption(`--corpus ${values.corpus}`));
  const engine = new Engine();
  const predict = (text: string) => engine.detect(text);
  const results: CorpusResult[] = [];

  if (values.corpus !== "generated") {
    const files = ["train.jsonl", "dev.jsonl"]
      .map((f) => join(values.echr, f))
      .filter((f) => existsSync(f));
    if (files.length === 0) await write(io.stderr, t.corpusMissing(values.echr) + "\n");
    else {
      const report = scoreCorpus(files.flatMap(readJsonl), predict, { labelMap: ECHR_LABEL_MAP });
      results.push({ corpus: "echr-fr", report, targets: checkTargets(echrTargets(report)) });
    }
  }
  if (values.corpus !== "echr") {
    const documents = generateCorpus({
      seed: Number(values.seed),
      documents: Number(values.documents),
    });
    const report = scoreCorpus(documents, predict, { labelMap: identityLabelMap() });
    results.push({ corpus: "generated", report, targets: checkTargets(generatedTargets(report)) });
  }

  if (values.json) {
    await write(
      io.stdout,
      JSON.stringify(
        results.map(({ corpus, report, targets }) => ({ corpus, report, targets })),
        null,
        2
      ) + "\n"
    );
  } else {
    for (const { corpus, report, targets } of results) {
      await write(
        io.stdout,
        `== ${corpus} ==\n${formatReport(report, { examples: Number(values.examples) })}\n${formatTargets(targets)}\n\n`
      );
    }
  }
  const missed = results.some((r) => r.targets.some((target) => !target.met));
  return values.check && missed ? 1 : 0;
}
