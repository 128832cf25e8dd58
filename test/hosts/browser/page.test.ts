import { createRequire } from "node:module";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CHANNEL } from "../../../src/hosts/browser/protocol.ts";
import {
  focusPane,
  hostValue,
  openHarness,
  paneOf,
  selectWithMouse,
  startHarness,
  type HarnessServer,
} from "./harness-page.ts";

let harness: HarnessServer;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

/** Does `change` and waits for the pane it makes the page reload to have its host again. */
async function reloadingPane(
  page: Page,
  pane: Frame,
  change: () => Promise<unknown>
): Promise<Frame> {
  await Promise.all([page.waitForEvent("framenavigated", (frame) => frame === pane), change()]);
  return paneOf(page);
}

const paneContext = (pane: Frame) => pane.evaluate(() => window.plumeHost!.context);

/** Posts `message` from `from` to `to`'s window, then a probe; resolves once `to` has received the probe. */
async function postThenProbe(
  from: Frame,
  target: "parent" | "pane",
  to: Frame,
  message: unknown
): Promise<void> {
  await to.evaluate(() => {
    window.addEventListener("message", (event) => {
      if (event.data === "probe") document.documentElement.dataset.probed = "yes";
    });
  });
  await from.evaluate(
    ([where, data]) => {
      const window_ = where === "parent" ? window.parent : window.parent.frames[0]!;
      // Messages from one window to another arrive in order: the probe comes after the message.
      window_.postMessage(data, "*");
      window_.postMessage("probe", "*");
    },
    [target, message] as const
  );
  await to.waitForFunction(() => document.documentElement.dataset.probed === "yes");
}

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** axe-core's serious and critical findings on the page, the pane's frame left to the pane's own tests. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    // axe-core's script defines a global that has no type declaration here.
    const { axe } = window as unknown as {
      axe: { run(context: unknown): Promise<{ violations: { id: string; impact: string }[] }> };
    };
    const { violations } = await axe.run({ exclude: [['[data-testid="taskpane"]']] });
    return violations
      .filter(({ impact }) => impact === "serious" || impact === "critical")
      .map(({ id }) => id);
  });
}

describe("the browser host page", () => {
  test("switching surface reloads the pane on the new surface", async () => {
    const { page, pane } = await openHarness(harness);
    expect(await page.locator("#surface-document").isVisible()).toBe(true);

    const readPane = await reloadingPane(page, pane, () =>
      page.locator('[data-testid="surface-switch"]').getByLabel("Courriel reçu").check()
    );
    expect(await paneContext(readPane)).toEqual({
      app: "outlook",
      surface: "read",
      displayLanguage: "fr-FR",
    });
    expect(await page.locator('[data-testid="taskpane"]').getAttribute("src")).toBe(
      "browser-taskpane.html?app=outlook&surface=read"
    );
    expect(await page.locator("#surface-read").isVisible()).toBe(true);
    expect(await page.locator("#surface-document").isVisible()).toBe(false);

    const composePane = await reloadingPane(page, readPane, () =>
      page.locator('[data-testid="surface-switch"]').getByLabel("Courriel en rédaction").check()
    );
    expect((await paneContext(composePane)).surface).toBe("compose");
    expect(new URL(page.url()).searchParams.get("surface")).toBe("compose");
  });

  test("what the user wrote in one surface is still there after visiting another", async () => {
    const { page, pane } = await openHarness(harness);
    await hostValue(pane, "insertAtCursor", "Mention ajoutée. ");
    const switchTo = (label: string) =>
      page.locator('[data-testid="surface-switch"]').getByLabel(label).check();
    await reloadingPane(page, pane, () => switchTo("Courriel reçu"));
    const wordPane = await reloadingPane(page, pane, () => switchTo("Document Word"));
    expect(
      (await hostValue(wordPane, "readDocument")).text.startsWith("Mention ajoutée. PRÉFECTURE")
    ).toBe(true);
  });

  test("a theme change reaches the pane as Office's theme event, and the page follows it", async () => {
    const { page, pane } = await openHarness(harness);
    expect(await pane.evaluate(() => window.plumeHost!.readTheme())).toEqual({
      dark: false,
      bodyBackground: "#FFFFFF",
      bodyForeground: "#242424",
    });

    await page.locator('[data-testid="theme-control"]').selectOption("dark");
    await pane.waitForFunction(() => window.plumeThemes.length === 1);
    const dark = { dark: true, bodyBackground: "#292929", bodyForeground: "#FFFFFF" };
    expect(await pane.evaluate(() => window.plumeThemes)).toEqual([dark]);
    expect(await pane.evaluate(() => window.plumeHost!.readTheme())).toEqual(dark);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      "rgb(27, 27, 27)"
    );

    await page.locator('[data-testid="theme-control"]').selectOption("light");
    await pane.waitForFunction(() => window.plumeThemes.length === 2);
    expect(await pane.evaluate(() => window.plumeHost!.readTheme()?.dark)).toBe(false);
  });

  test("a change of Office's display language reopens the pane in that language", async () => {
    const { page, pane } = await openHarness(harness);
    const english = await reloadingPane(page, pane, () =>
      page.locator('[data-testid="language-control"]').selectOption("en-US")
    );
    expect(await paneContext(english)).toEqual({
      app: "word",
      surface: "document",
      displayLanguage: "en-US",
    });
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en-US");
  });

  test("the page opens in the state its address gives", async () => {
    const { page, pane } = await openHarness(harness, "surface=compose&theme=dark&lang=en-US");
    expect(await paneContext(pane)).toEqual({
      app: "outlook",
      surface: "compose",
      displayLanguage: "en-US",
    });
    expect(await pane.evaluate(() => window.plumeHost!.readTheme()?.dark)).toBe(true);
    expect(await page.locator('[data-testid="theme-control"]').inputValue()).toBe("dark");
    expect(await page.locator('[data-testid="language-control"]').inputValue()).toBe("en-US");
  });

  test("the pane opened alone fails with a clear error instead of waiting", async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.url("browser-taskpane.html?app=word&surface=document"));
    await page.waitForFunction(() => window.plumeHostFailure !== undefined);
    const failure = await page.evaluate(() => window.plumeHostFailure!);
    expect(failure).toMatchObject({ name: "HostError", code: "unsupported" });
    expect(failure.message).toContain("browser.html");
  });

  test("a pane from another origin gets no answer, and its requests are not carried out", async () => {
    const { page, pane } = await openHarness(harness);
    const before = await page.locator('[data-testid="document"]').innerHTML();
    // The pane's frame now shows the pane from another origin (localhost instead of 127.0.0.1).
    await Promise.all([
      page.waitForEvent("framenavigated", (frame) => frame === pane),
      page
        .locator('[data-testid="taskpane"]')
        .evaluate(
          (frame, url) => frame.setAttribute("src", url),
          harness.foreignUrl("browser-taskpane.html?handshakeTimeoutMs=200")
        ),
    ]);
    await pane.waitForFunction(() => window.plumeHostFailure !== undefined);
    expect(await pane.evaluate(() => window.plumeHostFailure!.code)).toBe("unsupported");

    const pageFrame = page.mainFrame();
    const request = {
      channel: CHANNEL,
      kind: "request",
      id: 1,
      method: "insertAtCursor",
      args: ["INTRUS"],
    };
    await postThenProbe(pane, "parent", pageFrame, request);
    expect(await page.locator('[data-testid="document"]').innerHTML()).toBe(before);
  });

  test("the pane ignores what another frame posts to it, such as a forged theme", async () => {
    const { page, pane } = await openHarness(harness);
    await page.evaluate((url) => {
      const frame = document.createElement("iframe");
      frame.src = url;
      frame.name = "foreign";
      document.body.append(frame);
      return new Promise<void>((resolve) => frame.addEventListener("load", () => resolve()));
    }, harness.foreignUrl("foreign.html"));
    const intruder = page.frame({ name: "foreign" })!;
    const forged = {
      channel: CHANNEL,
      kind: "theme",
      theme: { dark: true, bodyBackground: "#000000", bodyForeground: "#FFFFFF" },
    };
    await postThenProbe(intruder, "pane", pane, forged);
    expect(await pane.evaluate(() => window.plumeThemes)).toEqual([]);
    expect(await pane.evaluate(() => window.plumeHost!.readTheme()?.dark)).toBe(false);
  });

  test.each(["light", "dark"])(
    "axe-core finds nothing serious on any surface, marks and reply included (%s theme)",
    async (theme) => {
      const { page, pane } = await openHarness(harness, `theme=${theme}`);
      await selectWithMouse(page, "document", "Madame,");
      await focusPane(page);
      await hostValue(pane, "replaceSelection", "Chère Madame,", { trackChanges: true });
      await selectWithMouse(page, "document", "2 85 07 69 266 456 01");
      await focusPane(page);
      await hostValue(pane, "addComment", "Vérifier ce NIR.");
      expect(await seriousViolations(page)).toEqual([]);

      const { page: read, pane: readPane } = await openHarness(
        harness,
        `surface=read&theme=${theme}`
      );
      await hostValue(readPane, "openReply", "Madame,\nVotre dossier est complet.");
      expect(await seriousViolations(read)).toEqual([]);

      const { page: compose } = await openHarness(harness, `surface=compose&theme=${theme}`);
      expect(await seriousViolations(compose)).toEqual([]);
    }
  );
});
