import type { Frame } from "playwright-core";
import { describe, expect, it } from "vitest";
import { selectWithMouse } from "../hosts/browser/harness-page.ts";
import { reply } from "../support/mistral-stand-in.ts";
import {
  choose,
  lastUserMessage,
  recordChatRequests,
  reviewMasks,
  reviewTexts,
  REVIEW_TITLE,
  type Mask,
} from "./support/flows.ts";
import { sendAndWait, type PlumeOptions, type PlumeSession, usePlume } from "./support/plume.ts";

/*
 * The review before sending: what the user changes there (a mask lifted where the policy allows it, a
 * term added, typed or selected with the mouse) changes what the model receives for that value, and
 * nothing else; and "do not ask again" is offered, and honoured, only where the policy allows it.
 */

const plume = usePlume();
let session: PlumeSession | undefined;

const SUMMARISE = { action: /^Résumer/, source: "Tout le document" } as const;
const LIFT_FORBIDDEN =
  "La politique de votre administration ne permet pas de démasquer ce type de donnée.";

async function open(options: PlumeOptions = {}): Promise<PlumeSession> {
  session = await plume.open(options);
  return session;
}

async function review(pane: Frame): Promise<void> {
  await choose(pane, SUMMARISE);
  await pane.getByRole("heading", { name: REVIEW_TITLE }).waitFor();
}

/**
 * The text between the fences of a request, each placeholder of the review written out as
 * ⟦original⟧ in order (the originals of the review's buttons, in the text's order): two requests then
 * compare whatever numbers their placeholders got.
 */
function spelledOut(message: string, masks: readonly Mask[]): string {
  const source = /<<<DÉBUT DU TEXTE>>>\n([\s\S]*)\n<<<FIN DU TEXTE>>>/.exec(message)?.[1];
  if (source === undefined) throw new Error("no fenced text in the request");
  let index = 0;
  return source.replace(/\[[A-Z_]+_\d+\]/g, (placeholder) => {
    const mask = masks[index++];
    expect(mask?.placeholder).toBe(placeholder);
    return `⟦${mask!.original}⟧`;
  });
}

/** Sends the review as it stands and gives what the model received, spelled out. */
async function sendSpelledOut(
  opened: PlumeSession
): Promise<{ message: string; spelled: string; masks: Mask[] }> {
  const masks = await reviewMasks(opened.pane);
  await sendAndWait(opened.pane);
  const message = lastUserMessage(opened);
  return { message, spelled: spelledOut(message, masks), masks };
}

async function newRequest(pane: Frame): Promise<void> {
  await pane.getByRole("button", { name: "Nouvelle demande" }).click();
  await pane.locator("form[aria-labelledby=home-title]").waitFor();
}

describe("lifting a mask", () => {
  it("sends that person in clear, in each of her writings, and changes nothing else", async () => {
    const opened = await open({ policy: { entities: { userMayLift: ["PERSONNE"] } } });
    const { pane, page } = opened;
    await page.getByRole("button", { name: "Extrait d'arrêt" }).click();
    await review(pane);
    const before = await sendSpelledOut(opened);
    expect(opened.fixture.standIn.saw("MARTIN")).toBe(false);

    await newRequest(pane);
    await review(pane);
    // Mme Sophie MARTIN is the first person of the case file, so every other one is renumbered.
    await pane.locator('[data-testid="redacted-text"] [title="Sophie MARTIN"]').first().click();
    await pane
      .getByRole("button", { name: "Masquer à nouveau « Sophie MARTIN »", exact: true })
      .waitFor();
    expect(await reviewTexts(pane)).toEqual([expect.stringContaining("Mme Sophie MARTIN, née le")]);
    const after = await sendSpelledOut(opened);

    expect(after.spelled).toBe(
      before.spelled.replaceAll("⟦Sophie MARTIN⟧", "Sophie MARTIN").replaceAll("⟦MARTIN⟧", "MARTIN")
    );
    expect(before.spelled).toContain("⟦MARTIN⟧");
    expect(after.message).toContain("Mme MARTIN a, par lettre recommandée");
    // Everyone else is still a placeholder for the model.
    for (const other of ["Jean DUPONT", "DUPONT", "Antoine ROUSSEL", "Hélène VIDAL", "21/04567"])
      expect(opened.fixture.standIn.saw(other), other).toBe(false);
  });

  it("is refused, and said so, for a type the policy does not let users lift", async () => {
    const opened = await open({ policy: { entities: { userMayLift: ["PERSONNE"] } } });
    const { pane } = opened;
    await review(pane);
    const texts = await reviewTexts(pane);
    for (const original of ["2 85 07 69 266 456 01", "04 65 71 20 34", "2025-0173"]) {
      await pane.locator(`[data-testid="redacted-text"] [title="${original}"]`).first().click();
      await pane.getByRole("status").getByText(LIFT_FORBIDDEN).waitFor();
      expect(await reviewTexts(pane)).toEqual(texts);
    }
    await expect(pane.getByText("Démasqué par vous").count()).resolves.toBe(0);

    await sendAndWait(pane);
    for (const original of ["2 85 07 69 266 456 01", "04 65 71 20 34", "2025-0173"])
      expect(opened.fixture.standIn.saw(original), original).toBe(false);
  });

  it("is refused for every type when the policy lets users lift none", async () => {
    const { pane } = await open();
    await review(pane);
    const texts = await reviewTexts(pane);
    await pane.locator('[data-testid="redacted-text"] [title="Sophie MARTIN"]').first().click();
    await pane.getByRole("status").getByText(LIFT_FORBIDDEN).waitFor();
    expect(await reviewTexts(pane)).toEqual(texts);
  });
});

describe("adding a mask", () => {
  /** Summarises once as is, then again after `add`, and checks only `term` changed, into [TERME_1]. */
  async function expectMaskedOnly(opened: PlumeSession, term: string, add: () => Promise<void>) {
    const { pane } = opened;
    await review(pane);
    const before = await sendSpelledOut(opened);
    expect(before.message).toContain(term);

    await newRequest(pane);
    await review(pane);
    await add();
    await pane
      .locator('[data-testid="redacted-text"] [data-placeholder="[TERME_1]"]')
      .first()
      .waitFor();
    await expect(pane.getByTestId("review-counts").textContent()).resolves.toContain(
      "Termes ajoutés : 1"
    );
    opened.fixture.standIn.script(reply(`Décision du tribunal de [TERME_1] : voir le dossier.`));
    const masks = await reviewMasks(pane);
    const answer = await sendAndWait(pane);
    const message = lastUserMessage(opened);

    expect(message).toContain("[TERME_1]");
    expect(message).not.toContain(term);
    expect(spelledOut(message, masks)).toBe(before.spelled.replaceAll(term, `⟦${term}⟧`));
    expect(answer).toBe(`Décision du tribunal de ${term} : voir le dossier.`);
  }

  it("typed in the field: the term leaves as a placeholder, and nothing else changes", async () => {
    const opened = await open();
    const { pane } = opened;
    await expectMaskedOnly(opened, "Villeurbanne", async () => {
      await pane
        .getByRole("textbox", { name: "Masquer un terme oublié", exact: true })
        .fill("Villeurbanne");
      await pane.getByRole("button", { name: "Masquer", exact: true }).click();
    });
  });

  it("selected with the mouse in the review's text: the term leaves as a placeholder", async () => {
    const opened = await open();
    const { pane, page } = opened;
    const term = "tribunal administratif de Lyon";
    await expectMaskedOnly(opened, term, async () => {
      await selectWithMouse(page, "redacted-text", term, term, pane);
      await pane.getByRole("button", { name: `Masquer « ${term} »`, exact: true }).click();
    });
  });
});

describe("« do not ask again »", () => {
  const SKIP = "Ne plus me demander pour cette action";

  it("is offered only for the actions the policy lets skip the review, and then skips it", async () => {
    const opened = await open({ policy: { review: { maySkip: ["summarise"] } } });
    const { pane, page, fixture } = opened;
    const sent = await recordChatRequests(opened);

    // An action the policy does not list: no box.
    await page.getByRole("button", { name: "Extrait d'arrêt" }).click();
    await choose(pane, {
      action: /^Poser une question/,
      source: "Tout le document",
      fill: { "Votre question": "Qui a fait appel ?" },
    });
    await pane.getByRole("heading", { name: REVIEW_TITLE }).waitFor();
    expect(await pane.getByRole("checkbox", { name: SKIP }).count()).toBe(0);
    await pane.getByRole("button", { name: "Annuler", exact: true }).click();

    // Summarise, box left unticked: the next summary is reviewed again.
    await review(pane);
    await sendAndWait(pane);
    await newRequest(pane);
    await review(pane);
    await pane.getByRole("checkbox", { name: SKIP }).check();
    await sendAndWait(pane);
    expect(sent).toHaveLength(2);

    // Ticked: the next summary goes straight to the answer, still pseudonymised.
    await newRequest(pane);
    await choose(pane, SUMMARISE);
    await pane.getByText("Réponse terminée. Relisez-la avant de l'utiliser.").waitFor();
    expect(await pane.getByRole("heading", { name: REVIEW_TITLE }).count()).toBe(0);
    expect(sent).toHaveLength(3);
    expect(sent[2]?.action).toBe("summarise");
    expect(lastUserMessage(opened)).toContain("Mme [PERSONNE_1], née le [DATE_NAISSANCE_1]");
    expect(fixture.standIn.saw("Sophie MARTIN")).toBe(false);

    // Other actions are still reviewed.
    await newRequest(pane);
    await choose(pane, {
      action: /^Poser une question/,
      source: "Tout le document",
      fill: { "Votre question": "Qui a fait appel ?" },
    });
    await pane.getByRole("heading", { name: REVIEW_TITLE }).waitFor();
  });

  it("is not offered when the policy lets no action skip the review", async () => {
    const { pane } = await open();
    await review(pane);
    await pane.getByRole("button", { name: "Envoyer", exact: true }).waitFor();
    expect(await pane.getByRole("checkbox", { name: SKIP }).count()).toBe(0);
  });
});
