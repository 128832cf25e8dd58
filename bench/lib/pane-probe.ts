/*
 * A recorder installed in the task pane's frame before any of its scripts runs: when the pane first
 * shows content, becomes usable, hands text to its worker and shows the review, and every long task
 * the frame sees. Times are on the frame's clock (ms since its navigation started).
 */
import type { BrowserContext, Frame } from "playwright-core";

/** The moments the probe marks, each at its first occurrence since the last reset. */
export type PaneMark =
  /** #root holds something: the page's static shell if it has one, else React's first render. */
  | "content"
  /** React has rendered into #root (its nodes carry React's fiber keys). */
  | "app"
  /** A task after the frame that first showed React's render: it has been painted. */
  | "app-painted"
  /** The home form is in the page with its submit button enabled. */
  | "interactive"
  /** The home form was submitted ("Continuer"). */
  | "submit"
  /** The browser host page answered a request (the document's text, here). */
  | "host-reply"
  /** The pane posted a request to the engine's worker. */
  | "worker-request"
  /** The worker's answer reached the pane (its message event is being dispatched). */
  | "worker-reply"
  /** The answer has been copied into the pane's heap (structured clone read on first access). */
  | "worker-data"
  /** The review screen's title is in the page. */
  | "review"
  /** A task after the frame that first showed the review: the review has been painted. */
  | "review-painted";

export interface LongTask {
  startMs: number;
  durationMs: number;
  /** Whose script the browser blames: "self" (the pane), "same-origin-ancestor" (the host page)... */
  attribution: string;
}

export interface PaneRecord {
  marks: Partial<Record<PaneMark, number>>;
  longTasks: LongTask[];
  /** The last request posted to the worker, by reference (no copy is made while timing). */
  workerRequest: unknown;
}

/** The record lives on the pane's window (named in full in each function run in the page). */
type ProbedWindow = Window & { __plumeBench?: PaneRecord };

/** Runs in every frame at document creation; records only in the task pane's page. */
function paneProbe(): void {
  if (!location.pathname.endsWith("/browser-taskpane.html")) return;
  const record: PaneRecord = { marks: {}, longTasks: [], workerRequest: null };
  (window as ProbedWindow).__plumeBench = record;
  const painted: Partial<Record<PaneMark, PaneMark>> = {
    app: "app-painted",
    review: "review-painted",
  };
  const mark = (name: PaneMark) => {
    if (record.marks[name] !== undefined) return;
    record.marks[name] = performance.now();
    const then = painted[name];
    // rAF runs before the frame's paint, the timeout after it.
    if (then) requestAnimationFrame(() => setTimeout(() => mark(then), 0));
  };
  const renderedByReact = (node: Element | null) =>
    node !== null && Object.keys(node).some((key) => key.startsWith("__reactFiber$"));

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      record.longTasks.push({
        startMs: entry.startTime,
        durationMs: entry.duration,
        attribution: entry.name,
      });
  }).observe({ type: "longtask", buffered: true });

  new MutationObserver(() => {
    const root = document.getElementById("root");
    if (root?.firstChild) mark("content");
    if (renderedByReact(root?.firstElementChild ?? null)) mark("app");
    const submit = document.querySelector<HTMLButtonElement>(
      "form[aria-labelledby=home-title] button[type=submit]"
    );
    if (submit && !submit.disabled) mark("interactive");
    if (document.getElementById("review-title")) mark("review");
  }).observe(document, { childList: true, subtree: true, attributes: true });

  addEventListener("submit", () => mark("submit"), true);
  addEventListener(
    "message",
    (event: MessageEvent<{ kind?: unknown } | null>) => {
      if (event.source === parent && event.data?.kind === "result") mark("host-reply");
    },
    true
  );
  const NativeWorker = Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      // Added before the pane sets onmessage, so it runs first. Chromium copies a message into the
      // receiving heap when its data is first read: reading it here times that copy on its own.
      this.addEventListener("message", (event) => {
        mark("worker-reply");
        void event.data;
        mark("worker-data");
      });
    }

    override postMessage(
      message: unknown,
      options?: StructuredSerializeOptions | Transferable[]
    ): void {
      mark("worker-request");
      record.workerRequest = (message as { request?: unknown } | null)?.request ?? null;
      if (Array.isArray(options)) super.postMessage(message, options);
      else super.postMessage(message, options);
    }
  };
}

/**
 * Installs the probe in every page of the context. tsx compiles with esbuild's keepNames, which
 * wraps named functions in a `__name()` helper of the module: the serialised probe (and any function
 * later evaluated in these pages) needs one in the page too.
 */
export async function installPaneProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({
    content: `var __name = (target) => target;\n(${paneProbe.toString()})();`,
  });
}

/** Forgets the marks and long tasks recorded so far, to time the next step alone. */
export async function resetPaneRecord(pane: Frame): Promise<void> {
  await pane.evaluate(() => {
    const record = (window as ProbedWindow).__plumeBench;
    if (!record) throw new Error("the pane probe is not installed");
    record.marks = {};
    record.longTasks = [];
  });
}

export async function paneRecord(pane: Frame): Promise<PaneRecord> {
  return pane.evaluate(() => {
    const record = (window as ProbedWindow).__plumeBench;
    if (!record) throw new Error("the pane probe is not installed");
    return record;
  });
}

/** Waits for a mark (the frame's clock time it happened at). */
export async function waitForMark(pane: Frame, name: PaneMark, timeoutMs: number): Promise<number> {
  const handle = await pane.waitForFunction(
    (mark) => (window as ProbedWindow).__plumeBench?.marks[mark],
    name,
    // Polled on a timer rather than every animation frame, to stay out of the frames being timed.
    { timeout: timeoutMs, polling: 50 }
  );
  return (await handle.jsonValue()) as number;
}

export interface PaneLoad {
  /** First contentful paint of the pane's frame, when Chromium reports one. */
  firstPaintMs: number | null;
  firstContentMs: number;
  /** React's first render in #root, in the DOM and then painted. */
  appMs: number;
  appPaintedMs: number;
  interactiveMs: number;
  /** How long after browser.html started loading the pane's frame started. */
  frameStartMs: number;
  /** Bytes over the network for the pane's page and everything it fetched (Resource Timing). */
  transferredBytes: number;
  /** Bodies as decoded, cache or network. */
  decodedBytes: number;
  requests: number;
  /** Requests answered from the HTTP cache without a byte on the network. */
  fromCache: number;
  /** The path of every request, in order. */
  paths: string[];
}

/** What loading the pane cost, read from the frame once it is interactive. */
export async function paneLoad(pane: Frame, pageTimeOrigin: number): Promise<PaneLoad> {
  const figures = await pane.evaluate(() => {
    const record = (window as ProbedWindow).__plumeBench;
    const entries = [
      ...performance.getEntriesByType("navigation"),
      ...performance.getEntriesByType("resource"),
    ] as PerformanceResourceTiming[];
    const paint = performance
      .getEntriesByType("paint")
      .find((entry) => entry.name === "first-contentful-paint");
    return {
      marks: record?.marks ?? {},
      firstPaintMs: paint?.startTime ?? null,
      timeOrigin: performance.timeOrigin,
      transferredBytes: entries.reduce((sum, entry) => sum + entry.transferSize, 0),
      decodedBytes: entries.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
      requests: entries.length,
      fromCache: entries.filter((entry) => entry.transferSize === 0 && entry.decodedBodySize > 0)
        .length,
      paths: entries.map((entry) => new URL(entry.name).pathname),
    };
  });
  const { content, app, interactive } = figures.marks;
  const appPainted = figures.marks["app-painted"];
  if (
    content === undefined ||
    app === undefined ||
    appPainted === undefined ||
    interactive === undefined
  )
    throw new Error("the pane was read before it was interactive");
  return {
    firstPaintMs: figures.firstPaintMs,
    firstContentMs: content,
    appMs: app,
    appPaintedMs: appPainted,
    interactiveMs: interactive,
    frameStartMs: figures.timeOrigin - pageTimeOrigin,
    transferredBytes: figures.transferredBytes,
    decodedBytes: figures.decodedBytes,
    requests: figures.requests,
    fromCache: figures.fromCache,
    paths: figures.paths,
  };
}
