import { describe, expect, it } from "vitest";
import { paragraphs, placeCaretAfter } from "../hosts/browser/harness-page.ts";
import { reply } from "../support/mistral-stand-in.ts";
import { seriousViolations, type Violation } from "./support/accessibility-axe.ts";
import { horizontalOverflow, tabTo } from "./support/accessibility-keyboard.ts";
import { setTheme, visitEveryScreen } from "./support/accessibility-screens.ts";
import { type PlumeSession, usePlume } from "./support/plume.ts";

/** The narrowest task pane Office gives: everything must fit in it. */
const NARROW = 320;

const plume = usePlume();
let session: PlumeSession | undefined;

describe("Every screen of the pane, in light and dark theme, in a 320 px pane", () => {
  it("has no serious or critical axe violation and nothing wider than the pane", async () => {
    const violations: Record<string, Violation[]> = {};
    const overflows: Record<string, string[]> = {};
    const visited: string[] = [];
    await visitEveryScreen(plume.browser(), { paneWidth: NARROW }, async (screen, current) => {
      for (const theme of ["light", "dark"] as const) {
        await setTheme(current, theme);
        const name = `${screen} (${theme})`;
        visited.push(name);
        const found = await seriousViolations(current.pane);
        if (found.length) violations[name] = found;
        const wide = await horizontalOverflow(current.pane);
        if (wide.length) overflows[name] = wide;
      }
    });
    expect(visited).toHaveLength(2 * 13);
    expect(violations).toEqual({});
    expect(overflows).toEqual({});
  });
});

describe("The pane with the keyboard alone", () => {
  it("goes from the charter to a summary inserted in Word", async () => {
    session = await plume.open({ acceptCharter: false });
    const { page, pane, fixture } = session;
    fixture.standIn.script(
      reply("Mme [PERSONNE_2] doit fournir son acte de naissance (dossier [DOSSIER_1]).", {
        chunkSize: 5,
      })
    );
    // Where the answer goes, chosen in the document beforehand; then into the pane, on no control.
    await placeCaretAfter(page, "document", "Madame,");
    await pane.getByRole("heading", { name: "Avant de commencer" }).click();

    await tabTo(page, pane.getByRole("button", { name: /J'ai lu/ }));
    await page.keyboard.press("Enter");

    // Every action of Word with the arrow keys, round to the first again.
    const actions = pane
      .getByRole("radiogroup", { name: "Que voulez-vous faire ?" })
      .getByRole("radio");
    await tabTo(page, actions.first());
    const count = await actions.count();
    expect(count).toBe(6);
    for (let i = 1; i <= count; i++) {
      await page.keyboard.press("ArrowDown");
      await expect.poll(() => actions.nth(i % count).isChecked()).toBe(true);
    }
    await tabTo(page, pane.getByRole("radio", { name: "Tout le document" }));
    await page.keyboard.press("ArrowRight");
    expect(await pane.getByRole("radio", { name: "La sélection", exact: true }).isChecked()).toBe(
      true
    );
    await page.keyboard.press("ArrowLeft");
    expect(await pane.getByRole("radio", { name: "Tout le document" }).isChecked()).toBe(true);
    await tabTo(page, pane.getByRole("button", { name: "Continuer" }));
    await page.keyboard.press("Enter");

    await tabTo(page, pane.getByRole("button", { name: "Envoyer" }));
    await page.keyboard.press("Space");
    await pane.getByText("Réponse terminée").waitFor();
    await tabTo(page, pane.getByRole("button", { name: "Insérer au curseur" }));
    await page.keyboard.press("Enter");
    await pane.getByText("Inséré dans votre document.").waitFor();
    expect(await paragraphs(page, "document")).toContain(
      "Madame,Mme Sophie MARTIN doit fournir son acte de naissance (dossier 2025-0173)."
    );
  });

  it("goes from the charter to a reply opened in Outlook", async () => {
    session = await plume.open({ acceptCharter: false, surface: "read" });
    const { page, pane, fixture } = session;
    fixture.standIn.script(reply("Bonjour, je vous confirme le rendez-vous.", { chunkSize: 5 }));
    await pane.getByRole("heading", { name: "Avant de commencer" }).click();
    await tabTo(page, pane.getByRole("button", { name: /J'ai lu/ }));
    await page.keyboard.press("Enter");

    const actions = pane
      .getByRole("radiogroup", { name: "Que voulez-vous faire ?" })
      .getByRole("radio");
    await tabTo(page, actions.first());
    expect(await actions.count()).toBe(2);
    await page.keyboard.press("ArrowDown");
    expect(await pane.getByRole("radio", { name: /^Préparer une réponse/ }).isChecked()).toBe(true);
    // Past the optional instructions, back from the bottom of the pane.
    await tabTo(page, pane.getByRole("button", { name: "Continuer" }));
    await tabTo(page, pane.getByRole("textbox", { name: "Vos consignes" }), true);
    await tabTo(page, pane.getByRole("button", { name: "Continuer" }));
    await page.keyboard.press("Enter");

    await tabTo(page, pane.getByRole("button", { name: "Envoyer" }));
    await page.keyboard.press("Enter");
    await pane.getByText("Réponse terminée").waitFor();
    await tabTo(page, pane.getByRole("button", { name: "Répondre avec ce texte" }));
    await page.keyboard.press("Enter");
    await pane.getByText("Le formulaire de réponse est ouvert.").waitFor();
    await expect
      .poll(() => page.getByTestId("reply-body").innerText())
      .toContain("Bonjour, je vous confirme le rendez-vous.");
  });
});
