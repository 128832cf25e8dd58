import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  focusPane,
  hostFailure,
  hostValue,
  openHarness,
  paragraphs,
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

const open = () => openHarness(harness, "surface=read");

describe("Outlook, a message being read, in the browser host", () => {
  test("the pane is told it reads a message, with Outlook's read capabilities", async () => {
    const { pane } = await open();
    const { context, capabilities } = await pane.evaluate(() => ({
      context: window.plumeHost!.context,
      capabilities: window.plumeHost!.capabilities,
    }));
    expect(context).toEqual({ app: "outlook", surface: "read", displayLanguage: "fr-FR" });
    expect(capabilities).toEqual({
      insertAtCursor: false,
      replaceSelection: false,
      trackChanges: false,
      comment: false,
      reply: true,
      insertIntoDraft: false,
      readThread: true,
    });
  });

  test("the page shows the thread with its quoted history in French Outlook's words", async () => {
    const { page } = await open();
    const texts = await paragraphs(page, "message-body");
    expect(texts[0]).toBe("Bonjour Monsieur LEROY,");
    for (const field of ["De :", "Envoyé :", "À :", "Objet :"]) {
      expect(texts.filter((text) => text.startsWith(field))).toHaveLength(2);
    }
  });

  test("readDocument gives the newest message without the quoted history", async () => {
    const { pane } = await open();
    const { text, headingStarts } = await hostValue(pane, "readDocument");
    expect(text.startsWith("Bonjour Monsieur LEROY,\n")).toBe(true);
    expect(text.endsWith("Sophie MARTIN\n12 rue des Lilas, 69003 Lyon")).toBe(true);
    expect(text).not.toMatch(/De :|Envoyé :|Votre demande est bien enregistrée/);
    expect(headingStarts).toEqual([]);
  });

  test("readThread gives the whole thread, each quoted message starting a part", async () => {
    const { pane } = await open();
    const { text, headingStarts } = await hostValue(pane, "readThread");
    expect(text).toContain("Merci pour votre réponse rapide.");
    expect(text).toContain("Envoyé : mardi 11 mars 2025 16:05");
    expect(text).toContain("FR76 3000 4012 3400 0123 4567 862");
    expect(headingStarts.map((start) => text.slice(start).split("\n")[0])).toEqual([
      "De : Paul LEROY <paul.leroy@rhone.example.org>",
      "De : Sophie MARTIN <sophie.martin@example.org>",
    ]);
  });

  test("Outlook gives no selection in a message being read, even with text selected", async () => {
    const { page, pane } = await open();
    await selectWithMouse(page, "message-body", "Merci pour votre réponse rapide.");
    await focusPane(page);
    expect(await hostValue(pane, "readSelection")).toBe("");
  });

  test("openReply opens a reply form: the text, the signature, then the message quoted", async () => {
    const { page, pane } = await open();
    const replyView = page.locator('[data-testid="reply-view"]');
    expect(await replyView.isVisible()).toBe(false);

    await hostValue(pane, "openReply", "Madame,\nVotre dossier est complet.\nCordialement,");
    expect(await replyView.isVisible()).toBe(true);
    expect(await page.locator('[data-testid="reply-subject"]').textContent()).toBe(
      "RE: Renouvellement de ma carte d'identité — dossier 2025-0173"
    );
    expect(await page.locator('[data-testid="reply-to"]').textContent()).toBe(
      "Sophie MARTIN <sophie.martin@example.org>"
    );
    const texts = await paragraphs(page, "reply-body");
    expect(texts.slice(0, 3)).toEqual(["Madame,", "Votre dossier est complet.", "Cordialement,"]);
    const signature = texts.indexOf("-- ");
    const quoted = texts.indexOf("De : Sophie MARTIN <sophie.martin@example.org>");
    expect(signature).toBeGreaterThan(2);
    expect(quoted).toBeGreaterThan(signature);
    expect(texts[quoted + 4]).toBe(
      "Objet : RE: Renouvellement de ma carte d'identité — dossier 2025-0173"
    );
    expect(texts).toContain("Bonjour Monsieur LEROY,");
    // The message itself is left as it was.
    expect((await paragraphs(page, "message-body"))[0]).toBe("Bonjour Monsieur LEROY,");
  });

  test("a reply over Outlook's 32 KB fails with too-long, and no form opens", async () => {
    const { page, pane } = await open();
    const failure = await hostFailure(pane, "openReply", "a".repeat(33_000));
    expect(failure).toMatchObject({ name: "HostError", code: "too-long", limit: 32 * 1024 });
    expect(await page.locator('[data-testid="reply-view"]').isVisible()).toBe(false);
  });

  test("discarding the reply closes its form", async () => {
    const { page, pane } = await open();
    await hostValue(pane, "openReply", "Brouillon.");
    await page.getByRole("button", { name: "Abandonner la réponse" }).click();
    expect(await page.locator('[data-testid="reply-view"]').isVisible()).toBe(false);
  });

  test("writing into the message fails with unsupported", async () => {
    const { pane } = await open();
    for (const failure of [
      await hostFailure(pane, "insertAtCursor", "x"),
      await hostFailure(pane, "replaceSelection", "x", { trackChanges: false }),
      await hostFailure(pane, "addComment", "x"),
      await hostFailure(pane, "insertIntoDraft", "x"),
    ]) {
      expect(failure.code).toBe("unsupported");
    }
  });
});
