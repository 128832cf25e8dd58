/*
 * The task pane in Debian's Chromium, opened in the browser host the gateway serves: how long it takes
 * to show and to become usable, cold and warm, and what masking a large document costs its main thread.
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import { chooseAction, paneFrame } from "../../test/e2e/support/plume.ts";
import {
  installPaneProbe,
  paneLoad,
  paneRecord,
  resetPaneRecord,
  waitForMark,
  type LongTask,
  type PaneLoad,
  type PaneMark,
  type PaneRecord,
} from "./pane-probe.ts";

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

const VIEWPORT = { width: 1280, height: 900 };
const LOAD_TIMEOUT_MS = 30_000;
const REVIEW_TIMEOUT_MS = 180_000;
/** Long tasks are still looked for this long after the review is painted. */
const AFTER_REVIEW_MS = 1_000;
/** Quiet time given to the host page after it has laid out the pasted document. */
const AFTER_PASTE_MS = 1_000;

interface Session {
  context: BrowserContext;
  page: Page;
  pane: Frame;
}

async function openSession(browser: Browser, url: string, state?: StorageState): Promise<Session> {
  const context = await browser.newContext({ viewport: VIEWPORT, storageState: state });
  await installPaneProbe(context);
  const page = await context.newPage();
  await page.goto(url);
  return { context, page, pane: await paneFrame(page) };
}

/**
 * What a returning user's browser holds: the charter acknowledged by the pane itself. Every measured
 * session starts from it, so that the pane opens on its home screen as it does after the first day.
 */
export async function returningUserState(browser: Browser, url: string): Promise<StorageState> {
  const { context, pane } = await openSession(browser, url);
  try {
    await pane.getByRole("button", { name: /J'ai lu/ }).click();
    await pane.locator("form[aria-labelledby=home-title]").waitFor();
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/** The pane's figures once interactive and once the network is quiet (the worker's script included). */
async function loaded(page: Page): Promise<PaneLoad> {
  const pane = await paneFrame(page);
  await waitForMark(pane, "interactive", LOAD_TIMEOUT_MS);
  await page.waitForLoadState("networkidle");
  return paneLoad(pane, await page.evaluate(() => performance.timeOrigin));
}

export interface LoadRun {
  /** A new browser context: empty HTTP cache. */
  cold: PaneLoad;
  /** The same page reloaded: bundles from the cache. */
  warm: PaneLoad;
}

/** Opens the pane in a new context, then reloads it in the same one. */
export async function loadPane(
  browser: Browser,
  url: string,
  state: StorageState
): Promise<LoadRun> {
  const { context, page } = await openSession(browser, url, state);
  try {
    const cold = await loaded(page);
    await page.reload();
    return { cold, warm: await loaded(page) };
  } finally {
    await context.close();
  }
}

/** Where the time of one "summarise the whole document" goes, up to the painted review. */
const REVIEW_PHASES: ReadonlyArray<{
  id: string;
  label: string;
  from: PaneMark;
  to: PaneMark | null;
}> = [
  { id: "reading", label: "document read from the host page", from: "submit", to: "host-reply" },
  { id: "handing", label: "text posted to the worker", from: "host-reply", to: "worker-request" },
  { id: "worker", label: "engine in the worker", from: "worker-request", to: "worker-reply" },
  {
    id: "copy",
    label: "result copied into the pane",
    from: "worker-reply",
    to: "worker-data",
  },
  {
    id: "react",
    label: "result handled, review rendered by React",
    from: "worker-data",
    to: "review",
  },
  { id: "paint", label: "review styled, laid out, painted", from: "review", to: "review-painted" },
  {
    id: "after",
    label: `after the paint (${AFTER_REVIEW_MS / 1000} s)`,
    from: "review-painted",
    to: null,
  },
];

export interface PhasedTask extends LongTask {
  /** Start, in ms after the form was submitted. */
  atMs: number;
  phase: string;
}

export interface ReviewPass {
  /** From "Continuer" to the review's title in the page. */
  toReviewMs: number;
  toPaintedMs: number;
  /** Each phase's duration, by id. */
  phasesMs: Record<string, number>;
  /** Long tasks seen by the pane's frame between the click and a second after the painted review. */
  longTasks: PhasedTask[];
  /** Characters of the document text handed to the worker. */
  sourceChars: number;
  /** The review's counts by type, as shown. */
  counts: string;
}

export interface LargeReview {
  /** The phases each pass is cut into, in order. */
  phases: Array<{ id: string; label: string }>;
  /** How long after the painted review long tasks are still counted. */
  afterReviewMs: number;
  /** The request the pane posted to its worker, to run the same one outside the browser. */
  request: unknown;
  /** Per session: the first pass (the worker's first text) and those after it. */
  sessions: ReviewPass[][];
}

function phased(record: PaneRecord): PhasedTask[] {
  const { marks } = record;
  const submit = marks.submit!;
  const end = marks["review-painted"]! + AFTER_REVIEW_MS;
  return record.longTasks
    .filter((task) => task.startMs + task.durationMs > submit && task.startMs < end)
    .map((task) => {
      // A task under way at the click belongs to the first phase.
      const phase =
        [...REVIEW_PHASES].reverse().find(({ from }) => task.startMs >= marks[from]!) ??
        REVIEW_PHASES[0]!;
      return {
        ...task,
        atMs: task.startMs - submit,
        phase: phase.id,
      };
    });
}

async function reviewOnce(pane: Frame): Promise<{ pass: ReviewPass; request: unknown }> {
  await resetPaneRecord(pane);
  await chooseAction(pane, /^Résumer/, { source: "Tout le document" });
  await waitForMark(pane, "review-painted", REVIEW_TIMEOUT_MS);
  await sleep(AFTER_REVIEW_MS);
  const record = await paneRecord(pane);
  const { marks, workerRequest } = record;
  const missing = REVIEW_PHASES.flatMap(({ from }) => (marks[from] === undefined ? [from] : []));
  if (missing.length) throw new Error(`the pane never reached: ${missing.join(", ")}`);
  const phasesMs = Object.fromEntries(
    REVIEW_PHASES.filter(({ to }) => to !== null).map(({ id, from, to }) => [
      id,
      marks[to!]! - marks[from]!,
    ])
  );
  const texts = (workerRequest as { texts?: unknown } | null)?.texts;
  const source = Array.isArray(texts) && typeof texts[0] === "string" ? texts[0] : "";
  const pass: ReviewPass = {
    toReviewMs: marks.review! - marks.submit!,
    toPaintedMs: marks["review-painted"]! - marks.submit!,
    phasesMs,
    longTasks: phased(record),
    sourceChars: source.length,
    counts: (await pane.getByTestId("review-counts").locator("li").allTextContents()).join(", "),
  };
  await pane.getByRole("button", { name: "Retour" }).click();
  await pane.locator("form[aria-labelledby=home-title]").waitFor();
  return { pass, request: workerRequest };
}

/**
 * Puts `text` in the host page's paste box and opens it as a new Word document with the page's own
 * button. The value is set as a paste sets it: Playwright's fill() types a megabyte for minutes.
 */
async function pasteAsNewDocument(page: Page, text: string): Promise<void> {
  await page.getByText("Coller un texte comme nouveau document").click();
  await page.locator("#paste-text").evaluate((box: HTMLTextAreaElement, value) => {
    box.value = value;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
  await page.getByRole("button", { name: "Ouvrir comme nouveau document" }).click();
}

/**
 * Pastes `text` into the browser host as a new Word document, then summarises the whole document
 * `passes` times in each of `sessions` new contexts, stopping at the review each time.
 */
export async function reviewLargeDocument(
  browser: Browser,
  url: string,
  state: StorageState,
  text: string,
  options: { sessions: number; passes: number }
): Promise<LargeReview> {
  const result: LargeReview = {
    phases: REVIEW_PHASES.map(({ id, label }) => ({ id, label })),
    afterReviewMs: AFTER_REVIEW_MS,
    request: null,
    sessions: [],
  };
  for (let s = 0; s < options.sessions; s++) {
    const { context, page, pane } = await openSession(browser, url, state);
    try {
      await waitForMark(pane, "interactive", LOAD_TIMEOUT_MS);
      await pasteAsNewDocument(page, text);
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
      );
      await sleep(AFTER_PASTE_MS);
      const passes: ReviewPass[] = [];
      for (let p = 0; p < options.passes; p++) {
        const { pass, request } = await reviewOnce(pane);
        passes.push(pass);
        result.request ??= request;
      }
      result.sessions.push(passes);
    } finally {
      await context.close();
    }
  }
  return result;
}
