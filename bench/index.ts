import { mkdirSync, writeFileSync } from "node:fs";
import { addinBench } from "./addin.ts";
import { gatewayBench } from "./gateway.ts";
import type { BenchModule } from "./lib/module.ts";
import { redactionBench } from "./redaction.ts";

/** Every bench, in the order `npm run bench` runs them. */
const MODULES: readonly BenchModule[] = [redactionBench, gatewayBench, addinBench];
const RESULTS_DIR = new URL("./results/", import.meta.url);

/** The names given by `--only a,b` or `--only=a --only=b`; every module when absent. */
function selectedModules(args: readonly string[]): BenchModule[] {
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--only") names.push(...(args[++i] ?? "").split(","));
    else if (arg.startsWith("--only=")) names.push(...arg.slice("--only=".length).split(","));
    else
      throw new Error(
        `unknown argument ${arg}; usage: npm run bench [-- --only <${MODULES.map((m) => m.name).join("|")}>]`
      );
  }
  const wanted = names.map((n) => n.trim()).filter(Boolean);
  if (args.length && wanted.length === 0) throw new Error("--only needs a bench name");
  const unknown = wanted.filter((n) => !MODULES.some((m) => m.name === n));
  if (unknown.length)
    throw new Error(
      `no bench named ${unknown.join(", ")}; known: ${MODULES.map((m) => m.name).join(", ")}`
    );
  return wanted.length ? MODULES.filter((m) => wanted.includes(m.name)) : [...MODULES];
}

async function main(): Promise<void> {
  const modules = selectedModules(process.argv.slice(2));
  mkdirSync(RESULTS_DIR, { recursive: true });
  for (const module of modules) {
    process.stderr.write(`bench ${module.name}: ${module.description}\n`);
    const start = performance.now();
    const { text, json } = await module.run();
    const file = new URL(`${module.name}.json`, RESULTS_DIR);
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    const elapsed = ((performance.now() - start) / 1000).toFixed(1);
    console.log(
      `${text}\n\n(${module.name} bench: ${elapsed} s; figures written to bench/results/${module.name}.json)\n`
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
