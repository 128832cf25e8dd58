import { describe, expect, it } from "vitest";
import { waitForRecords } from "../gateway/support/gateway-fixture.ts";
import {
  cutStream,
  hang,
  reply,
  serverError,
  slow,
  unavailable,
  type Step,
} from "../support/mistral-stand-in.ts";
import { choose, markup, REVIEW_TITLE } from "./support/flows.ts";
import { sendAndWait, type PlumeOptions, type PlumeSession, usePlume } from "./support/plume.ts";

/*
 * When things go wrong after the user sent (they stop the answer, the model's stream is cut, the
 * gateway refuses the session or the pace, the model fails), the pane says what happened in French,
 * and the document is exactly as it was.
 */

const plume = usePlume();
let session: PlumeSession | undefined;

const ANSWER =
  "Mme [PERSONNE_2] a demandé le renouvellement de sa carte ; le dossier [DOSSIER_1] est incomplet. " +
  "Elle doit fournir un acte de naissance et un justificatif de domicile dans les quinze jours. " +
  "Le timbre payé deux fois lui sera remboursé sur son compte [IBAN_1].";
const RESTORED = ANSWER.replace("[PERSONNE_2]", "Sophie MARTIN")
  .replace("[DOSSIER_1]", "2025-0173")
  .replace("[IBAN_1]", "FR76 3000 4012 3400 0123 4567 862");

interface Sent {
  opened: PlumeSession;
  /** Fails unless the document and its comments are as they were before the request. */
  untouched: () => Promise<void>;
}

/** Opens Word on the letter, asks for a summary of it, and sends it with the model scripted so. */
async function summariseWith(steps: Step[], options: PlumeOptions = {}): Promise<Sent> {
  session = await plume.open(options);
  return summarise(session, steps);
}

/** From the first screen of an open pane: asks for a summary of the letter and sends it. */
async function summarise(opened: PlumeSession, steps: Step[] = []): Promise<Sent> {
  const { page, pane } = opened;
  const before = [await markup(page, "document"), await markup(page, "comments")];
  await choose(pane, { action: /^Résumer/, source: "Tout le document" });
  await pane.getByRole("heading", { name: REVIEW_TITLE }).waitFor();
  opened.fixture.standIn.script(...steps);
  await pane.getByRole("button", { name: "Envoyer", exact: true }).click();
  return {
    opened,
    async untouched() {
      expect([await markup(page, "document"), await markup(page, "comments")]).toEqual(before);
    },
  };
}

const answerText = async (opened: PlumeSession) =>
  (await opened.pane.getByTestId("answer").textContent()) ?? "";

/** The error the pane shows: its title, then what happened and what to do. */
async function problemShown(opened: PlumeSession): Promise<string> {
  const alert = opened.pane.getByRole("alert");
  await alert.waitFor();
  return (await alert.textContent()) ?? "";
}

describe("the user stops the answer", () => {
  const STOPPED = "Arrêté. Le texte déjà reçu est affiché ; votre document n'a pas été modifié.";

  it("mid-stream: the answer stops where it was, the model's call is dropped, the document is unchanged", async () => {
    const { opened, untouched } = await summariseWith([slow(100, reply(ANSWER, { chunkSize: 4 }))]);
    const { pane, fixture } = opened;
    await pane.waitForFunction(
      () => (document.querySelector('[data-testid="answer"]')?.textContent ?? "").length > 8
    );
    await pane.getByRole("button", { name: "Arrêter", exact: true }).click();
    await pane.getByRole("status").getByText(STOPPED).waitFor();
    const shown = await answerText(opened);

    // The gateway dropped its call to the model: nothing more can come.
    await fixture.standIn.until(() => fixture.standIn.disconnects === 1);
    expect(await answerText(opened)).toBe(shown);
    expect(shown.length).toBeGreaterThan(0);
    expect(RESTORED.startsWith(shown)).toBe(true);
    expect(shown).not.toBe(RESTORED);
    await expect(pane.getByRole("button", { name: "Arrêter", exact: true }).count()).resolves.toBe(
      0
    );
    const [record] = await waitForRecords(fixture.audit, 1);
    expect(record?.outcome).toBe("client_cancelled");
    await untouched();
  });

  it("before the first word (the model hangs): stopped, nothing shown, the document is unchanged", async () => {
    const { opened, untouched } = await summariseWith([hang()]);
    const { pane, fixture } = opened;
    await pane.getByRole("status").getByText("Le modèle rédige…").waitFor();
    await fixture.standIn.until(() => fixture.standIn.received.length === 1);
    await pane.getByRole("button", { name: "Arrêter", exact: true }).click();
    await pane.getByRole("status").getByText(STOPPED).waitFor();
    await fixture.standIn.until(() => fixture.standIn.disconnects === 1);
    expect(await answerText(opened)).toBe("");
    await untouched();
  });
});

describe("the model's stream is cut", () => {
  it("says the answer was interrupted, keeps what came, and leaves the document unchanged", async () => {
    const { opened, untouched } = await summariseWith([
      cutStream(5, reply(ANSWER, { chunkSize: 10 })),
    ]);
    expect(await problemShown(opened)).toContain(
      "La réponse a été interrompue avant la fin. Le début reçu est affiché ; relancez la demande pour une réponse complète."
    );
    const shown = await answerText(opened);
    expect(shown.length).toBeGreaterThan(0);
    expect(RESTORED.startsWith(shown)).toBe(true);
    expect(shown).not.toBe(RESTORED);
    await untouched();
  });
});

describe("the gateway refuses", () => {
  it("a session it no longer recognises (401): says to reopen Plume, sends nothing to the model", async () => {
    // The pane signed in when it opened; its token is then refused, as an expired or revoked one is:
    // the chat request leaves with another token, which the real gateway checks and refuses.
    session = await plume.open();
    await session.context.route("**/v1/chat/completions", async (route) => {
      const headers = await route.request().allHeaders();
      await route.continue({ headers: { ...headers, authorization: "Bearer jeton-expire" } });
    });
    const { opened, untouched } = await summarise(session);
    expect(await problemShown(opened)).toContain(
      "Votre session n'est pas reconnue par la passerelle. Fermez puis rouvrez Plume pour vous reconnecter."
    );
    expect(opened.fixture.standIn.received).toHaveLength(0);
    expect(await answerText(opened)).toBe("");
    await untouched();
  });

  it("a user over the policy's rate (429): says how long to wait, sends nothing to the model", async () => {
    // The limit counts per clock minute: start early in one, so both requests fall in it.
    const second = new Date().getSeconds();
    if (second > 45) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
    session = await plume.open({ policy: { rateLimits: { requestsPerMinute: 1 } } });
    const { pane, fixture } = session;
    await choose(pane, { action: /^Résumer/, source: "Tout le document" });
    await sendAndWait(pane);
    await pane.getByRole("button", { name: "Nouvelle demande" }).click();

    const { opened, untouched } = await summarise(session);
    const message = await problemShown(opened);
    const wait = /Vous avez atteint le nombre de demandes autorisé\. Réessayez dans (\d+) s\./.exec(
      message
    );
    expect(wait, message).not.toBeNull();
    expect(Number(wait![1])).toBeGreaterThanOrEqual(1);
    expect(Number(wait![1])).toBeLessThanOrEqual(60);
    expect(fixture.standIn.received).toHaveLength(1);
    await untouched();
  });
});

describe("the model fails", () => {
  for (const [status, failure] of [
    [500, serverError],
    [503, unavailable],
  ] as const) {
    it(`with ${status}, every retry of the gateway too: says the service does not answer`, async () => {
      // The gateway retries before answering: every try gets the failure.
      const { opened, untouched } = await summariseWith(Array.from({ length: 10 }, failure));
      expect(await problemShown(opened)).toContain(
        "Le service du modèle ne répond pas pour le moment. Réessayez dans quelques minutes ; votre document n'a pas été modifié."
      );
      expect(opened.fixture.standIn.received.length).toBeGreaterThan(0);
      expect(await answerText(opened)).toBe("");
      const [record] = await waitForRecords(opened.fixture.audit, 1);
      expect(record?.outcome).toBe("upstream_error");
      await untouched();
    });
  }
});
