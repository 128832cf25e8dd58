import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  focusPane,
  hostFailure,
  hostValue,
  openHarness,
  paragraphs,
  placeCaretAfter,
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

const BODY = "compose-body";
const open = () => openHarness(harness, "surface=compose");
const bodyHtml = (page: Page) => page.locator('[data-testid="compose-body"]').innerHTML();

describe("Outlook, a message being written, in the browser host", () => {
  test("the pane is told it writes a message, with Outlook's compose capabilities", async () => {
    const { pane } = await open();
    const { context, capabilities } = await pane.evaluate(() => ({
      context: window.plumeHost!.context,
      capabilities: window.plumeHost!.capabilities,
    }));
    expect(context).toEqual({ app: "outlook", surface: "compose", displayLanguage: "fr-FR" });
    expect(capabilities).toEqual({
      insertAtCursor: true,
      replaceSelection: true,
      trackChanges: false,
      comment: false,
      reply: false,
      insertIntoDraft: true,
      readThread: false,
    });
  });

  test("the draft is a reply: the text, the '-- ' signature, then the quoted original", async () => {
    const { page } = await open();
    const texts = await paragraphs(page, BODY);
    const signature = texts.indexOf("-- ");
    const quoted = texts.indexOf("De : Sophie MARTIN <sophie.martin@example.org>");
    expect(texts[0]).toBe("Madame MARTIN,");
    expect(signature).toBeGreaterThan(0);
    expect(quoted).toBeGreaterThan(signature);
    expect(await page.locator('[data-testid="compose-subject"]').inputValue()).toMatch(/^RE: /);
  });

  test("readDocument gives the draft above the signature and the quoted original", async () => {
    const { pane } = await open();
    expect(await hostValue(pane, "readDocument")).toEqual({
      text: "Madame MARTIN,\nNous avons bien reçu vos pièces justificatives, je vous en remercie.",
      headingStarts: [],
    });
  });

  test("insertIntoDraft writes paragraphs at the end of the draft, above the signature and the quote", async () => {
    const { page, pane } = await open();
    await hostValue(
      pane,
      "insertIntoDraft",
      "Votre nouvelle carte sera prête sous trois semaines.\nCordialement,"
    );
    const texts = await paragraphs(page, BODY);
    const inserted = texts.indexOf("Votre nouvelle carte sera prête sous trois semaines.");
    expect(inserted).toBeGreaterThan(
      texts.indexOf("Nous avons bien reçu vos pièces justificatives, je vous en remercie.")
    );
    expect(texts[inserted + 1]).toBe("Cordialement,");
    expect(inserted).toBeLessThan(texts.indexOf("-- "));
    // The signature block and the quoted history are still whole, below the text.
    expect(await page.locator('[data-testid="signature"] p').first().textContent()).toBe("-- ");
    expect(
      await page
        .locator(
          '[data-testid="compose-body"] > [data-testid="signature"] + [data-testid="quoted-history"]'
        )
        .count()
    ).toBe(1);
    expect((await hostValue(pane, "readDocument")).text).toBe(
      "Madame MARTIN,\nNous avons bien reçu vos pièces justificatives, je vous en remercie.\n\n" +
        "Votre nouvelle carte sera prête sous trois semaines.\nCordialement,"
    );
  });

  test("insertIntoDraft in a new message writes above its signature", async () => {
    const { page, pane } = await open();
    await page.getByRole("button", { name: "Nouveau message" }).click();
    await hostValue(pane, "insertIntoDraft", "Vous êtes convoqué le 2 avril 2025 à 10 h.");
    const texts = await paragraphs(page, BODY);
    expect(texts.indexOf("Vous êtes convoqué le 2 avril 2025 à 10 h.")).toBeLessThan(
      texts.indexOf("-- ")
    );
    expect(
      await page.locator('[data-testid="compose-body"] [data-testid="quoted-history"]').count()
    ).toBe(0);
  });

  test("the selection made in the body is read once focus has moved into the pane", async () => {
    const { page, pane } = await open();
    await selectWithMouse(page, BODY, "vos pièces justificatives");
    await focusPane(page);
    expect(await hostValue(pane, "readSelection")).toBe("vos pièces justificatives");
  });

  test("insertAtCursor writes at the caret, further lines as paragraphs", async () => {
    const { page, pane } = await open();
    await placeCaretAfter(page, BODY, "Madame MARTIN,");
    await focusPane(page);
    await hostValue(pane, "insertAtCursor", "\nSuite à votre courriel du 12 mars,");
    const texts = await paragraphs(page, BODY);
    expect(texts.slice(0, 2)).toEqual(["Madame MARTIN,", "Suite à votre courriel du 12 mars,"]);
  });

  test("replaceSelection replaces the selected words; tracked changes are Word's, not Outlook's", async () => {
    const { page, pane } = await open();
    await selectWithMouse(page, BODY, "bien reçu");
    await focusPane(page);
    const before = await bodyHtml(page);
    expect((await hostFailure(pane, "replaceSelection", "reçu", { trackChanges: true })).code).toBe(
      "unsupported"
    );
    expect(await bodyHtml(page)).toBe(before);
    await hostValue(pane, "replaceSelection", "reçu ce jour", { trackChanges: false });
    expect(await paragraphs(page, BODY)).toContain(
      "Nous avons reçu ce jour vos pièces justificatives, je vous en remercie."
    );
  });

  test("replaceSelection without a selection fails with no-selection and changes nothing", async () => {
    const { page, pane } = await open();
    const before = await bodyHtml(page);
    expect((await hostFailure(pane, "replaceSelection", "x", { trackChanges: false })).code).toBe(
      "no-selection"
    );
    expect(await bodyHtml(page)).toBe(before);
  });

  test("what compose has not (comment, reply, thread) fails with unsupported", async () => {
    const { pane } = await open();
    for (const failure of [
      await hostFailure(pane, "addComment", "x"),
      await hostFailure(pane, "openReply", "x"),
      await hostFailure(pane, "readThread"),
    ]) {
      expect(failure.code).toBe("unsupported");
    }
  });
});
