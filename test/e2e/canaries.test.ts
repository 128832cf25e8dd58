import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { waitForRecords } from "../gateway/support/gateway-fixture.ts";
import { selectWithMouse } from "../hosts/browser/harness-page.ts";
import {
  CANARIES,
  CORPUS_TEXT,
  describeLeaks,
  leaksIn,
  pasteAsDocument,
  putInReceivedMessage,
  typeIntoDraft,
  type PlacedLeak,
  type Traffic,
} from "./support/canaries.ts";
import {
  choose,
  recordChatRequests,
  REVIEW_TITLE,
  type Ask,
  type SentChat,
} from "./support/flows.ts";
import { sendAndWait, type PlumeSession, usePlume } from "./support/plume.ts";

/*
 * The promise of the product: whatever the agent does, on whatever surface, no personal datum of the
 * canary corpus reaches the model in clear, nor even leaves the pane for the gateway. Each action is
 * run on the corpus as it is, and everything the stand-in received (its raw bytes) and everything the
 * pane sent is searched for every writing of every datum, raw, JSON-escaped, with its white space
 * normalised, and identifiers without their separators; so is the gateway's audit trail. The gateway
 * runs its default policy, whose second scan would hide some of the pane's leaks from the model: what
 * the pane sent is checked for that reason.
 */

const plume = usePlume();
let session: PlumeSession | undefined;

/** The whole corpus, as instructions or a question can carry it too. */
const ALL = CORPUS_TEXT.join("\n");
const FIRST = "Note d'audience";
const LAST = "jean.dupont@example.org.";

interface Step {
  /** Which action, on which text: for the failure message. */
  label: string;
  ask: Omit<Ask, "answer">;
}

/**
 * Runs each step through review and sending (the stand-in echoes what it gets, placeholders and all),
 * and returns every canary found in what left for it.
 */
async function runThrough(
  opened: PlumeSession,
  sent: SentChat[],
  surface: string,
  steps: readonly Step[]
): Promise<PlacedLeak[]> {
  const { pane, fixture } = opened;
  const { standIn } = fixture;
  const leaks: PlacedLeak[] = [];
  for (const step of steps) {
    const where = `${surface} · ${step.label}`;
    const marks = {
      bytes: standIn.receivedBytes().length,
      received: standIn.received.length,
      sent: sent.length,
    };
    await choose(pane, step.ask);
    await pane.getByRole("heading", { name: REVIEW_TITLE }).waitFor();
    const answer = await sendAndWait(pane);

    // Something did leave, and came back with the originals put back: the check is not vacuous.
    expect(standIn.received.length, where).toBeGreaterThan(marks.received);
    expect(answer, where).toContain("1 62 05 38 544 012 04");
    expect(answer, where).toContain("Claire de La Fontaine");

    const toModel: Traffic = {
      raw: standIn.receivedBytes().subarray(marks.bytes).toString("utf8"),
      bodies: standIn.received.slice(marks.received).map((request) => request.body),
    };
    const fromPane = sent.slice(marks.sent).map((request) => request.body);
    leaks.push(
      ...leaksIn(toModel).map((leak) => ({ ...leak, where: `${where} — reçu par le modèle` })),
      ...leaksIn({ raw: fromPane.join("\n"), bodies: fromPane }).map((leak) => ({
        ...leak,
        where: `${where} — envoyé par le volet à la passerelle`,
      }))
    );
    await pane.getByRole("button", { name: "Nouvelle demande" }).click();
    await pane.locator("form[aria-labelledby=home-title]").waitFor();
  }
  return leaks;
}

/** No leak to the model or the gateway, and none in the gateway's audit trail (which holds no content). */
async function expectNoLeak(
  opened: PlumeSession,
  sent: readonly SentChat[],
  leaks: readonly PlacedLeak[]
): Promise<void> {
  const audit = JSON.stringify(await waitForRecords(opened.fixture.audit, sent.length));
  const all = [
    ...leaks,
    ...leaksIn({ raw: audit, bodies: [audit] }).map((leak) => ({
      ...leak,
      where: "journal d'audit de la passerelle",
    })),
  ];
  expect(all.length, describeLeaks(all)).toBe(0);
}

async function selectCorpus(page: Page, testid: string, from = FIRST): Promise<void> {
  await selectWithMouse(page, testid, from, LAST);
}

describe("the canary corpus through every action", () => {
  it("in Word: nothing of it reaches the model, nor leaves the pane", async () => {
    session = await plume.open();
    const sent = await recordChatRequests(session);
    await pasteAsDocument(session.page);
    const onDocument: Step[] = [
      {
        label: "Résumer tout le document",
        ask: { action: /^Résumer/, source: "Tout le document" },
      },
      {
        label: "Question sur tout le document",
        ask: {
          action: /^Poser une question/,
          source: "Tout le document",
          fill: { "Votre question": `Que dit le texte de ceci : ${ALL}` },
        },
      },
      {
        label: "Rédiger une convocation d'après des consignes",
        ask: {
          action: /^Rédiger/,
          select: { "Type de document": "Convocation" },
          fill: { "Vos consignes": ALL },
        },
      },
    ];
    const onSelection: Step[] = [
      { label: "Résumer la sélection", ask: { action: /^Résumer/, source: "La sélection" } },
      { label: "Reformuler la sélection", ask: { action: /^Reformuler/ } },
      { label: "Corriger la sélection", ask: { action: /^Corriger/ } },
      { label: "Traduire la sélection", ask: { action: /^Traduire/ } },
      {
        label: "Question sur la sélection",
        ask: {
          action: /^Poser une question/,
          fill: { "Votre question": `Qui sont Jean DUPONT et Samia Benali-Martin ? ${ALL}` },
        },
      },
    ];
    const leaks = await runThrough(session, sent, "Word", onDocument);
    await selectCorpus(session.page, "document");
    leaks.push(...(await runThrough(session, sent, "Word", onSelection)));
    await expectNoLeak(session, sent, leaks);
  });

  it("in Outlook, reading a message: nothing of it reaches the model, nor leaves the pane", async () => {
    session = await plume.open({ surface: "read" });
    const sent = await recordChatRequests(session);
    await putInReceivedMessage(session.page);
    const leaks = await runThrough(session, sent, "Outlook (lecture)", [
      { label: "Résumer ce message", ask: { action: /^Résumer/, source: "Ce message" } },
      {
        label: "Résumer toute la conversation",
        ask: { action: /^Résumer/, source: "Toute la conversation" },
      },
      {
        label: "Préparer une réponse d'après des consignes",
        ask: { action: /^Préparer une réponse/, fill: { "Vos consignes": ALL } },
      },
    ]);
    await expectNoLeak(session, sent, leaks);
  });

  it("in Outlook, writing a message: nothing of it reaches the model, nor leaves the pane", async () => {
    session = await plume.open({ surface: "compose" });
    const sent = await recordChatRequests(session);
    await typeIntoDraft(session.page, "je vous en remercie.");
    const leaks = await runThrough(session, sent, "Outlook (rédaction)", [
      {
        label: "Rédiger d'après des consignes",
        ask: { action: /^Rédiger/, fill: { "Vos consignes": ALL } },
      },
      { label: "Reformuler le brouillon", ask: { action: /^Reformuler/, source: "Le brouillon" } },
      { label: "Corriger le brouillon", ask: { action: /^Corriger/, source: "Le brouillon" } },
    ]);
    await selectCorpus(session.page, "compose-body", "Madame MARTIN,");
    leaks.push(
      ...(await runThrough(session, sent, "Outlook (rédaction)", [
        {
          label: "Reformuler la sélection",
          ask: { action: /^Reformuler/, source: "La sélection" },
        },
        { label: "Corriger la sélection", ask: { action: /^Corriger/, source: "La sélection" } },
      ]))
    );
    await expectNoLeak(session, sent, leaks);
  });
});

describe("the canary check itself", () => {
  it("fails, naming the canary and the action, when the user lifts a name the policy lets lift", async () => {
    session = await plume.open({ policy: { entities: { userMayLift: ["PERSONNE"] } } });
    const sent = await recordChatRequests(session);
    await pasteAsDocument(session.page);
    const { pane } = session;
    await choose(pane, { action: /^Résumer/, source: "Tout le document" });
    await pane.locator('[data-testid="redacted-text"] [title="Jean DUPONT"]').first().click();
    await pane
      .getByRole("button", { name: "Masquer à nouveau « Jean DUPONT »", exact: true })
      .waitFor();
    await sendAndWait(pane);

    const received = session.fixture.standIn;
    const leaks: PlacedLeak[] = leaksIn({
      raw: received.receivedBytes().toString("utf8"),
      bodies: received.received.map((request) => request.body),
    }).map((leak) => ({ ...leak, where: "Word · Résumer tout le document" }));
    // Jean DUPONT, in every writing, and no one and nothing else.
    expect(leaks.map((leak) => leak.canary.value).sort()).toEqual(["Dupont", "Jean DUPONT"]);
    const message = describeLeaks(leaks);
    expect(message).toContain(
      "personne « Jean DUPONT » (tel quel) : Word · Résumer tout le document"
    );
    expect(message).toContain("personne « Dupont »");
    // The pane sent it so: the user's choice, which the gateway lets through.
    expect(sent.at(-1)?.body).toContain("Jean DUPONT");
  });

  it("finds a canary escaped in JSON, with its spaces changed, or without its separators", () => {
    const nir = CANARIES.find((c) => c.value === "1 62 05 38 544 012 04")!;
    const name = CANARIES.find((c) => c.value === "Claire de La Fontaine")!;
    const date = CANARIES.find((c) => c.value === "3 mai 1962")!;
    const street = CANARIES.find((c) => c.value === "14 rue de la République")!;
    const body = (content: string) => JSON.stringify({ messages: [{ role: "user", content }] });
    const found = (raw: string, bodies: string[] = []) =>
      leaksIn({ raw, bodies }, [nir, name, date, street]).map(
        (leak) => `${leak.canary.value}: ${leak.form}`
      );

    expect(found("... claire de la fontaine ...")).toEqual(["Claire de La Fontaine: tel quel"]);
    expect(found('{"content":"n\\u00e9 le 3 mai 1962"}')).toEqual(["3 mai 1962: tel quel"]);
    expect(found('{"content":"14 rue de la R\\u00e9publique"}')).toEqual([
      "14 rue de la République: échappé en JSON",
    ]);
    const split = body("NIR 1 62 05\n38 544 012 04, né le 3\u00a0mai  1962");
    expect(found(split, [split])).toEqual([
      "1 62 05 38 544 012 04: espaces normalisés",
      "3 mai 1962: espaces normalisés",
    ]);
    const joined = body("NIR 1.62.05.38.544.012-04");
    expect(found(joined, [joined])).toEqual(["1 62 05 38 544 012 04: sans séparateurs"]);
    expect(found(body("[NIR_1], [PERSONNE_1], né le [DATE_NAISSANCE_1]"))).toEqual([]);
  });
});
