/*
 * Plume end to end: the gateway (with the Mistral stand-in behind it) serving the production build,
 * Debian's Chromium opening the browser host, and the real task pane in its frame.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Frame,
  type Page,
} from "playwright-core";
import { afterAll, afterEach, beforeAll, inject } from "vitest";
import type { ConfigInput } from "../../../src/gateway/config/schema.ts";
import { startGatewayFixture, type GatewayFixture } from "../../gateway/support/gateway-fixture.ts";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export type Surface = "document" | "read" | "compose";

export interface PlumeOptions {
  policy?: ConfigInput["policy"];
  surface?: Surface;
  theme?: "light" | "dark";
  lang?: "fr-FR" | "en-US";
  /** Accept the charter on opening (default true). */
  acceptCharter?: boolean;
  viewport?: { width: number; height: number };
}

export interface PlumeSession {
  fixture: GatewayFixture;
  context: BrowserContext;
  page: Page;
  /** The task pane's frame. */
  pane: Frame;
  /** Every byte the Mistral stand-in received, decoded. */
  receivedByModel(): string;
  close(): Promise<void>;
}

/**
 * The lifecycle every end-to-end file shares: one Chromium for the file, and the Plume session a test
 * opens closed after it. Call at the top level of a test file.
 */
export function usePlume(): {
  open(options?: PlumeOptions): Promise<PlumeSession>;
  browser(): Browser;
} {
  let browser: Browser | undefined;
  let session: PlumeSession | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });
  const started = () => {
    if (!browser) throw new Error("usePlume(): Chromium is started in beforeAll");
    return browser;
  };
  return {
    async open(options) {
      await session?.close();
      session = await openPlume(started(), options);
      return session;
    },
    browser: started,
  };
}

/** The surface of the browser host each Office surface is imitated on. */
const PAGE_SURFACE: Record<Surface, string> = {
  document: "word",
  read: "read",
  compose: "compose",
};

/** Opens the browser host on a gateway of its own, the pane ready on its first screen. */
export async function openPlume(
  browser: Browser,
  options: PlumeOptions = {}
): Promise<PlumeSession> {
  const fixture = await startGatewayFixture(options.policy ?? {}, {
    server: { addinDir: inject("addinDir") },
    publishDevToken: true,
  });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const query = new URLSearchParams({
    surface: PAGE_SURFACE[options.surface ?? "document"],
    theme: options.theme ?? "light",
    lang: options.lang ?? "fr-FR",
  });
  await page.goto(`${fixture.url}/browser.html?${query}`);
  const pane = await paneFrame(page);
  if (options.acceptCharter ?? true) {
    await pane.getByRole("button", { name: /J'ai lu|I have read/ }).click();
    await pane.locator("form[aria-labelledby=home-title]").waitFor();
  }
  return {
    fixture,
    context,
    page,
    pane,
    receivedByModel: () => fixture.standIn.receivedBytes().toString("utf8"),
    async close() {
      await context.close();
      await fixture.close();
    },
  };
}

/** The pane's frame, once the pane has rendered something. */
export async function paneFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('[data-testid="taskpane"]').elementHandle();
  const pane = await handle?.contentFrame();
  if (!pane) throw new Error("no task pane frame");
  await pane.locator("#root *").first().waitFor();
  return pane;
}

/** Picks an action on the first screen, and optionally its source, then continues to the review. */
export async function chooseAction(
  pane: Frame,
  action: RegExp | string,
  options: {
    source?: RegExp | string;
    fill?: Record<string, string>;
    select?: Record<string, string>;
  } = {}
): Promise<void> {
  await pane.getByRole("radio", { name: action }).check();
  if (options.source) await pane.getByRole("radio", { name: options.source }).check();
  for (const [label, value] of Object.entries(options.select ?? {}))
    await pane.getByLabel(label).selectOption(value);
  for (const [label, value] of Object.entries(options.fill ?? {}))
    await pane.getByLabel(label).fill(value);
  await pane.getByRole("button", { name: /^(Continuer|Continue)$/ }).click();
}

/** Sends from the review screen and waits for the answer to be complete. */
export async function sendAndWait(pane: Frame): Promise<string> {
  await pane.getByRole("button", { name: /^(Envoyer|Send)$/ }).click();
  await pane.getByText(/Réponse terminée|Answer complete/).waitFor();
  return (await pane.getByTestId("answer").textContent()) ?? "";
}

/**
 * Pastes `text` into the page's "paste as new document" form with the clipboard, as a user would
 * (fill() types it instead: minutes for a megabyte), opens it, and waits for its last paragraph.
 */
export async function pasteAsNewDocument(session: PlumeSession, text: string): Promise<void> {
  const { page, context } = session;
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.getByText("Coller un texte comme nouveau document").click();
  await page.getByLabel(/Texte à ouvrir/).focus();
  await page.keyboard.press("Control+V");
  await page.getByRole("button", { name: "Ouvrir comme nouveau document" }).click();
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  const last = page
    .getByTestId("document")
    .locator(":scope > *")
    .nth(lines.length - 1);
  await last.waitFor();
  if ((await last.textContent()) !== lines.at(-1)!.replace(/^#{1,3}\s+/, ""))
    throw new Error("the pasted document does not end as the text does");
}
