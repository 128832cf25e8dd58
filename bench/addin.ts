import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { AddinBuild, BuiltFile } from "./lib/addin-build.ts";
import { bytes, NOT_MEASURED, num, passMiss, table } from "./lib/format.ts";
import { percentile } from "./lib/load.ts";
import { timeRuns } from "./lib/measure.ts";
import type { BenchModule, BenchOutcome } from "./lib/module.ts";
import type { PaneLoad } from "./lib/pane-probe.ts";
import type { LargeReview, LoadRun, PhasedTask } from "./lib/pane-runs.ts";
import type { StreamTimings } from "./lib/restore-stream.ts";
import { median } from "./lib/stats.ts";
import { buildProse, loadJudgmentParagraphs } from "./prose.ts";

const INITIAL_GZIP_BUDGET_BYTES = 250_000;
const FIRST_RENDER_BUDGET_MS = 500;
const LONG_TASK_MS = 50;
const CHUNK_BUDGET_MS = 1;

/** Measured pane loads (cold, then warm), after one discarded. */
const LOAD_RUNS = 20;
const LARGE_DOCUMENT_BYTES = 1_000_000;
const LARGE_SESSIONS = 5;
/** Per session: the worker's first text, then the same document again with the worker warm. */
const LARGE_PASSES = 2;
const NODE_ENGINE_RUNS = 5;
const STREAM = {
  persons: 120,
  answerChars: 20_000,
  streams: 60,
  warmupStreams: 20,
  minChunkChars: 1,
  maxChunkChars: 20,
};

/**
 * What this bench needs, loaded only when it runs: webpack, playwright, the gateway and vitest's
 * support code take seconds and memory that the other benches of the process must not carry.
 */
async function loadTools() {
  const [build, runs, stream, review, engine, fixture, e2e] = await Promise.all([
    import("./lib/addin-build.ts"),
    import("./lib/pane-runs.ts"),
    import("./lib/restore-stream.ts"),
    import("../src/taskpane/redaction/review-redaction.ts"),
    import("../src/redaction/index.ts"),
    import("../test/gateway/support/gateway-fixture.ts"),
    import("../test/e2e/support/plume.ts"),
  ]);
  return { ...build, ...runs, ...stream, ...review, ...engine, ...fixture, ...e2e };
}

const ms = (value: number | null) =>
  value === null || Number.isNaN(value) ? NOT_MEASURED : `${num(value)} ms`;
const kb = (value: number) => `${num(value / 1000)} KB`;
/** A count, whole when it is (a median of an even number of runs may not be). */
const count = (value: number) => (Number.isInteger(value) ? String(value) : num(value));
/** The longest of some tasks, or "none". */
const longestOf = (tasks: ReadonlyArray<{ durationMs: number }>) =>
  tasks.length ? ms(Math.max(...tasks.map((t) => t.durationMs))) : "none";
const ratio = (a: number, b: number) => (b > 0 ? `×${num(a / b)}` : NOT_MEASURED);

interface Spread {
  median: number;
  p95: number;
  max: number;
}

function spread(values: readonly number[]): Spread {
  return { median: median(values), p95: percentile(values, 95), max: Math.max(...values) };
}

async function runAddinBench(): Promise<BenchOutcome> {
  const loadAtStart = loadavg();
  const tools = await loadTools();
  const closers: Array<() => unknown> = [];
  const closeAll = async () => {
    for (let close = closers.pop(); close; close = closers.pop()) await close();
  };
  try {
    // First, while the process's heap is small as the pane's is: webpack leaves hundreds of MB behind.
    process.stderr.write("  restoration in the stream…\n");
    const paragraphs = loadJudgmentParagraphs();
    const stream = await tools.timeStreamRestoration(buildProse(paragraphs, 30_000), STREAM);

    const outDir = mkdtempSync(join(tmpdir(), "plume-bench-addin-"));
    closers.push(() => rmSync(outDir, { recursive: true, force: true }));
    process.stderr.write("  production build (webpack)…\n");
    const build = await tools.buildAddin(outDir);

    const fixture = await tools.startGatewayFixture(
      {},
      { server: { addinDir: outDir }, publishDevToken: true }
    );
    closers.push(() => fixture.close());
    const browser = await tools.launchChromium();
    closers.push(() => browser.close());
    const chromium = browser.version();
    const url = `${fixture.url}/browser.html?surface=word&theme=light&lang=fr-FR`;
    const state = await tools.returningUserState(browser, url);

    process.stderr.write(`  pane load, ${LOAD_RUNS} cold + warm runs…\n`);
    await tools.loadPane(browser, url, state);
    const loads: LoadRun[] = [];
    for (let i = 0; i < LOAD_RUNS; i++) loads.push(await tools.loadPane(browser, url, state));

    process.stderr.write(
      `  1 MB document to the review, ${LARGE_SESSIONS} sessions × ${LARGE_PASSES} passes…\n`
    );
    const largeText = buildProse(paragraphs, LARGE_DOCUMENT_BYTES);
    const large = await tools.reviewLargeDocument(browser, url, state, largeText, {
      sessions: LARGE_SESSIONS,
      passes: LARGE_PASSES,
    });
    await closeAll();

    process.stderr.write("  the same request to the engine in Node…\n");
    const engine = new tools.Engine();
    const request = large.request as Parameters<typeof tools.redactForReview>[1];
    const nodeMs = timeRuns(
      () => () => tools.redactForReview(engine, request),
      NODE_ENGINE_RUNS
    ).timesMs;

    return report({
      build,
      loads,
      large,
      nodeMs,
      stream,
      documentBytes: Buffer.byteLength(largeText),
      environment: {
        node: process.version,
        chromium,
        platform: `${process.platform} ${process.arch}`,
        cpu: cpus()[0]?.model.trim() ?? "unknown",
        logicalCpus: cpus().length,
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: loadavg(),
      },
    });
  } finally {
    await closeAll();
  }
}

interface Figures {
  build: AddinBuild;
  loads: LoadRun[];
  large: LargeReview;
  nodeMs: number[];
  stream: StreamTimings;
  documentBytes: number;
  environment: {
    node: string;
    chromium: string;
    platform: string;
    cpu: string;
    logicalCpus: number;
    loadAverageAtStart: number[];
    loadAverageAtEnd: number[];
  };
}

const sum = (files: readonly BuiltFile[], key: "rawBytes" | "gzipBytes") =>
  files.reduce((total, file) => total + file[key], 0);

function buildSection(build: AddinBuild) {
  const initialRaw = sum(build.initial, "rawBytes");
  const initialGzip = sum(build.initial, "gzipBytes");
  const lazyFiles = build.lazy.flatMap((group) => group.files);
  const lines = [
    `Build: webpack.config.js in production mode through webpack's Node API, into a temporary folder (${num(build.buildMs / 1000)} s).`,
    "gzip -9 = zlib level 9; 1 KB = 1000 bytes. The gateway sends the build's Brotli copies to browsers that accept them (part 2's bytes).",
    "",
    'Initial JavaScript of the task pane (the files of the "taskpane" entrypoint)',
    table(
      ["file", "raw", "gzip -9", "budget (gzip)", "gzip ÷ budget"],
      [
        ...build.initial.map((f) => [f.file, bytes(f.rawBytes), bytes(f.gzipBytes), "", ""]),
        [
          "total",
          bytes(initialRaw),
          bytes(initialGzip),
          bytes(INITIAL_GZIP_BUDGET_BYTES),
          ratio(initialGzip, INITIAL_GZIP_BUDGET_BYTES),
        ],
      ]
    ),
    "",
    "Deferred: loaded on demand, never before the first render",
    table(
      ["loaded for", "files", "raw", "gzip -9", "gzip ÷ initial"],
      [
        ...build.lazy.map((group) => [
          group.label,
          String(group.files.length),
          bytes(group.rawBytes),
          bytes(group.gzipBytes),
          ratio(group.gzipBytes, initialGzip),
        ]),
        [
          "all deferred",
          String(lazyFiles.length),
          bytes(sum(lazyFiles, "rawBytes")),
          bytes(sum(lazyFiles, "gzipBytes")),
          ratio(sum(lazyFiles, "gzipBytes"), initialGzip),
        ],
      ]
    ),
    "Each group is named after the dynamic import (or worker) that loads it. Which of them the pane",
    "actually fetches when it opens in browser.html is measured in part 2.",
  ];
  return {
    lines,
    initialRaw,
    initialGzip,
    target: {
      target: `initial JavaScript of the pane <= ${kb(INITIAL_GZIP_BUDGET_BYTES)} gzipped`,
      figure: `${kb(initialGzip)} (${ratio(initialGzip, INITIAL_GZIP_BUDGET_BYTES)} of the budget)`,
      pass: initialGzip <= INITIAL_GZIP_BUDGET_BYTES,
    },
  };
}

/** What the pane fetched while opening, by what the build says each file is for. */
function fetchedAtOpen(build: AddinBuild, load: PaneLoad): string[][] {
  const groups = [{ label: "initial JavaScript", files: build.initial }, ...build.lazy];
  const rows = groups.map(({ label, files }) => {
    const fetched = files.filter((f) => load.paths.includes(`/${f.file}`));
    return [
      label,
      `${fetched.length} of ${files.length}`,
      bytes(sum(fetched, "rawBytes")),
      bytes(sum(fetched, "gzipBytes")),
    ];
  });
  const known = new Set(groups.flatMap(({ files }) => files.map((f) => `/${f.file}`)));
  const others = load.paths.filter((path) => !known.has(path));
  return [...rows, ["page and API calls", String(others.length), others.join(" "), ""]];
}

function loadSection(loads: readonly LoadRun[], build: AddinBuild) {
  const of = (cache: "cold" | "warm", pick: (load: PaneLoad) => number | null) => {
    const values = loads.map((run) => pick(run[cache])).filter((v): v is number => v !== null);
    return values.length ? spread(values) : null;
  };
  const rows: Array<{
    label: string;
    pick: (load: PaneLoad) => number | null;
    unit: "ms" | "bytes" | "count";
  }> = [
    { label: "first contentful paint (pane frame)", pick: (l) => l.firstPaintMs, unit: "ms" },
    { label: "#root first has content", pick: (l) => l.firstContentMs, unit: "ms" },
    { label: "React's first render in #root", pick: (l) => l.appMs, unit: "ms" },
    { label: "React's first render painted", pick: (l) => l.appPaintedMs, unit: "ms" },
    { label: "interactive (home form shown, enabled)", pick: (l) => l.interactiveMs, unit: "ms" },
    { label: "bytes transferred", pick: (l) => l.transferredBytes, unit: "bytes" },
    { label: "bytes decoded (network or cache)", pick: (l) => l.decodedBytes, unit: "bytes" },
    { label: "requests", pick: (l) => l.requests, unit: "count" },
    { label: "of which from the HTTP cache", pick: (l) => l.fromCache, unit: "count" },
    { label: "pane frame starts after browser.html", pick: (l) => l.frameStartMs, unit: "ms" },
  ];
  const show = (value: number | undefined, unit: "ms" | "bytes" | "count") =>
    value === undefined
      ? NOT_MEASURED
      : unit === "ms"
        ? ms(value)
        : unit === "bytes"
          ? bytes(Math.round(value))
          : count(value);
  const figures = rows.map((row) => ({
    label: row.label,
    unit: row.unit,
    cold: of("cold", row.pick),
    warm: of("warm", row.pick),
  }));
  const paint = figures[0]!;
  const reactPainted = figures.find((f) => f.label === "React's first render painted")!;
  const againstBudget = (figure: (typeof figures)[number]) =>
    (["cold", "warm"] as const)
      .map((cache) => {
        const values = figure[cache];
        return `${cache} ${values ? ratio(values.p95, FIRST_RENDER_BUDGET_MS) : NOT_MEASURED}`;
      })
      .join(", ");
  const missingPaint = loads.filter(
    (run) => run.cold.firstPaintMs === null || run.warm.firstPaintMs === null
  ).length;
  const targets = (["cold", "warm"] as const).map((cache) => {
    const figure = paint[cache];
    return {
      target: `first render <= ${FIRST_RENDER_BUDGET_MS} ms, ${cache} cache, p95`,
      figure: figure ? `${ms(figure.p95)} (median ${ms(figure.median)})` : "not measured",
      pass: figure !== null && figure.p95 <= FIRST_RENDER_BUDGET_MS,
    };
  });
  const lines = [
    `${loads.length} runs after one discarded; each run: a new browser context (cold: empty HTTP cache, charter`,
    "already acknowledged in its storage), browser.html opened and the pane waited for, then the page",
    "reloaded in the same context (warm: hashed bundles are cached immutable by the gateway; pages and",
    "API calls are revalidated or fetched). Times on the pane frame's clock, from its navigation start.",
    "Bytes: Resource Timing transferSize of the pane's page and all it fetched until the network is quiet.",
    "",
    table(
      ["", "cold median", "cold p95", "warm median", "warm p95", "warm ÷ cold (median)"],
      figures.map(({ label, unit, cold, warm }) => [
        label,
        show(cold?.median, unit),
        show(cold?.p95, unit),
        show(warm?.median, unit),
        show(warm?.p95, unit),
        cold && warm ? ratio(warm.median, cold.median) : NOT_MEASURED,
      ])
    ),
    `First render against its budget (${FIRST_RENDER_BUDGET_MS} ms), p95: first contentful paint ${againstBudget(paint)}; React's first render painted ${againstBudget(reactPainted)}.`,
    "The first contentful paint is whatever the pane's page paints first: its static HTML shell when",
    "it has one (#root then has content before any script runs), else React's first render.",
    ...(missingPaint ? [`(${missingPaint} runs had no first-contentful-paint entry)`] : []),
    "",
    "What the pane fetched while opening (first cold run, until the network is quiet)",
    table(["files of", "fetched", "raw", "gzip -9"], fetchedAtOpen(build, loads[0]!.cold)),
  ];
  return { lines, figures, targets };
}

const PHASE_BLAME: Record<string, string> = {
  self: "the pane",
  "same-origin-ancestor": "the host page (browser.html)",
};

function largeSection(large: LargeReview, nodeMs: readonly number[], documentBytes: number) {
  const phaseLabels = large.phases;
  const byPass = Array.from({ length: LARGE_PASSES }, (_, p) =>
    large.sessions.map((passes) => passes[p]!).filter(Boolean)
  );
  const passName = (p: number) =>
    p === 0 ? "first (worker's first text)" : `again (worker warm, pass ${p + 1})`;
  const over = (tasks: readonly PhasedTask[]) => tasks.filter((t) => t.durationMs > LONG_TASK_MS);
  const all = large.sessions.flat();
  const allTasks = all.flatMap((pass) => pass.longTasks);
  const first = all[0];
  const nodeMedian = median(nodeMs);

  const summaryRows = byPass.map((passes, p) => {
    const toReview = spread(passes.map((x) => x.toReviewMs));
    const painted = spread(passes.map((x) => x.toPaintedMs));
    const worker = spread(passes.map((x) => x.phasesMs.worker!));
    return [
      passName(p),
      String(passes.length),
      ms(toReview.median),
      ms(toReview.max),
      ms(painted.median),
      ms(worker.median),
      ratio(worker.median, nodeMedian),
      longestOf(passes.flatMap((x) => x.longTasks)),
      count(median(passes.map((x) => over(x.longTasks).length))),
    ];
  });

  const phaseRows = phaseLabels.map(({ id, label }) => {
    const tasks = allTasks.filter((t) => t.phase === id);
    const durations = byPass.map((passes) =>
      id === "after" ? NOT_MEASURED : ms(median(passes.map((x) => x.phasesMs[id]!)))
    );
    const blamed = [
      ...new Set(over(tasks).map((t) => PHASE_BLAME[t.attribution] ?? t.attribution)),
    ];
    return [
      label,
      ...durations,
      longestOf(tasks),
      String(over(tasks).length),
      blamed.join(", ") || NOT_MEASURED,
    ];
  });

  const taskRows = large.sessions.flatMap((passes, s) =>
    passes.flatMap((pass, p) =>
      over(pass.longTasks).map((t) => [
        `session ${s + 1}, ${p === 0 ? "first" : `pass ${p + 1}`}`,
        `+${ms(t.atMs)}`,
        ms(t.durationMs),
        phaseLabels.find((phase) => phase.id === t.phase)?.label ?? t.phase,
        PHASE_BLAME[t.attribution] ?? t.attribution,
      ])
    )
  );

  const paneTasks = allTasks.filter((t) => t.attribution === "self");
  const withinBudget = (tasks: readonly PhasedTask[]) => over(tasks).length === 0;
  const lines = [
    `A ${bytes(documentBytes)}-byte French document (ECHR judgments, as the redaction bench builds its texts), pasted`,
    `into the browser host as a new Word document; "Résumer", "Tout le document", "Continuer", stopped at the`,
    `review. ${LARGE_SESSIONS} new contexts × ${LARGE_PASSES} passes (after each pass: "Retour", then the same again).`,
    `Text handed to the worker: ${first ? bytes(first.sourceChars) : NOT_MEASURED} characters; the review shows: ${first?.counts ?? NOT_MEASURED}.`,
    'Long tasks: a PerformanceObserver for "longtask" in the pane\'s frame, from the click on "Continuer"',
    `to ${num(large.afterReviewMs / 1000)} s after the review is painted. The host page and the pane share one renderer thread in`,
    "Chromium (same origin), so the host page's own work shows there too, blamed on it; in Office the",
    "host runs in another process.",
    "",
    table(
      [
        "pass",
        "runs",
        "to review median",
        "max",
        "to painted",
        "worker phase",
        "worker ÷ Node",
        "longest task",
        `tasks > ${LONG_TASK_MS} ms (median)`,
      ],
      summaryRows
    ),
    `Node ${process.version}, same redactForReview on the same request, warm: median ${ms(nodeMedian)} over ${nodeMs.length} runs.`,
    "The worker phase runs from the pane's postMessage to the answer's arrival: it includes copying the",
    "request into the worker and the result back, and on the first pass the engine's first compilation.",
    "",
    "Where the time goes (median per pass) and the long tasks of every pass",
    table(
      [
        "phase",
        ...byPass.map((_, p) => (p === 0 ? "first pass" : `pass ${p + 1}`)),
        "longest task",
        `tasks > ${LONG_TASK_MS} ms`,
        "blamed on",
      ],
      phaseRows
    ),
    ...(taskRows.length
      ? [
          "",
          `Every task over ${LONG_TASK_MS} ms (start after the click)`,
          table(["run", "start", "duration", "phase", "blamed on"], taskRows),
        ]
      : []),
  ];
  const targets = [
    {
      target: `no main-thread task over ${LONG_TASK_MS} ms while masking 1 MB (pane's own)`,
      figure: `longest ${longestOf(paneTasks)}, ${over(paneTasks).length} over ${LONG_TASK_MS} ms in ${all.length} passes`,
      pass: withinBudget(paneTasks),
    },
    {
      target: `no main-thread task over ${LONG_TASK_MS} ms while masking 1 MB (pane + host page)`,
      figure: `longest ${longestOf(allTasks)}, ${over(allTasks).length} over ${LONG_TASK_MS} ms in ${all.length} passes`,
      pass: withinBudget(allTasks),
    },
  ];
  return { lines, targets, nodeMedian };
}

function streamSection(stream: StreamTimings) {
  const tail = (values: readonly number[]) => ({
    ...spread(values),
    p999: percentile(values, 99.9),
    overBudget: values.filter((v) => v > CHUNK_BUDGET_MS).length,
  });
  const restore = tail(stream.restoreMs);
  const append = tail(stream.appendMs);
  const slowDuringGc = stream.restoreMs.filter((duration, i) => {
    if (duration <= CHUNK_BUDGET_MS) return false;
    const start = stream.restoreAtMs[i]!;
    return stream.collections.some(
      (gc) => gc.startMs < start + duration && gc.startMs + gc.durationMs > start
    );
  }).length;
  const collections =
    (["minor", "major", "other"] as const)
      .map((kind) => stream.collections.filter((gc) => gc.kind === kind))
      .filter((gcs) => gcs.length)
      .map(
        (gcs) =>
          `${gcs.length} ${gcs[0]!.kind} (longest ${ms(Math.max(...gcs.map((gc) => gc.durationMs)))}, ${ms(gcs.reduce((total, gc) => total + gc.durationMs, 0))} in all)`
      )
      .join(", ") || "none";
  const restoreStream = median(stream.restoreStreamMs);
  const appendStream = median(stream.appendStreamMs);
  const perChunk = (total: number) => total / stream.chunksPerStream;
  const { setup } = stream;
  const us = (value: number) => `${num(value * 1000)} µs`;
  const lines = [
    `A ${bytes(setup.answerChars)}-character answer (French prose, ${setup.mentions} placeholder mentions, one in ten bare) cut into`,
    `chunks of ${setup.minChunkChars}–${setup.maxChunkChars} characters (${num(stream.chunksPerStream)} per stream, ${num(stream.splitMentionsPerStream)} mentions split across chunks), a vault of`,
    `${setup.vaultEntries} entries (${setup.persons} persons with a phone and an e-mail, made by the engine). ${setup.streams} streams after ${setup.warmupStreams} for warm-up, each`,
    "cut afresh; every restored stream checked against restore() of the whole answer. Per chunk: the",
    "pane's `shown += restorer.push(chunk)` beside the bare `shown += chunk`, each call timed alone",
    "(performance.now() around it, so the bare append mostly measures the timer). Per stream: the whole",
    "stream timed once without per-chunk timers, divided by its chunks.",
    "",
    table(
      [
        "per chunk",
        "median",
        "p95",
        "p99.9",
        "max",
        `> ${CHUNK_BUDGET_MS} ms`,
        "whole stream ÷ chunks",
      ],
      [
        [
          "push + append",
          us(restore.median),
          us(restore.p95),
          us(restore.p999),
          us(restore.max),
          String(restore.overBudget),
          us(perChunk(restoreStream)),
        ],
        [
          "append alone",
          us(append.median),
          us(append.p95),
          us(append.p999),
          us(append.max),
          String(append.overBudget),
          us(perChunk(appendStream)),
        ],
        [
          "added by restoration",
          us(restore.median - append.median),
          us(restore.p95 - append.p95),
          us(restore.p999 - append.p999),
          NOT_MEASURED,
          NOT_MEASURED,
          us(perChunk(restoreStream - appendStream)),
        ],
        [
          "restoration ÷ append",
          ratio(restore.median, append.median),
          ratio(restore.p95, append.p95),
          ratio(restore.p999, append.p999),
          ratio(restore.max, append.max),
          NOT_MEASURED,
          ratio(restoreStream, appendStream),
        ],
      ]
    ),
    `Whole ${bytes(setup.answerChars)}-character stream: ${ms(restoreStream)} with restoration, ${ms(appendStream)} without (median).`,
    `Budget: p95 ${ratio(restore.p95, CHUNK_BUDGET_MS)}, p99.9 ${ratio(restore.p999, CHUNK_BUDGET_MS)} and max ${ratio(restore.max, CHUNK_BUDGET_MS)} of ${CHUNK_BUDGET_MS} ms, over ${bytes(stream.restoreMs.length)} chunks.`,
    `Chunks over ${CHUNK_BUDGET_MS} ms: ${restore.overBudget} with restoration (${slowDuringGc} of them during a garbage collection), ${append.overBudget} with the bare append.`,
    `Garbage collections during the measured streams: ${collections}.`,
  ];
  const targets = [
    {
      target: `restoration adds <= ${CHUNK_BUDGET_MS} ms per chunk (p95)`,
      figure: us(restore.p95),
      pass: restore.p95 <= CHUNK_BUDGET_MS,
    },
    {
      target: `restoration adds <= ${CHUNK_BUDGET_MS} ms per chunk (every chunk)`,
      figure: `max ${us(restore.max)}; ${restore.overBudget} of ${bytes(stream.restoreMs.length)} chunks over, ${slowDuringGc} of them during a GC`,
      pass: restore.overBudget === 0,
    },
  ];
  return { lines, targets, restore, append, restoreStream, appendStream, slowDuringGc };
}

function report(figures: Figures): BenchOutcome {
  const { environment } = figures;
  const build = buildSection(figures.build);
  const load = loadSection(figures.loads, figures.build);
  const large = largeSection(figures.large, figures.nodeMs, figures.documentBytes);
  const stream = streamSection(figures.stream);
  const targets = [build.target, ...load.targets, ...large.targets, ...stream.targets];
  const load1 = (values: number[]) => values.map((v) => num(v)).join(" ");

  const text = [
    "Task pane — build, load in Chromium, masking 1 MB in the worker, restoration in the stream",
    `${environment.node} · Chromium ${environment.chromium} (headless, Debian) · ${environment.platform} · ${environment.cpu} · ${environment.logicalCpus} logical CPUs`,
    `Load average (1, 5, 15 min) at start: ${load1(environment.loadAverageAtStart)}; at end: ${load1(environment.loadAverageAtEnd)}.`,
    "",
    "1. Build report",
    ...build.lines,
    "",
    "2. Pane load in Chromium (gateway on 127.0.0.1 serving the build, dev token, browser.html?surface=word)",
    ...load.lines,
    "",
    "3. Masking a 1 MB document in the pane's Web Worker",
    ...large.lines,
    "",
    "4. Restoration in the stream (StreamRestorer.push, in Node)",
    ...stream.lines,
    "",
    "Targets",
    table(
      ["target", "figure", "result"],
      targets.map((t) => [t.target, t.figure, passMiss(t.pass)])
    ),
  ].join("\n");

  const json = {
    bench: "addin",
    date: new Date().toISOString(),
    environment,
    method: {
      loadRuns: LOAD_RUNS,
      largeDocumentBytes: figures.documentBytes,
      largeSessions: LARGE_SESSIONS,
      largePasses: LARGE_PASSES,
      nodeEngineRuns: NODE_ENGINE_RUNS,
      longTaskMs: LONG_TASK_MS,
      stream: STREAM,
    },
    build: {
      buildMs: figures.build.buildMs,
      initial: figures.build.initial,
      initialRawBytes: build.initialRaw,
      initialGzipBytes: build.initialGzip,
      lazy: figures.build.lazy,
    },
    load: { summary: load.figures, runs: figures.loads },
    largeDocument: {
      nodeMs: figures.nodeMs,
      nodeMedianMs: large.nodeMedian,
      sessions: figures.large.sessions,
    },
    stream: {
      setup: figures.stream.setup,
      chunksPerStream: figures.stream.chunksPerStream,
      splitMentionsPerStream: figures.stream.splitMentionsPerStream,
      restorePerChunkMs: stream.restore,
      appendPerChunkMs: stream.append,
      chunksOverBudgetDuringGc: stream.slowDuringGc,
      collections: figures.stream.collections,
      restoreStreamMedianMs: stream.restoreStream,
      appendStreamMedianMs: stream.appendStream,
    },
    targets,
  };
  return { text, json };
}

export const addinBench: BenchModule = {
  name: "addin",
  description:
    "the task pane: build sizes against the 250 KB budget, load in Chromium cold and warm, masking 1 MB in its worker, restoration per streamed chunk",
  run: runAddinBench,
};
