/*
 * The add-in's production build, as `npm run build` makes it but into a folder of the caller's, and
 * what of it the task pane loads: its entry's files at once, the rest on demand, each raw and gzipped.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import webpack, { type Chunk, type Configuration } from "webpack";
import makeConfig from "../../webpack.config.js";

export interface BuiltFile {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

/** The chunks loaded for one purpose (a host's adapter, the SDK...), and their total. */
export interface LazyGroup {
  label: string;
  files: BuiltFile[];
  rawBytes: number;
  gzipBytes: number;
}

export interface AddinBuild {
  outDir: string;
  buildMs: number;
  /** The files of the "taskpane" entrypoint: what the pane's page loads before it can render. */
  initial: BuiltFile[];
  /** Every chunk the pane may load later, grouped by what loads it. */
  lazy: LazyGroup[];
}

/** What a lazy chunk is for, told by the dynamic import that loads it (its request and importer). */
const LAZY_KINDS = [
  { label: "Office host", test: /\/hosts\/office\// },
  { label: "browser host", test: /\/hosts\/browser\// },
  { label: "Mistral SDK", test: /@mistralai\// },
  { label: "MSAL", test: /@azure\/msal-browser/ },
];
const WORKER_LABEL = "engine worker";
const ENTRY = "taskpane";
/** zlib's best compression, as a server precompressing its bundles would use. */
const GZIP_LEVEL = 9;

function sized(outDir: string, file: string): BuiltFile {
  const content = readFileSync(join(outDir, file));
  return {
    file,
    rawBytes: content.length,
    gzipBytes: gzipSync(content, { level: GZIP_LEVEL }).length,
  };
}

const scripts = (files: Iterable<string>) => [...files].filter((file) => file.endsWith(".js"));

/** The purposes a chunk is loaded for, from the origins of the chunk groups it belongs to. */
function kindsOf(chunk: Chunk): string[] {
  const kinds = new Set<string>();
  for (const group of chunk.groupsIterable) {
    for (const origin of group.origins) {
      const resource = (origin.module as { resource?: string } | null)?.resource ?? "";
      const where = `${origin.request} ${resource}`;
      kinds.add(
        LAZY_KINDS.find(({ test }) => test.test(where))?.label ?? `other (${origin.request})`
      );
    }
  }
  return [...kinds].sort();
}

/** Builds the add-in in production mode into `outDir` (not dist/) and sizes what the pane loads. */
export async function buildAddin(outDir: string): Promise<AddinBuild> {
  const config = (makeConfig as (env: unknown, argv: { mode: string }) => Configuration)(
    {},
    { mode: "production" }
  );
  config.output = { ...config.output, path: outDir };
  const start = performance.now();
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error) : resolve(result)))
  );
  const buildMs = performance.now() - start;
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));

  const entrypoint = stats.compilation.entrypoints.get(ENTRY);
  if (!entrypoint) throw new Error(`the build has no "${ENTRY}" entrypoint`);
  const entryChunk = entrypoint.getEntrypointChunk();
  const byLabel = new Map<string, BuiltFile[]>();
  const add = (label: string, files: Iterable<string>) =>
    byLabel.set(label, [
      ...(byLabel.get(label) ?? []),
      ...scripts(files).map((file) => sized(outDir, file)),
    ]);
  for (const chunk of entryChunk.getAllAsyncChunks()) add(kindsOf(chunk).join(" + "), chunk.files);
  for (const worker of entryChunk.getAllReferencedAsyncEntrypoints()) {
    add(WORKER_LABEL, worker.getFiles());
    for (const chunk of worker.getEntrypointChunk().getAllAsyncChunks())
      add(WORKER_LABEL, chunk.files);
  }
  const order = [...LAZY_KINDS.map(({ label }) => label), WORKER_LABEL];
  const rank = (label: string) => (order.includes(label) ? order.indexOf(label) : order.length);
  const lazy = [...byLabel]
    .map(([label, files]) => ({
      label,
      files,
      rawBytes: files.reduce((sum, f) => sum + f.rawBytes, 0),
      gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    }))
    .sort((a, b) => rank(a.label) - rank(b.label));
  return {
    outDir,
    buildMs,
    initial: scripts(entrypoint.getFiles()).map((file) => sized(outDir, file)),
    lazy,
  };
}
