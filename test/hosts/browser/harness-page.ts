/*
 * The browser host page in real Chromium, for tests. The page (browser.html and the harness bundle)
 * is built with esbuild into a temporary folder, beside a stand-in of the pane bundle that leaves the
 * host it creates on `window` (fixture-pane.ts), and served on loopback by a small static server. The
 * webpack build (dist/) is not needed: it is shared with the pane's own work and cleaned on each build.
 */
import { build } from "esbuild";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Frame, type Page } from "playwright-core";
import type { Host } from "../../../src/hosts/host.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));

const PANE_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="UTF-8"><title>Volet (test)</title>
<script type="module" src="fixture-pane.js"></script></head>
<body><button type="button">Volet Plume</button></body></html>`;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
};

export interface HarnessServer {
  /** The page's address at 127.0.0.1 (`path` such as "browser.html?surface=read"). */
  url(path: string): string;
  /** The same file from another origin (localhost), for what a foreign frame may try. */
  foreignUrl(path: string): string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the page into a temporary folder, serves it on loopback and starts Chromium. */
export async function startHarness(): Promise<HarnessServer> {
  const folder = await mkdtemp(join(tmpdir(), "plume-browser-host-"));
  await build({
    entryPoints: {
      browser: join(root, "src/hosts/browser/harness/index.ts"),
      "fixture-pane": join(root, "test/hosts/browser/fixture-pane.ts"),
    },
    bundle: true,
    format: "esm",
    target: "es2020",
    outdir: folder,
    logLevel: "silent",
  });
  // The page's template has no template syntax: HtmlWebpackPlugin only adds the bundle's script.
  const template = await readFile(join(root, "src/hosts/browser/harness/browser.html"), "utf8");
  await writeFile(
    join(folder, "browser.html"),
    template.replace("</head>", '<script type="module" src="browser.js"></script></head>')
  );
  await writeFile(join(folder, "browser-taskpane.html"), PANE_PAGE);
  await writeFile(join(folder, "foreign.html"), "<!doctype html><title>Ailleurs</title>");

  const server: Server = createServer(async (request, response) => {
    const path = normalize(
      decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)
    ).replace(/^[/\\]+/, "");
    try {
      const body = await readFile(join(folder, path));
      response.writeHead(200, {
        "content-type": TYPES[extname(path)] ?? "application/octet-stream",
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  return {
    url: (path) => `http://127.0.0.1:${port}/${path}`,
    foreignUrl: (path) => `http://localhost:${port}/${path}`,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** The pane's frame once its host is ready. */
export async function paneOf(page: Page): Promise<Frame> {
  const frame = await page.locator('[data-testid="taskpane"]').elementHandle();
  const pane = await frame?.contentFrame();
  if (pane === null || pane === undefined) throw new Error("no pane frame");
  await pane.waitForFunction(() => window.plumeHost !== undefined);
  return pane;
}

/** Opens browser.html (with `query`, such as "surface=read") and waits for the pane's host. */
export async function openHarness(
  harness: HarnessServer,
  query = ""
): Promise<{ page: Page; pane: Frame }> {
  const page = await harness.browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(harness.url(`browser.html${query === "" ? "" : `?${query}`}`));
  return { page, pane: await paneOf(page) };
}

type HostMethod = Exclude<keyof Host, "context" | "capabilities" | "readTheme" | "onThemeChange">;

export type CallOutcome<T> =
  { value: T } | { error: { name: string; code: string; limit?: number; message: string } };

/** Calls the host from inside the pane, as the pane does; a failure comes back as its HostError's fields. */
export async function callHost<M extends HostMethod>(
  pane: Frame,
  method: M,
  ...args: Parameters<Host[M]>
): Promise<CallOutcome<Awaited<ReturnType<Host[M]>>>> {
  return pane.evaluate(
    async ([name, values]) => {
      const host = window.plumeHost as unknown as Record<
        string,
        (...a: unknown[]) => Promise<unknown>
      >;
      try {
        return { value: await host[name]!(...values) };
      } catch (error) {
        const {
          name: errorName,
          code,
          limit,
          message,
        } = error as { name: string; code: string; limit?: number; message: string };
        return { error: { name: errorName, code, limit, message } };
      }
    },
    [method, args] as [string, unknown[]]
  ) as Promise<CallOutcome<Awaited<ReturnType<Host[M]>>>>;
}

/** The value of a call expected to succeed. */
export async function hostValue<M extends HostMethod>(
  pane: Frame,
  method: M,
  ...args: Parameters<Host[M]>
): Promise<Awaited<ReturnType<Host[M]>>> {
  const outcome = await callHost(pane, method, ...args);
  if ("error" in outcome)
    throw new Error(`${method} failed: ${outcome.error.code} ${outcome.error.message}`);
  return outcome.value;
}

/** The HostError code (and limit) of a call expected to fail. */
export async function hostFailure<M extends HostMethod>(
  pane: Frame,
  method: M,
  ...args: Parameters<Host[M]>
): Promise<{ code: string; limit?: number; name: string }> {
  const outcome = await callHost(pane, method, ...args);
  if (!("error" in outcome)) throw new Error(`${method} succeeded`);
  return outcome.error;
}

/**
 * Drags the mouse from the first character of `from` to the last of `to` (or of `from`), both found in
 * `testid`'s text, as a user selects: in the page, or in a frame of it (`within`), the frame's offset
 * then added. Text deep in a box that scrolls (the review's text) is brought to the middle first.
 */
export async function selectWithMouse(
  page: Page,
  testid: string,
  from: string,
  to = from,
  within: Page | Frame = page
): Promise<void> {
  const frame =
    within === page ? { x: 0, y: 0 } : await page.locator('[data-testid="taskpane"]').boundingBox();
  if (!frame) throw new Error("the task pane is not shown");
  const points = await within.evaluate(
    ([id, start, end]) => {
      const area = document.querySelector(`[data-testid="${id}"]`)!;
      const find = (text: string) => {
        const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const at = (node as Text).data.indexOf(text);
          if (at !== -1) return { node, at };
        }
        throw new Error(`"${text}" is not in ${id}`);
      };
      const first = find(start);
      const last = find(end);
      const charBox = (node: Node, offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      // The text may lie deep in a box that scrolls (the review's text does): bring it to the middle.
      for (let box = first.node.parentElement; box !== null; box = box.parentElement) {
        if (box === document.body || box === document.documentElement) continue;
        if (box.scrollHeight <= box.clientHeight) continue;
        const at = charBox(first.node, first.at).top - box.getBoundingClientRect().top;
        box.scrollTop += at - box.clientHeight / 2;
      }
      window.scrollBy(0, charBox(first.node, first.at).top - window.innerHeight / 2);
      const a = charBox(first.node, first.at);
      const b = charBox(last.node, last.at + end.length - 1);
      return {
        x1: a.left + 1,
        y1: a.top + a.height / 2,
        x2: b.right - 1,
        y2: b.top + b.height / 2,
      };
    },
    [testid, from, to] as const
  );
  await page.mouse.move(frame.x + points.x1, frame.y + points.y1);
  await page.mouse.down();
  await page.mouse.move(frame.x + points.x2, frame.y + points.y2, { steps: 8 });
  await page.mouse.up();
}

/** Clicks just after the last character of `text` in `testid`, leaving the caret there. */
export async function placeCaretAfter(page: Page, testid: string, text: string): Promise<void> {
  const point = await page.evaluate(
    ([id, wanted]) => {
      const area = document.querySelector(`[data-testid="${id}"]`)!;
      const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(wanted);
        if (at === -1) continue;
        node.parentElement!.scrollIntoView({ block: "center" });
        const range = document.createRange();
        range.setStart(node, at + wanted.length - 1);
        range.setEnd(node, at + wanted.length);
        const box = range.getBoundingClientRect();
        return { x: box.right - 1, y: box.top + box.height / 2 };
      }
      throw new Error(`"${wanted}" is not in ${id}`);
    },
    [testid, text] as const
  );
  await page.mouse.click(point.x, point.y);
}

/** Moves focus into the pane, as a user clicking in it does. */
export async function focusPane(page: Page): Promise<void> {
  const pane = page.frameLocator('[data-testid="taskpane"]');
  await pane.locator("button").click();
}

/** The texts of the blocks directly or deeply in `testid`, as the user reads them. */
export async function paragraphs(page: Page, testid: string): Promise<string[]> {
  return page.evaluate(
    (id) =>
      [...document.querySelectorAll(`[data-testid="${id}"] :is(p, h1, h2, h3)`)].map((block) => {
        const clone = block.cloneNode(true) as Element;
        clone.querySelectorAll("del").forEach((deleted) => deleted.remove());
        return clone.textContent ?? "";
      }),
    testid
  );
}
