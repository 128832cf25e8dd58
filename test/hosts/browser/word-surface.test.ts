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

const DOCUMENT = "document";
const documentHtml = (page: Page) => page.locator('[data-testid="document"]').innerHTML();

describe("Word in the browser host", () => {
  test("the pane is told it runs in Word's document, with Word's capabilities", async () => {
    const { pane } = await openHarness(harness);
    const { context, capabilities } = await pane.evaluate(() => ({
      context: window.plumeHost!.context,
      capabilities: window.plumeHost!.capabilities,
    }));
    expect(context).toEqual({ app: "word", surface: "document", displayLanguage: "fr-FR" });
    expect(capabilities).toEqual({
      insertAtCursor: true,
      replaceSelection: true,
      trackChanges: true,
      comment: true,
      reply: false,
      insertIntoDraft: false,
      readThread: false,
    });
  });

  test("readDocument gives the letter's text, paragraph by paragraph, with where its headings start", async () => {
    const { page, pane } = await openHarness(harness);
    const document = await hostValue(pane, "readDocument");
    expect(document.text.split("\n")).toEqual(await paragraphs(page, DOCUMENT));
    expect(
      document.headingStarts.map((start) => document.text.slice(start).split("\n")[0])
    ).toEqual([
      "Objet : renouvellement de votre carte nationale d'identité (dossier n° 2025-0173)",
      "Pièces à fournir",
      "Voies et délais de recours",
    ]);
  });

  test("the case-file sample reads with its EN FAIT / EN DROIT structure", async () => {
    const { page, pane } = await openHarness(harness);
    await page.getByRole("button", { name: "Extrait d'arrêt" }).click();
    const document = await hostValue(pane, "readDocument");
    const headings = document.headingStarts.map(
      (start) => document.text.slice(start).split("\n")[0]
    );
    expect(headings).toEqual([
      "COUR D'APPEL DE LYON — 8e chambre",
      "APPELANTE",
      "INTIMÉ",
      "EN FAIT",
      "EN DROIT",
      "Sur l'obligation de délivrance",
      "Sur la réduction du loyer",
      "PAR CES MOTIFS",
    ]);
    expect(document.text).toContain("N° RG 21/04567");
    expect(document.text).toContain("pourvoi n° Y 19-19.463");
  });

  test("pasted text opens as a new document, '#' lines as headings", async () => {
    const { page, pane } = await openHarness(harness);
    await page.getByText("Coller un texte comme nouveau document").click();
    await page
      .getByLabel(/Texte à ouvrir/)
      .fill("# Note\nPremier paragraphe.\n\n## Suite\nSecond paragraphe.");
    await page.getByRole("button", { name: "Ouvrir comme nouveau document" }).click();
    expect(await hostValue(pane, "readDocument")).toEqual({
      text: "Note\nPremier paragraphe.\nSuite\nSecond paragraphe.",
      headingStarts: [0, 25],
    });
  });

  test("the selection made with the mouse is still read once focus has moved into the pane", async () => {
    const { page, pane } = await openHarness(harness);
    expect(await hostValue(pane, "readSelection")).toBe("");
    await selectWithMouse(page, DOCUMENT, "Madame Sophie MARTIN", "69003 Lyon");
    await focusPane(page);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("IFRAME");
    expect(await hostValue(pane, "readSelection")).toBe(
      "Madame Sophie MARTIN\n12 rue des Lilas\n69003 Lyon"
    );
  });

  test("reading changes nothing in the document", async () => {
    const { page, pane } = await openHarness(harness);
    const before = await documentHtml(page);
    await selectWithMouse(page, DOCUMENT, "Madame,");
    await focusPane(page);
    await hostValue(pane, "readSelection");
    await hostValue(pane, "readDocument");
    expect(await documentHtml(page)).toBe(before);
  });

  test("insertAtCursor writes at the caret, each further line a paragraph of its own", async () => {
    const { page, pane } = await openHarness(harness);
    await placeCaretAfter(page, DOCUMENT, "Madame,");
    await focusPane(page);
    await hostValue(pane, "insertAtCursor", "\nPremière ligne insérée.\nSeconde ligne insérée.");
    const texts = await paragraphs(page, DOCUMENT);
    const at = texts.indexOf("Madame,");
    expect(texts.slice(at, at + 4)).toEqual([
      "Madame,",
      "Première ligne insérée.",
      "Seconde ligne insérée.",
      expect.stringMatching(/^Vous avez sollicité/),
    ]);
    // The caret moved past the text: a second insertion follows the first.
    await hostValue(pane, "insertAtCursor", " Suite.");
    expect((await paragraphs(page, DOCUMENT))[at + 2]).toBe("Seconde ligne insérée. Suite.");
  });

  test("insertAtCursor in a document never clicked writes at its start, as Word's caret is there", async () => {
    const { page, pane } = await openHarness(harness);
    await hostValue(pane, "insertAtCursor", "En tête : ");
    expect((await paragraphs(page, DOCUMENT))[0]).toBe("En tête : PRÉFECTURE DU RHÔNE");
  });

  test("insertAtCursor after a selection leaves the selection as it was", async () => {
    const { page, pane } = await openHarness(harness);
    await selectWithMouse(page, DOCUMENT, "Lyon, le 12 mars 2025");
    await focusPane(page);
    await hostValue(pane, "insertAtCursor", " (copie)");
    expect(await paragraphs(page, DOCUMENT)).toContain("Lyon, le 12 mars 2025 (copie)");
    expect(await hostValue(pane, "readSelection")).toBe("Lyon, le 12 mars 2025");
  });

  test("replaceSelection replaces the selected text, and the new text becomes the selection", async () => {
    const { page, pane } = await openHarness(harness);
    await selectWithMouse(page, DOCUMENT, "Madame,");
    await focusPane(page);
    await hostValue(pane, "replaceSelection", "Chère Madame,", { trackChanges: false });
    const texts = await paragraphs(page, DOCUMENT);
    expect(texts).toContain("Chère Madame,");
    expect(texts).not.toContain("Madame,");
    expect(await page.locator('[data-testid="document"] :is(del, ins)').count()).toBe(0);
    expect(await hostValue(pane, "readSelection")).toBe("Chère Madame,");
  });

  test("replaceSelection across paragraphs joins them around the new text", async () => {
    const { page, pane } = await openHarness(harness);
    await selectWithMouse(page, DOCUMENT, "12 rue des Lilas", "69003");
    await focusPane(page);
    await hostValue(pane, "replaceSelection", "8 place Bellecour, 69002", { trackChanges: false });
    const texts = await paragraphs(page, DOCUMENT);
    expect(texts).toContain("8 place Bellecour, 69002 Lyon");
    expect(texts).not.toContain("12 rue des Lilas");
  });

  test("replaceSelection with trackChanges shows Plume's revisions: old text struck, new text underlined", async () => {
    const { page, pane } = await openHarness(harness);
    await selectWithMouse(page, DOCUMENT, "salutations distinguées");
    await focusPane(page);
    await hostValue(pane, "replaceSelection", "salutations les meilleures", { trackChanges: true });

    const deletion = page.locator('[data-testid="tracked-deletion"]');
    const insertion = page.locator('[data-testid="tracked-insertion"]');
    expect(await deletion.textContent()).toBe("salutations distinguées");
    expect(await insertion.textContent()).toBe("salutations les meilleures");
    expect(await deletion.getAttribute("data-author")).toBe("Plume");
    expect(await insertion.getAttribute("data-author")).toBe("Plume");
    expect(await deletion.evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe(
      "line-through"
    );
    expect(
      await insertion.evaluate((element) => getComputedStyle(element).textDecorationLine)
    ).toBe("underline");
    // The deletion comes first, then the insertion, as Word shows them.
    expect(
      await page
        .locator('[data-testid="tracked-deletion"] + [data-testid="tracked-insertion"]')
        .count()
    ).toBe(1);

    const { text } = await hostValue(pane, "readDocument");
    expect(text).toContain("l'expression de mes salutations les meilleures.");
    expect(text).not.toContain("distinguées");
  });

  test("a tracked replacement over several lines writes each as an underlined paragraph", async () => {
    const { page, pane } = await openHarness(harness);
    await selectWithMouse(page, DOCUMENT, "Madame,");
    await focusPane(page);
    await hostValue(pane, "replaceSelection", "Madame la requérante,\nVotre dossier est complet.", {
      trackChanges: true,
    });
    expect(await page.locator('[data-testid="tracked-insertion"]').allTextContents()).toEqual([
      "Madame la requérante,",
      "Votre dossier est complet.",
    ]);
    const texts = await paragraphs(page, DOCUMENT);
    const at = texts.indexOf("Madame la requérante,");
    expect(texts[at + 1]).toBe("Votre dossier est complet.");
  });

  test("addComment highlights the selection and puts Plume's comment beside it in the margin", async () => {
    const { page, pane } = await openHarness(harness);
    await selectWithMouse(page, DOCUMENT, "2 85 07 69 266 456 01");
    await focusPane(page);
    await hostValue(pane, "addComment", "Vérifier ce NIR auprès de l'INSEE.");

    const anchor = page.locator('[data-testid="comment-anchor"]');
    expect(await anchor.allTextContents()).toEqual(["2 85 07 69 266 456 01"]);
    const comment = page.locator('[data-testid="comments"] [data-testid="comment"]');
    expect(await comment.count()).toBe(1);
    expect(await comment.locator(".comment-author").textContent()).toBe("Plume");
    expect(await comment.locator(".comment-text").textContent()).toBe(
      "Vérifier ce NIR auprès de l'INSEE."
    );
    // Level with the text it is about, as Word's balloons are.
    const anchorBox = (await anchor.boundingBox())!;
    const commentBox = (await comment.boundingBox())!;
    expect(Math.abs(commentBox.y - anchorBox.y)).toBeLessThan(anchorBox.height);
    expect(commentBox.x).toBeGreaterThan(anchorBox.x);
    // The comment leaves the text as it was.
    expect((await hostValue(pane, "readDocument")).text).toContain(
      ", 2 85 07 69 266 456 01, ne correspond pas"
    );
  });

  test("comments stack in the text's order without overlapping", async () => {
    const { page, pane } = await openHarness(harness);
    await selectWithMouse(page, DOCUMENT, "Claire DUBOIS");
    await focusPane(page);
    await hostValue(pane, "addComment", "Signataire à confirmer.");
    await selectWithMouse(page, DOCUMENT, "Madame Sophie MARTIN");
    await focusPane(page);
    await hostValue(pane, "addComment", "Destinataire.");
    await selectWithMouse(page, DOCUMENT, "12 rue des Lilas");
    await focusPane(page);
    await hostValue(pane, "addComment", "Adresse à vérifier.");
    const cards = page.locator('[data-testid="comment"]');
    expect(await cards.locator(".comment-text").allTextContents()).toEqual([
      "Destinataire.",
      "Adresse à vérifier.",
      "Signataire à confirmer.",
    ]);
    const [first, second] = [
      (await cards.nth(0).boundingBox())!,
      (await cards.nth(1).boundingBox())!,
    ];
    expect(second.y).toBeGreaterThanOrEqual(first.y + first.height);
  });

  test("replace and comment without a selection fail with no-selection and change nothing", async () => {
    const { page, pane } = await openHarness(harness);
    await placeCaretAfter(page, DOCUMENT, "Madame,");
    await focusPane(page);
    const before = await documentHtml(page);
    expect((await hostFailure(pane, "replaceSelection", "x", { trackChanges: false })).code).toBe(
      "no-selection"
    );
    expect((await hostFailure(pane, "replaceSelection", "x", { trackChanges: true })).code).toBe(
      "no-selection"
    );
    expect((await hostFailure(pane, "addComment", "x")).code).toBe("no-selection");
    expect(await documentHtml(page)).toBe(before);
    expect(await page.locator('[data-testid="comment"]').count()).toBe(0);
  });

  test("what Word has not (thread, reply, draft) fails with unsupported, as a HostError", async () => {
    const { pane } = await openHarness(harness);
    for (const failure of [
      await hostFailure(pane, "readThread"),
      await hostFailure(pane, "openReply", "x"),
      await hostFailure(pane, "insertIntoDraft", "x"),
    ]) {
      expect(failure).toMatchObject({ name: "HostError", code: "unsupported" });
    }
  });

  test("opening another sample forgets the selection and the comments", async () => {
    const { page, pane } = await openHarness(harness);
    await selectWithMouse(page, DOCUMENT, "Madame,");
    await focusPane(page);
    await hostValue(pane, "addComment", "À revoir.");
    await page.getByRole("button", { name: "Extrait d'arrêt" }).click();
    await focusPane(page);
    expect(await hostValue(pane, "readSelection")).toBe("");
    expect(await page.locator('[data-testid="comment"]').count()).toBe(0);
  });
});
