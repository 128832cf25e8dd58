import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { placeCaretAfter, selectWithMouse } from "../hosts/browser/harness-page.ts";
import {
  areaText,
  ask,
  expectSent,
  markup,
  recordChatRequests,
  useAnswer,
  type Answer,
  type SentChat,
} from "./support/flows.ts";
import { type PlumeSession, usePlume } from "./support/plume.ts";

/*
 * Every Word action, from the text the user selects with the mouse (or the whole letter) to the answer
 * landing in the document: what left holds only placeholders, what lands holds the originals, and the
 * document stays as it was until the user clicks a button of the result.
 */

const plume = usePlume();
let session: PlumeSession | undefined;

const DOCUMENT = "document";
/** The selection made in the letter: recipient, subject, and the paragraphs with the dossier and NIR. */
const SELECTION = { from: "Madame Sophie MARTIN", to: "née le 14 juillet 1985." };
/** Where the caret is put for what is written at the cursor: after the salutation. */
const CARET_AFTER = "Madame,";

interface Opened {
  session: PlumeSession;
  page: Page;
  sent: SentChat[];
  /** The letter's text before anything was done. */
  text: string;
  /** The document and comments' markup before anything was done. */
  pristine: () => Promise<void>;
}

async function openWord(): Promise<Opened> {
  session = await plume.open();
  const { page } = session;
  const sent = await recordChatRequests(session);
  const text = await areaText(page, DOCUMENT);
  const document = await markup(page, DOCUMENT);
  const comments = await markup(page, "comments");
  return {
    session,
    page,
    sent,
    text,
    async pristine() {
      expect(await markup(page, DOCUMENT)).toBe(document);
      expect(await markup(page, "comments")).toBe(comments);
    },
  };
}

/** Where the selection lies in the letter's text (paragraphs joined by line breaks). */
function selectionIn(text: string): { start: number; end: number; selected: string } {
  const start = text.indexOf(SELECTION.from);
  const end = text.indexOf(SELECTION.to, start) + SELECTION.to.length;
  return { start, end, selected: text.slice(start, end) };
}

const select = (page: Page) => selectWithMouse(page, DOCUMENT, SELECTION.from, SELECTION.to);

async function expectInserted(opened: Opened, at: number, answer: string): Promise<void> {
  expect(await areaText(opened.page, DOCUMENT)).toBe(
    opened.text.slice(0, at) + answer + opened.text.slice(at)
  );
}

/** Puts the caret after the salutation, inserts the answer there, and checks it went there only. */
async function insertAfterSalutation(opened: Opened, answer: string): Promise<void> {
  await placeCaretAfter(opened.page, DOCUMENT, CARET_AFTER);
  await useAnswer(opened.session.pane, "Insérer au curseur", "Inséré dans votre document.");
  await expectInserted(opened, opened.text.indexOf(CARET_AFTER) + CARET_AFTER.length, answer);
}

async function expectReplaced(opened: Opened, answer: string): Promise<void> {
  const { start, end } = selectionIn(opened.text);
  expect(await areaText(opened.page, DOCUMENT)).toBe(
    opened.text.slice(0, start) + answer + opened.text.slice(end)
  );
  expect(await opened.page.getByTestId("tracked-deletion").count()).toBe(0);
}

async function expectTracked(opened: Opened, answer: string): Promise<void> {
  const { page } = opened;
  // The old text stays, struck through as Plume's revision, its paragraphs emptied of all but it (as
  // Word shows them until the revision is accepted); the answer follows, as Plume's insertion.
  const { start, end, selected } = selectionIn(opened.text);
  const emptied = "\n".repeat(selected.split("\n").length - 1);
  expect(await areaText(page, DOCUMENT)).toBe(
    opened.text.slice(0, start) + emptied + answer + opened.text.slice(end)
  );
  expect((await page.getByTestId("tracked-deletion").allTextContents()).join("\n")).toBe(selected);
  expect((await page.getByTestId("tracked-insertion").allTextContents()).join("\n")).toBe(answer);
}

async function expectCommented(opened: Opened, answer: string): Promise<void> {
  const { page } = opened;
  expect(await areaText(page, DOCUMENT)).toBe(opened.text);
  expect(await page.locator('[data-testid="comment"] .comment-text').allTextContents()).toEqual([
    answer,
  ]);
  expect((await page.getByTestId("comment-anchor").allTextContents()).join("\n")).toBe(
    selectionIn(opened.text).selected
  );
}

const SUMMARIES: Record<"Court" | "En points" | "Détaillé", { prompt: string; answer: Answer }> = {
  Court: {
    prompt: "un résumé court",
    answer: (v) =>
      `Mme ${v("Sophie MARTIN")} doit fournir, pour le dossier ${v("2025-0173")}, un acte de naissance : ` +
      `le NIR ${v("2 85 07 69 266 456 01")} ne correspond pas.`,
  },
  "En points": {
    prompt: "un résumé en liste",
    answer: (v) =>
      `- Dossier ${v("2025-0173")} de Mme ${v("Sophie MARTIN")}\n` +
      `- NIR ${v("2 85 07 69 266 456 01")} à vérifier\n- Née le ${v("14 juillet 1985")}`,
  },
  Détaillé: {
    prompt: "un résumé détaillé et structuré",
    answer: (v) =>
      `Faits\nMme ${v("Sophie MARTIN")}, née le ${v("14 juillet 1985")}, demande le renouvellement ` +
      `de sa carte (dossier ${v("2025-0173")}).\nSuites\nFournir un acte de naissance.`,
  },
};

describe("Word: summarise", () => {
  for (const [format, { prompt, answer }] of Object.entries(SUMMARIES)) {
    it(`the whole document (${format}): inserted at the cursor`, async () => {
      const opened = await openWord();
      const asked = await ask(opened.session, {
        action: /^Résumer/,
        source: "Tout le document",
        select: { "Forme du résumé": format },
        answer,
      });
      await expectSent(opened.session, opened.sent, {
        action: "summarise",
        prompt: ["Résume le texte suivant.", prompt],
        asked,
      });
      expect(asked.texts[0]).toContain("Madame [PERSONNE_2]");
      await opened.pristine();

      await insertAfterSalutation(opened, asked.answer);
    });

    it(`the selection (${format}): added as a comment on it`, async () => {
      const opened = await openWord();
      await select(opened.page);
      const asked = await ask(opened.session, {
        action: /^Résumer/,
        source: "La sélection",
        select: { "Forme du résumé": format },
        answer,
      });
      await expectSent(opened.session, opened.sent, {
        action: "summarise",
        prompt: ["Résume le texte suivant.", prompt],
        asked,
      });
      // Only the selection left: nothing of the letter's head.
      expect(asked.texts[0]?.startsWith("Madame [PERSONNE_1]\n[ADRESSE_1]")).toBe(true);
      expect(opened.session.fixture.standIn.saw("Affaire suivie par")).toBe(false);
      await opened.pristine();

      await useAnswer(opened.session.pane, "Ajouter en commentaire", "Commentaire ajouté.");
      await expectCommented(opened, asked.answer);
    });
  }
});

const DRAFTS: Record<
  "Courrier à un usager" | "Note" | "Convocation",
  { prompt: string; answer: Answer }
> = {
  "Courrier à un usager": {
    prompt: "Rédige un courrier administratif adressé à un usager",
    answer: (v) =>
      `Objet : votre dossier ${v("21/04567")}\nMonsieur,\nVotre audience aura lieu le 3 avril. ` +
      `Pour toute question, appelez le ${v("06 39 98 45 67")}.\n[à compléter]`,
  },
  Note: {
    prompt: "Rédige une note interne",
    answer: (v) =>
      `NOTE à l'attention du greffe\nObjet : audience de M. ${v("Jean DUPONT")}\n` +
      `Le dossier ${v("21/04567")} est à audiencer le 3 avril.`,
  },
  Convocation: {
    prompt: "Rédige une convocation",
    answer: (v) =>
      `Objet : Convocation\nMonsieur,\nVous êtes convoqué, M. ${v("Jean DUPONT")}, le 3 avril à 10 h ` +
      `(dossier ${v("21/04567")}).`,
  },
};

const INSTRUCTIONS =
  "Convoquer M. Jean DUPONT le 3 avril à 10 h pour son dossier RG 21/04567 ; il est joignable au 06 39 98 45 67.";

describe("Word: draft from instructions", () => {
  for (const [kind, { prompt, answer }] of Object.entries(DRAFTS)) {
    it(`a ${kind.toLowerCase()}: its instructions leave masked, the draft is inserted at the cursor`, async () => {
      const opened = await openWord();
      const asked = await ask(opened.session, {
        action: /^Rédiger/,
        select: { "Type de document": kind },
        fill: { "Vos consignes": INSTRUCTIONS },
        answer,
      });
      await expectSent(opened.session, opened.sent, {
        action: "draft",
        prompt: [prompt],
        placed: ([instructions]) => `Consignes de l'agent :\n${instructions}`,
        asked,
      });
      // A draft reads no document: the letter never left.
      expect(asked.texts).toHaveLength(1);
      expect(opened.session.fixture.standIn.saw("Affaire suivie par")).toBe(false);
      await opened.pristine();

      await insertAfterSalutation(opened, asked.answer);
    });
  }
});

/** A question about Sophie MARTIN, whose answer names her and gives her NIR. */
function askAboutHer(session: PlumeSession, question: string) {
  return ask(session, {
    action: /^Poser une question/,
    fill: { "Votre question": question },
    answer: (v) =>
      `Le texte donne le NIR ${v("2 85 07 69 266 456 01")} pour Mme ${v("Sophie MARTIN")}, née le ${v("14 juillet 1985")}.`,
  });
}

const REWRITTEN: Answer = (v) =>
  `Madame ${v("Sophie MARTIN")}\n${v("12 rue des Lilas\n69003 Lyon")}\nVotre dossier ${v("2025-0173")} : ` +
  `le numéro ${v("2 85 07 69 266 456 01")} est faux. Vous êtes née le ${v("14 juillet 1985")}.`;

describe("Word: rewrite, correct, translate, ask", () => {
  it("rewrite in plain language: replaces the selection", async () => {
    const opened = await openWord();
    await select(opened.page);
    const asked = await ask(opened.session, {
      action: /^Reformuler/,
      select: { Style: "Langage clair" },
      answer: REWRITTEN,
    });
    await expectSent(opened.session, opened.sent, {
      action: "rewrite",
      prompt: ["Réécris le texte en langage clair"],
      asked,
    });
    await opened.pristine();

    await useAnswer(opened.session.pane, "Remplacer la sélection", "La sélection a été remplacée.");
    await expectReplaced(opened, asked.answer);
  });

  it("rewrite more formally: replaces the selection as tracked changes", async () => {
    const opened = await openWord();
    await select(opened.page);
    const asked = await ask(opened.session, {
      action: /^Reformuler/,
      select: { Style: "Plus soutenu" },
      answer: REWRITTEN,
    });
    await expectSent(opened.session, opened.sent, {
      action: "rewrite",
      prompt: ["registre administratif soutenu"],
      asked,
    });
    await opened.session.pane
      .getByRole("checkbox", { name: "Avec suivi des modifications" })
      .check();
    await opened.pristine();

    await useAnswer(opened.session.pane, "Remplacer la sélection", "La sélection a été remplacée.");
    await expectTracked(opened, asked.answer);
  });

  it("rewrite shorter: added as a comment", async () => {
    const opened = await openWord();
    await select(opened.page);
    const asked = await ask(opened.session, {
      action: /^Reformuler/,
      select: { Style: "Plus court" },
      answer: REWRITTEN,
    });
    await expectSent(opened.session, opened.sent, {
      action: "rewrite",
      prompt: ["Raccourcis le texte"],
      asked,
    });
    await opened.pristine();

    await useAnswer(opened.session.pane, "Ajouter en commentaire", "Commentaire ajouté.");
    await expectCommented(opened, asked.answer);
  });

  it("correct: replaces the selection as tracked changes", async () => {
    const opened = await openWord();
    await select(opened.page);
    const asked = await ask(opened.session, { action: /^Corriger/, answer: REWRITTEN });
    await expectSent(opened.session, opened.sent, {
      action: "correct",
      prompt: ["Corrige le texte suivant"],
      asked,
    });
    await opened.session.pane
      .getByRole("checkbox", { name: "Avec suivi des modifications" })
      .check();
    await opened.pristine();

    await useAnswer(opened.session.pane, "Remplacer la sélection", "La sélection a été remplacée.");
    await expectTracked(opened, asked.answer);
  });

  it("translate into German: inserted after the selection", async () => {
    const opened = await openWord();
    await select(opened.page);
    const asked = await ask(opened.session, {
      action: /^Traduire/,
      select: { Langue: "Allemand" },
      answer: (v) =>
        `Frau ${v("Sophie MARTIN")}, Akte ${v("2025-0173")}: die Nummer ${v("2 85 07 69 266 456 01")} ist falsch.`,
    });
    await expectSent(opened.session, opened.sent, {
      action: "translate",
      prompt: ["Traduis le texte suivant en allemand"],
      asked,
    });
    await opened.pristine();

    await useAnswer(opened.session.pane, "Insérer au curseur", "Inséré dans votre document.");
    await expectInserted(opened, selectionIn(opened.text).end, asked.answer);
  });

  it("a free question on the selection, naming a person: both leave masked, the answer is a comment", async () => {
    const opened = await openWord();
    await select(opened.page);
    const asked = await askAboutHer(
      opened.session,
      "Quelle est la date de naissance de Sophie MARTIN ?"
    );
    await expectSent(opened.session, opened.sent, {
      action: "question",
      prompt: ["Réponds à la question de l'agent"],
      placed: ([, question]) => `Question de l'agent : ${question}`,
      asked,
    });
    // The person named in the question has the placeholder she has in the text.
    expect(asked.texts[1]).toBe("Quelle est la date de naissance de [PERSONNE_1] ?");
    await opened.pristine();

    await useAnswer(opened.session.pane, "Ajouter en commentaire", "Commentaire ajouté.");
    await expectCommented(opened, asked.answer);
  });

  // An acronym before "de" was once read as part of the name ("NIR de Sophie MARTIN"), which then
  // became her fullest writing and what the answer restored: "Mme NIR de Sophie MARTIN".
  it("a question about « le NIR de Sophie MARTIN » restores her name, not « NIR de Sophie MARTIN »", async () => {
    const opened = await openWord();
    await select(opened.page);
    await askAboutHer(opened.session, "Quel est le NIR de Sophie MARTIN ?");
  });

  it("a free question on the whole document: inserted at the cursor", async () => {
    const opened = await openWord();
    const asked = await ask(opened.session, {
      action: /^Poser une question/,
      source: "Tout le document",
      fill: { "Votre question": "Qui suit l'affaire ?" },
      answer: (v) => `L'affaire est suivie par ${v("Paul LEROY")} (${v("04 65 71 20 34")}).`,
    });
    await expectSent(opened.session, opened.sent, {
      action: "question",
      prompt: ["Réponds à la question de l'agent", "Question de l'agent : Qui suit l'affaire ?"],
      asked,
    });
    await opened.pristine();

    await insertAfterSalutation(opened, asked.answer);
  });
});
