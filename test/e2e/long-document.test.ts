import type { Frame } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { cutStream, reply } from "../support/mistral-stand-in.ts";
import { buildCaseFile, type CaseFile } from "./support/long-document-case-file.ts";
import {
  answerEach,
  isChat,
  isFinalMerge,
  partOf,
  requestChars,
  type PartRequest,
} from "./support/long-document-stand-in.ts";
import {
  chooseAction,
  pasteAsNewDocument,
  sendAndWait,
  type PlumeSession,
  usePlume,
} from "./support/plume.ts";

/** Small enough that the characters, not the model's context, bound each part: about 18 parts for 1 MB. */
const MAX_REQUEST_CHARS = 60_000;
const SUMMARY =
  "Le recueil réunit des litiges de travaux ; la cour prononce le plus souvent la résolution des contrats.";

const plume = usePlume();
let caseFile: CaseFile;
let session: PlumeSession | undefined;
beforeAll(() => {
  caseFile = buildCaseFile(1_000_000);
});

/** Records every text the pane's status line shows, and the progress bar's value beside it. */
async function recordProgress(pane: Frame): Promise<void> {
  await pane.evaluate(() => {
    const seen: Array<{ status: string; value: string | null }> = [];
    (window as unknown as { plumeProgress: typeof seen }).plumeProgress = seen;
    new MutationObserver(() => {
      const status = document.querySelector("[role=status]")?.textContent ?? "";
      const value =
        document.querySelector("[role=progressbar]")?.getAttribute("aria-valuenow") ?? null;
      const last = seen.at(-1);
      if (status && (last?.status !== status || last.value !== value)) seen.push({ status, value });
    }).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

const progressSeen = (pane: Frame) =>
  pane.evaluate(
    () =>
      (window as unknown as { plumeProgress: Array<{ status: string; value: string | null }> })
        .plumeProgress
  );

/** The case file pasted, summarised as a whole, the stand-in answering each part with short notes. */
async function summariseCaseFile(
  failing?: number
): Promise<{ answer: string; parts: PartRequest[] }> {
  session = await plume.open({
    policy: { limits: { maxRequestChars: MAX_REQUEST_CHARS } },
  });
  const { pane, fixture } = session;
  answerEach(fixture.standIn, (request) => {
    const part = partOf(request);
    if (part === undefined) return reply(SUMMARY);
    if (part.number === failing) return cutStream(0, reply("Notes interrompues."));
    // Paced, so that the progress stays on screen long enough to be seen.
    return reply(`Notes de la partie ${part.number} : un litige de travaux, tranché par la cour.`, {
      chunkSize: 40,
      delayMs: 150,
    });
  });
  await pasteAsNewDocument(session, caseFile.text);
  await chooseAction(pane, /^Résumer/, { source: "Tout le document" });

  // The engine masks the megabyte in its worker; the review shows its beginning and offers the rest.
  await pane
    .getByRole("heading", { name: "Vérifiez ce qui va partir" })
    .waitFor({ timeout: 60_000 });
  await expect
    .poll(() => pane.getByTestId("redacted-text").locator("[data-placeholder]").count())
    .toBeGreaterThan(10);
  await pane.getByRole("button", { name: /^Afficher la suite \(\d+ paragraphes\)$/ }).waitFor();

  await recordProgress(pane);
  const answer = await sendAndWait(pane);
  const parts = fixture.standIn.received.flatMap((request) => partOf(request) ?? []);
  return { answer, parts };
}

/** The parts asked for, each once, by number: 1..N. */
function distinctParts(parts: PartRequest[]): PartRequest[] {
  return [...new Map(parts.map((part) => [part.number, part])).values()].sort(
    (a, b) => a.number - b.number
  );
}

/** The document's personal values that reached the stand-in, raw or inside a JSON string. */
const leaked = () => caseFile.canaries.filter((canary) => session!.fixture.standIn.saw(canary));

const named = (part: PartRequest) => `${part.number}${part.title ? ` « ${part.title} »` : ""}`;

describe("A 1 MB case file summarised part by part", () => {
  it("shows the progress, sends bounded parts then the merge, and ends with the coverage of every part", async () => {
    const { answer, parts } = await summariseCaseFile();
    const { fixture, pane } = session!;
    expect(caseFile.text.length).toBeGreaterThanOrEqual(1_000_000);

    const all = distinctParts(parts);
    const total = all[0]!.total;
    expect(total).toBeGreaterThan(3);
    expect(all.map((part) => part.number)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(parts).toHaveLength(total);

    // Several part requests, then the merge request, each within the policy's limit.
    const chats = fixture.standIn.received.filter(isChat);
    const kinds = chats.map((request) =>
      partOf(request) ? "part" : isFinalMerge(request) ? "merge" : "other"
    );
    expect(kinds).toEqual([...Array<string>(total).fill("part"), "merge"]);
    for (const request of chats)
      expect(requestChars(request)).toBeLessThanOrEqual(MAX_REQUEST_CHARS);
    expect(caseFile.canaries.length).toBeGreaterThan(50);
    expect(leaked()).toEqual([]);

    // The progress was shown as the parts came back, with its bar.
    const progress = await progressSeen(pane);
    const counted = progress.filter(({ status }) => status.startsWith("Parties résumées"));
    expect(counted.map(({ status }) => status)).toContain(`Parties résumées : 0 sur ${total}`);
    const midway = counted.find(
      ({ status }) =>
        /: [1-9]\d* sur /.test(status) && !status.startsWith(`Parties résumées : ${total} `)
    );
    expect(midway, JSON.stringify(progress)).toBeDefined();
    const done = Number(/: (\d+) sur/.exec(midway!.status)![1]);
    expect(Number(midway!.value)).toBeCloseTo(done / total);
    expect(progress.map(({ status }) => status)).toContain("Fusion des résumés…");

    expect(answer).toBe(
      [
        SUMMARY,
        "",
        `Couverture : ${total} parties lues sur ${total} (document trop long pour une seule demande, lu par parties).`,
        `Parties lues : ${all.map(named).join(" ; ")}.`,
        "Parties non lues : aucune.",
      ].join("\n")
    );
  });

  it("names the part that failed twice as not covered", async () => {
    const failing = 3;
    const { answer, parts } = await summariseCaseFile(failing);
    const all = distinctParts(parts);
    const total = all[0]!.total;
    // Asked once, retried once, then given up.
    expect(parts.filter((part) => part.number === failing)).toHaveLength(2);
    expect(parts).toHaveLength(total + 1);

    const read = all.filter((part) => part.number !== failing);
    expect(answer.slice(0, SUMMARY.length)).toBe(SUMMARY);
    expect(answer).toContain(`Couverture : ${total - 1} parties lues sur ${total}`);
    expect(answer).toContain(`Parties lues : ${read.map(named).join(" ; ")}.`);
    expect(answer).toContain(
      `Parties non lues, faute de réponse après une nouvelle tentative : ${named(all[failing - 1]!)}. Ce résumé n'en tient pas compte`
    );
    expect(leaked()).toEqual([]);
  });
});
