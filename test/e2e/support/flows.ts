/*
 * Steps and readings shared by the end-to-end tests of Plume's actions: what the review shows, what
 * the pane sent to the gateway, what the Mistral stand-in received, and what the page holds.
 */
import type { Frame, Page } from "playwright-core";
import { expect } from "vitest";
import { paragraphs } from "../../hosts/browser/harness-page.ts";
import { waitForRecords } from "../../gateway/support/gateway-fixture.ts";
import { reply } from "../../support/mistral-stand-in.ts";
import { sendAndWait, type PlumeSession } from "./plume.ts";

/** A chat request as the pane sent it to the gateway. */
export interface SentChat {
  /** The X-Plume-Action header. */
  action: string | undefined;
  body: string;
}

/**
 * Starts recording the chat requests the pane sends to the gateway, header and body. Through a route:
 * the SDK sends a Request object, whose body the plain request event does not carry.
 */
export async function recordChatRequests(session: PlumeSession): Promise<SentChat[]> {
  const sent: SentChat[] = [];
  await session.context.route("**/v1/chat/completions", async (route) => {
    const request = route.request();
    sent.push({ action: request.headers()["x-plume-action"], body: request.postData() ?? "" });
    await route.fallback();
  });
  return sent;
}

/** A masked value as the review shows it: its placeholder, and the original in the button's title. */
export interface Mask {
  placeholder: string;
  original: string;
}

export async function reviewMasks(pane: Frame): Promise<Mask[]> {
  return pane.locator('[data-testid="redacted-text"] [data-placeholder]').evaluateAll((buttons) =>
    buttons.map((button) => ({
      placeholder: button.getAttribute("data-placeholder") ?? "",
      original: button.getAttribute("title") ?? "",
    }))
  );
}

/** The texts the review says will leave: the source, then the instructions or question if any. */
export async function reviewTexts(pane: Frame): Promise<string[]> {
  return pane
    .locator('[data-testid="redacted-text"]')
    .evaluateAll((areas) => areas.map((area) => area.textContent ?? ""));
}

/** The placeholder the review shows for `original`. */
export function placeholderOf(masks: readonly Mask[], original: string): string {
  const mask = masks.find((m) => m.original === original);
  if (!mask) {
    const shown = masks.map((m) => `${m.placeholder}=${m.original}`).join(", ");
    throw new Error(`the review masks no « ${original} » (it shows: ${shown})`);
  }
  return mask.placeholder;
}

/**
 * A model answer, written with a function that gives each value as the model sees it: called with
 * placeholders it is what the stand-in answers, with the originals it is what the user must read.
 */
export type Answer = (value: (original: string) => string) => string;

/** What the stand-in answers next, in small chunks so that placeholders are cut across chunks. */
export function scriptAnswer(
  session: PlumeSession,
  masks: readonly Mask[],
  answer: Answer
): string {
  session.fixture.standIn.script(
    reply(
      answer((o) => placeholderOf(masks, o)),
      { chunkSize: 5 }
    )
  );
  return answer((o) => o);
}

export const REVIEW_TITLE = "Vérifiez ce qui va partir";

export interface Ask {
  action: RegExp | string;
  source?: RegExp | string;
  fill?: Record<string, string>;
  select?: Record<string, string>;
  answer: Answer;
}

export interface Asked {
  /** The answer the pane shows, originals restored. */
  answer: string;
  masks: Mask[];
  /** What the review said would leave. */
  texts: string[];
}

/**
 * Picks an action and its options on the first screen, then continues to the review. Labels are matched
 * exactly: an action's radio is named with its hint, which holds words such as "sélection" or "consignes".
 */
export async function choose(pane: Frame, request: Omit<Ask, "answer">): Promise<void> {
  await pane.getByRole("radio", { name: request.action }).check();
  if (request.source) await pane.getByRole("radio", { name: request.source, exact: true }).check();
  for (const [label, value] of Object.entries(request.select ?? {}))
    await pane.getByRole("combobox", { name: label, exact: true }).selectOption(value);
  for (const [label, value] of Object.entries(request.fill ?? {}))
    await pane.getByRole("textbox", { name: label, exact: true }).fill(value);
  await pane.getByRole("button", { name: "Continuer", exact: true }).click();
}

/** Chooses the action, reads the review, scripts the model's answer and sends; checks the answer shown. */
export async function ask(session: PlumeSession, request: Ask): Promise<Asked> {
  const { pane } = session;
  await choose(pane, request);
  await pane.getByRole("heading", { name: REVIEW_TITLE }).waitFor();
  const masks = await reviewMasks(pane);
  const texts = await reviewTexts(pane);
  const expected = scriptAnswer(session, masks, request.answer);
  const answer = await sendAndWait(pane);
  expect(answer).toBe(expected);
  return { answer, masks, texts };
}

interface ChatBody {
  messages: { role: string; content: string }[];
}

const userMessageOf = (body: string): string => {
  const message = (JSON.parse(body) as ChatBody).messages.findLast((m) => m.role === "user");
  if (!message) throw new Error("a chat request without a user message");
  return message.content;
};

/** The last user message the stand-in received. */
export function lastUserMessage(session: PlumeSession): string {
  const request = session.fixture.standIn.received
    .filter((r) => r.path.startsWith("/v1/chat/completions"))
    .at(-1);
  if (!request) throw new Error("the stand-in received no chat request");
  return userMessageOf(request.body);
}

/**
 * Checks what left for one action. The pane sent the action's header and prompt with the texts exactly
 * as the review showed them, and the gateway audited that action. The stand-in got the action's prompt
 * with the review's placeholders and none of the originals they stand for (the gateway may mask more:
 * its second scan is not shown in the review).
 */
export async function expectSent(
  session: PlumeSession,
  sent: readonly SentChat[],
  expected: {
    action: string;
    prompt: readonly string[];
    asked: Asked;
    /** Where the review's texts go in the pane's message (`(texts) => "Consignes :\n" + texts[0]`). */
    placed?: (texts: readonly string[]) => string;
  }
): Promise<void> {
  const last = sent.at(-1);
  expect(last?.action).toBe(expected.action);
  const fromPane = userMessageOf(last?.body ?? "{}");
  for (const text of expected.asked.texts) expect(fromPane).toContain(text);
  if (expected.placed) expect(fromPane).toContain(expected.placed(expected.asked.texts));
  const records = await waitForRecords(session.fixture.audit, sent.length);
  expect(records.at(-1)?.action).toBe(expected.action);

  const toModel = lastUserMessage(session);
  for (const phrase of expected.prompt) {
    expect(fromPane).toContain(phrase);
    expect(toModel).toContain(phrase);
  }
  expect(expected.asked.masks.length).toBeGreaterThan(0);
  for (const { original, placeholder } of expected.asked.masks) {
    expect(toModel).toContain(placeholder);
    expect(session.fixture.standIn.saw(original), `« ${original} » reached the model`).toBe(false);
  }
}

/** The markup of a part of the page, to tell whether anything in it changed. */
export function markup(page: Page, testid: string): Promise<string> {
  return page.locator(`[data-testid="${testid}"]`).innerHTML();
}

/** The text of an editable area as Word gives it: its paragraphs joined by line breaks. */
export async function areaText(page: Page, testid: string): Promise<string> {
  return (await paragraphs(page, testid)).join("\n");
}

/** Clicks one of the result's buttons and waits for the pane to say it was done. */
export async function useAnswer(pane: Frame, button: string, done: string): Promise<void> {
  await pane.getByRole("button", { name: button, exact: true }).click();
  await pane.getByText(done).waitFor();
}
