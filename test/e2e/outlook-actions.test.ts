import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { paragraphs, placeCaretAfter, selectWithMouse } from "../hosts/browser/harness-page.ts";
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
import { type PlumeSession, type Surface, usePlume } from "./support/plume.ts";

/*
 * Every Outlook action: reading a message (summarise it or its thread, draft a reply that opens in the
 * reply form) and writing one (draft, rewrite, correct, landing in the draft above the signature or
 * over the selection). What left holds only placeholders; what lands holds the originals; nothing in
 * the mail changes before the user clicks.
 */

const plume = usePlume();
let session: PlumeSession | undefined;

interface Opened {
  session: PlumeSession;
  page: Page;
  sent: SentChat[];
}

async function open(surface: Surface): Promise<Opened> {
  session = await plume.open({ surface });
  return { session, page: session.page, sent: await recordChatRequests(session) };
}

/** Checks that the parts of the page named stay as they are now, until `check` is called. */
async function unchangedFromNow(
  page: Page,
  testids: readonly string[]
): Promise<() => Promise<void>> {
  const before = await Promise.all(testids.map((id) => markup(page, id)));
  return async () => {
    for (const [i, id] of testids.entries()) expect(await markup(page, id), id).toBe(before[i]);
  };
}

describe("Outlook, reading a message", () => {
  const READ_PARTS = ["message-body", "reply-view"];

  it("summarises the message without its quoted history; the summary is copied", async () => {
    const opened = await open("read");
    await opened.session.context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const pristine = await unchangedFromNow(opened.page, READ_PARTS);
    const asked = await ask(opened.session, {
      action: /^Résumer/,
      source: "Ce message",
      select: { "Forme du résumé": "Court" },
      answer: (v) =>
        `Mme ${v("Sophie MARTIN")} confirme son NIR ${v("2 85 07 69 266 456 01")} et demande un ` +
        `rendez-vous ; elle est joignable au ${v("06 39 98 12 34")}.`,
    });
    await expectSent(opened.session, opened.sent, {
      action: "summarise",
      prompt: ["Résume le texte suivant.", "un résumé court", "Le texte est un courriel"],
      asked,
    });
    // The earlier messages, quoted below, did not leave.
    expect(asked.texts[0]).not.toContain("Le timbre fiscal payé deux fois");
    expect(opened.session.fixture.standIn.saw("Le timbre fiscal payé deux fois")).toBe(false);
    await pristine();

    await useAnswer(opened.session.pane, "Copier", "Copié dans le presse-papiers.");
    expect(await opened.session.pane.evaluate(() => navigator.clipboard.readText())).toBe(
      asked.answer
    );
    await pristine();
  });

  it("summarises the whole thread, quoted messages included; the summary opens in a reply", async () => {
    const opened = await open("read");
    const pristine = await unchangedFromNow(opened.page, READ_PARTS);
    const asked = await ask(opened.session, {
      action: /^Résumer/,
      source: "Toute la conversation",
      answer: (v) =>
        `- ${v("Sophie MARTIN")} demande le remboursement sur ${v("FR76 3000 4012 3400 0123 4567 862")}\n` +
        `- ${v("Paul LEROY")} demande un acte de naissance\n- Elle confirme son NIR ${v("2 85 07 69 266 456 01")}`,
    });
    await expectSent(opened.session, opened.sent, {
      action: "summarise",
      prompt: [
        "Résume le texte suivant.",
        "un résumé en liste",
        "Le texte est un fil de courriels",
      ],
      asked,
    });
    expect(asked.texts[0]).toContain("Le timbre fiscal payé deux fois");
    await pristine();

    await expectReplyOpens(opened, asked.answer);
  });

  it("drafts a reply from instructions naming the sender: it opens in the reply form", async () => {
    const opened = await open("read");
    const pristine = await unchangedFromNow(opened.page, READ_PARTS);
    const asked = await ask(opened.session, {
      action: /^Préparer une réponse/,
      fill: {
        "Vos consignes":
          "Dire à Sophie MARTIN qu'un rendez-vous lui sera proposé au 06 39 98 12 34 et que le remboursement est en cours.",
      },
      answer: (v) =>
        `Madame,\nUn rendez-vous vous sera proposé par téléphone au ${v("06 39 98 12 34")}.\n` +
        `Le remboursement est en cours.\nJe vous prie d'agréer, Madame ${v("Sophie MARTIN")}, mes salutations distinguées.`,
    });
    await expectSent(opened.session, opened.sent, {
      action: "reply",
      prompt: ["Rédige la réponse par courriel au message suivant"],
      asked,
      placed: ([message, instructions]) =>
        `Consignes de l'agent :\n${instructions}\n\nMessage reçu :\n<<<DÉBUT DU TEXTE>>>\n${message}`,
    });
    await pristine();

    await expectReplyOpens(opened, asked.answer);
  });

  /** The reply form opens under the message: the answer, a blank line, the signature, the thread. */
  async function expectReplyOpens(opened: Opened, answer: string): Promise<void> {
    const { page } = opened;
    const message = await markup(page, "message-body");
    await useAnswer(
      opened.session.pane,
      "Répondre avec ce texte",
      "Le formulaire de réponse est ouvert."
    );
    await page.getByTestId("reply-view").waitFor();
    const reply = await paragraphs(page, "reply-body");
    const lines = answer.split("\n");
    expect(reply.slice(0, lines.length + 3)).toEqual([...lines, "", "-- ", "Paul LEROY"]);
    expect(await markup(page, "message-body")).toBe(message);
  }
});

describe("Outlook, writing a message", () => {
  /** What the agent adds to the reply draft before asking: a paragraph with an IBAN and a phone. */
  const TYPED =
    "Le remboursement de 25 euros sera versé sur votre compte FR76 3000 4012 3400 0123 4567 862 ; " +
    "pour toute question, appelez le 04 65 71 20 34.";
  const SELECTION = { from: "Madame MARTIN,", to: "appelez le 04 65 71 20 34." };
  const COMPOSE = "compose-body";

  /** Opens the reply draft and types a paragraph into it, as the agent does. */
  async function openDraft(): Promise<Opened & { text: string; pristine: () => Promise<void> }> {
    const opened = await open("compose");
    await placeCaretAfter(opened.page, COMPOSE, "je vous en remercie.");
    await opened.page.keyboard.press("Enter");
    await opened.page.keyboard.insertText(TYPED);
    const text = await areaText(opened.page, COMPOSE);
    const pristine = await unchangedFromNow(opened.page, [COMPOSE]);
    return { ...opened, text, pristine };
  }

  const REWRITTEN: Answer = (v) =>
    `Madame ${v("MARTIN")},\nNous avons vos pièces. Vous serez remboursée sur le compte ` +
    `${v("FR76 3000 4012 3400 0123 4567 862")}. Une question ? Appelez le ${v("04 65 71 20 34")}.`;

  /** The answer, then a blank paragraph, above the signature: the rest of the body as it was. */
  function insertedIntoDraft(text: string, answer: string): string {
    const signature = text.indexOf("\n-- \n") + 1;
    return `${text.slice(0, signature)}${answer}\n\n${text.slice(signature)}`;
  }

  function replaced(text: string, answer: string): string {
    const start = text.indexOf(SELECTION.from);
    const end = text.indexOf(SELECTION.to, start) + SELECTION.to.length;
    return text.slice(0, start) + answer + text.slice(end);
  }

  it("drafts from instructions: inserted into the draft, above the signature", async () => {
    const opened = await openDraft();
    const asked = await ask(opened.session, {
      action: /^Rédiger/,
      fill: {
        "Vos consignes":
          "Proposer à Sophie MARTIN un rendez-vous le 20 mars ; la joindre au 06 39 98 12 34.",
      },
      answer: (v) =>
        `Objet : votre rendez-vous\nMadame,\nJe vous propose un rendez-vous le 20 mars, Madame ${v("Sophie MARTIN")}.\n` +
        `Je vous appellerai au ${v("06 39 98 12 34")}.\nJe vous prie d'agréer, Madame, mes salutations distinguées.`,
    });
    await expectSent(opened.session, opened.sent, {
      action: "draft",
      prompt: ["Rédige un courriel professionnel"],
      asked,
      placed: ([instructions]) => `Consignes de l'agent :\n${instructions}`,
    });
    await opened.pristine();

    await useAnswer(
      opened.session.pane,
      "Insérer dans le brouillon",
      "Inséré dans votre document."
    );
    expect(await areaText(opened.page, COMPOSE)).toBe(insertedIntoDraft(opened.text, asked.answer));
  });

  it("rewrites the selection in plain language: replaces it", async () => {
    const opened = await openDraft();
    await selectWithMouse(opened.page, COMPOSE, SELECTION.from, SELECTION.to);
    const asked = await ask(opened.session, {
      action: /^Reformuler/,
      source: "La sélection",
      answer: REWRITTEN,
    });
    await expectSent(opened.session, opened.sent, {
      action: "rewrite",
      prompt: ["Réécris le texte en langage clair"],
      asked,
    });
    expect(asked.texts[0]).toBe(
      "Madame [PERSONNE_1],\nNous avons bien reçu vos pièces justificatives, je vous en remercie.\n" +
        "Le remboursement de 25 euros sera versé sur votre compte [IBAN_1] ; pour toute question, appelez le [TELEPHONE_1]."
    );
    await opened.pristine();

    await useAnswer(opened.session.pane, "Remplacer la sélection", "La sélection a été remplacée.");
    expect(await areaText(opened.page, COMPOSE)).toBe(replaced(opened.text, asked.answer));
  });

  it("rewrites the whole draft shorter: inserted at the cursor", async () => {
    const opened = await openDraft();
    const asked = await ask(opened.session, {
      action: /^Reformuler/,
      source: "Le brouillon",
      select: { Style: "Plus court" },
      answer: REWRITTEN,
    });
    await expectSent(opened.session, opened.sent, {
      action: "rewrite",
      prompt: ["Raccourcis le texte"],
      asked,
    });
    // The draft only: neither the signature nor the quoted thread.
    expect(asked.texts[0]?.endsWith("appelez le [TELEPHONE_1].")).toBe(true);
    expect(opened.session.fixture.standIn.saw("Chargé d'accueil")).toBe(false);
    expect(opened.session.fixture.standIn.saw("Envoyé :")).toBe(false);
    await opened.pristine();

    await placeCaretAfter(opened.page, COMPOSE, "Madame MARTIN,");
    await useAnswer(opened.session.pane, "Insérer au curseur", "Inséré dans votre document.");
    const at = opened.text.indexOf("Madame MARTIN,") + "Madame MARTIN,".length;
    expect(await areaText(opened.page, COMPOSE)).toBe(
      opened.text.slice(0, at) + asked.answer + opened.text.slice(at)
    );
  });

  it("corrects the selection: replaces it", async () => {
    const opened = await openDraft();
    await selectWithMouse(opened.page, COMPOSE, SELECTION.from, SELECTION.to);
    const asked = await ask(opened.session, {
      action: /^Corriger/,
      source: "La sélection",
      answer: REWRITTEN,
    });
    await expectSent(opened.session, opened.sent, {
      action: "correct",
      prompt: ["Corrige le texte suivant"],
      asked,
    });
    await opened.pristine();

    await useAnswer(opened.session.pane, "Remplacer la sélection", "La sélection a été remplacée.");
    expect(await areaText(opened.page, COMPOSE)).toBe(replaced(opened.text, asked.answer));
  });

  it("corrects the whole draft: inserted into the draft, above the signature", async () => {
    const opened = await openDraft();
    const asked = await ask(opened.session, {
      action: /^Corriger/,
      source: "Le brouillon",
      answer: REWRITTEN,
    });
    await expectSent(opened.session, opened.sent, {
      action: "correct",
      prompt: ["Corrige le texte suivant"],
      asked,
    });
    await opened.pristine();

    await useAnswer(
      opened.session.pane,
      "Insérer dans le brouillon",
      "Inséré dans votre document."
    );
    expect(await areaText(opened.page, COMPOSE)).toBe(insertedIntoDraft(opened.text, asked.answer));
  });
});
