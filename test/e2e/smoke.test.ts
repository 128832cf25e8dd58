import { describe, expect, it } from "vitest";
import { paragraphs, placeCaretAfter } from "../hosts/browser/harness-page.ts";
import { reply } from "../support/mistral-stand-in.ts";
import { chooseAction, sendAndWait, type PlumeSession, usePlume } from "./support/plume.ts";

const plume = usePlume();
let session: PlumeSession | undefined;

describe("Plume in Word, from the document to the inserted summary", () => {
  it("sends only placeholders and inserts the summary with the originals back", async () => {
    session = await plume.open();
    const { page, pane, fixture } = session;
    fixture.standIn.script(
      reply("Mme [PERSONNE_2] doit fournir son acte de naissance (dossier [DOSSIER_1]).", {
        chunkSize: 3,
      })
    );
    await chooseAction(pane, /^Résumer/, { source: "Tout le document" });
    await pane.getByRole("heading", { name: "Vérifiez ce qui va partir" }).waitFor();
    const answer = await sendAndWait(pane);
    expect(answer).toBe(
      "Mme Sophie MARTIN doit fournir son acte de naissance (dossier 2025-0173)."
    );

    const sent = session.receivedByModel();
    expect(sent).toContain("[PERSONNE_2]");
    for (const canary of ["MARTIN", "2025-0173", "2 85 07 69 266 456 01", "Paul LEROY"])
      expect(sent).not.toContain(canary);

    const before = await paragraphs(page, "document");
    await placeCaretAfter(page, "document", "Madame,");
    await pane.getByRole("button", { name: "Insérer au curseur" }).click();
    await pane.getByText("Inséré dans votre document.").waitFor();
    // At the cursor, as Word inserts: in the paragraph, after the caret.
    const after = await paragraphs(page, "document");
    expect(after.length).toBe(before.length);
    expect(after).toContain(`Madame,${answer}`);
  });
});
