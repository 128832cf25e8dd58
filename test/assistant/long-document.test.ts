import { setImmediate } from "node:timers/promises";
import { beforeAll, describe, expect, it } from "vitest";
import type { ActionSpec } from "../../src/assistant/actions.ts";
import { sizeOf } from "../../src/assistant/budget.ts";
import { ChatError, type ChatRequest } from "../../src/assistant/chat-client.ts";
import type { AssistantEvent } from "../../src/assistant/events.ts";
import { runAction, type RunActionOptions } from "../../src/assistant/run-action.ts";
import { Engine, type PseudonymiseResult } from "../../src/redaction/index.ts";
import { caseFile } from "./case-file.ts";
import {
  abortedRequests,
  fencedText,
  ScriptedClient,
  sentText,
  type Responder,
  type Script,
} from "./scripted-client.ts";

const SUMMARY: ActionSpec = { action: "summarise", format: "detailed", source: "text" };
const FINAL_ANSWER =
  "Le tribunal a statué sur le bail de M. [PERSONNE_1], assigné par Mme [PERSONNE_2].";

let large: PseudonymiseResult;
let small: PseudonymiseResult;
beforeAll(() => {
  const engine = new Engine();
  large = engine.pseudonymise(caseFile(1_000_000));
  small = engine.pseudonymise(caseFile(120_000));
});

type Kind = "part" | "merge" | "final";
function kindOf(request: ChatRequest): Kind {
  const user = request.messages.find((m) => m.role === "user")!.content;
  if (/Voici la partie \d+ sur \d+/.test(user)) return "part";
  return /Fusionne-les|Réunis-le/.test(user) ? "merge" : "final";
}
const partNumber = (request: ChatRequest) =>
  Number(/Voici la partie (\d+) sur/.exec(request.messages[1]!.content)![1]);
const partsOf = (client: ScriptedClient) => client.requests.filter((r) => kindOf(r) === "part");

/** Notes that keep the part's first placeholders, as a model would; `length` characters when given. */
function notes(request: ChatRequest, length?: number): Script {
  const placeholders = fencedText(request).match(/\[[A-Z_]+_\d+\]/g) ?? [];
  const text = `Notes : ${placeholders.slice(0, 3).join(", ")} ; bail commercial, loyers impayés, délais accordés. `;
  return {
    answer: length ? text.repeat(Math.ceil(length / text.length)).slice(0, length) : text,
    cuts: [5],
  };
}

/** A model that takes notes of parts, merges them, and writes the final answer in three chunks. */
const model =
  (part: (request: ChatRequest) => Script = notes): Responder =>
  (request) => {
    const kind = kindOf(request);
    if (kind === "part") return part(request);
    if (kind === "merge") return notes(request);
    return { answer: FINAL_ANSWER, cuts: [20, 25] };
  };

function options(
  client: ScriptedClient,
  source: PseudonymiseResult,
  overrides: Partial<RunActionOptions> = {}
): RunActionOptions {
  return {
    client,
    spec: SUMMARY,
    source: { text: source.text, headingStarts: [] },
    vault: source.vault,
    budget: { maxRequestChars: 60_000 },
    ...overrides,
  };
}

async function collect(events: AsyncIterable<AssistantEvent>): Promise<AssistantEvent[]> {
  const all: AssistantEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}
const done = (events: AssistantEvent[]) => {
  const last = events.at(-1)!;
  if (last.type !== "done") throw new Error("no done event");
  return last;
};
const progress = (events: AssistantEvent[]) =>
  events.flatMap((e) => (e.type === "progress" ? [e] : []));

describe("a document too long for one request", () => {
  it("is summarised part by part: each part once, at most 3 at a time, with progress and coverage", async () => {
    expect(large.text.length).toBeGreaterThan(990_000);
    const client = new ScriptedClient(model());
    const events = await collect(runAction(options(client, large)));

    const parts = partsOf(client);
    const total = parts.length;
    expect(total).toBeGreaterThan(15);
    expect(parts.map(partNumber).sort((a, b) => a - b)).toEqual(
      Array.from({ length: total }, (_, i) => i + 1)
    );
    const inOrder = [...parts].sort((a, b) => partNumber(a) - partNumber(b));
    expect(inOrder.map(fencedText).join("")).toBe(large.text);
    for (const request of client.requests)
      expect(sizeOf(request.messages).chars).toBeLessThanOrEqual(60_000);

    expect(client.maxInFlight).toBeLessThanOrEqual(3);
    expect(client.maxInFlight).toBeGreaterThan(1);

    const steps = progress(events);
    expect(steps[0]).toEqual({ type: "progress", phase: "parts", done: 0, total, failed: 0 });
    const partSteps = steps.filter((s) => s.phase === "parts");
    expect(partSteps.map((s) => s.done)).toEqual(Array.from({ length: total + 1 }, (_, i) => i));
    expect(partSteps.every((s) => s.total === total)).toBe(true);
    expect(steps.at(-1)).toEqual({
      type: "progress",
      phase: "merge",
      done: total,
      total,
      failed: 0,
    });
    expect(events.findIndex((e) => e.type === "text")).toBeGreaterThan(
      events.indexOf(steps.at(-1)!)
    );

    const answer = done(events);
    expect(
      answer.text.startsWith(
        "Le tribunal a statué sur le bail de M. Jean DUPONT, assigné par Mme Marie-Claire LEFEBVRE."
      )
    ).toBe(true);
    expect(events.flatMap((e) => (e.type === "text" ? [e.text] : [])).join("")).toBe(answer.text);
    expect(answer.coverage!.parts).toHaveLength(total);
    expect(answer.coverage!.parts.every((p) => p.covered)).toBe(true);
    const note = answer.text.slice(answer.text.indexOf("Couverture"));
    expect(note).toMatch(new RegExp(`^Couverture : ${total} parties lues sur ${total} `));
    for (const part of answer.coverage!.parts)
      expect(note).toContain(`${part.index + 1} « ${part.title} »`);
    expect(note).toMatch(/Parties non lues : aucune\.$/);
    expect(answer.unknownPlaceholders).toEqual([]);

    // The notes went back and forth pseudonymised: nothing the vault holds was ever sent.
    const sent = sentText(client);
    expect(sent).toContain("Notes : [");
    for (const original of large.vault.entries().flatMap((e) => e.variants))
      expect(sent).not.toContain(original);
  });

  it("merges notes in rounds while they are too long for one request", async () => {
    const client = new ScriptedClient(model((request) => notes(request, request.maxTokens! * 3.5)));
    const answer = done(await collect(runAction(options(client, large))));
    const merges = client.requests.filter((r) => kindOf(r) === "merge");
    expect(merges.length).toBeGreaterThan(1);
    expect(client.requests.filter((r) => kindOf(r) === "final")).toHaveLength(1);
    for (const request of client.requests)
      expect(sizeOf(request.messages).chars).toBeLessThanOrEqual(60_000);
    expect(answer.coverage!.parts.every((p) => p.covered)).toBe(true);
  });

  it("fits every request, and the answer it asks for, in the model's context window", async () => {
    const budget = { maxRequestChars: 400_000, contextTokens: 32_000, answerTokens: 1500 };
    const client = new ScriptedClient(model((request) => notes(request, request.maxTokens! * 3.5)));
    const answer = done(await collect(runAction(options(client, large, { budget }))));
    expect(partsOf(client).length).toBeGreaterThan(5);
    for (const request of client.requests)
      expect(sizeOf(request.messages).tokens + request.maxTokens!).toBeLessThanOrEqual(
        budget.contextTokens
      );
    expect(answer.coverage!.parts.every((p) => p.covered)).toBe(true);
  });

  it("cuts on the headings the host gives", async () => {
    const headingStarts = [...small.text.matchAll(/^PIÈCE N° \d+/gm)].map((m) => m.index);
    const client = new ScriptedClient(model());
    const answer = done(
      await collect(
        runAction(
          options(client, small, {
            source: { text: small.text, headingStarts },
            budget: { maxRequestChars: 15_000 },
          })
        )
      )
    );
    const parts = answer.coverage!.parts;
    expect(parts.length).toBeGreaterThan(4);
    for (const part of parts) expect(headingStarts).toContain(part.start);
    expect(parts[1]!.title).toMatch(
      /^PIÈCE N° \d+ : JUGEMENT DU TRIBUNAL JUDICIAIRE … PIÈCE N° \d+/
    );
  });

  it("keeps to the concurrency asked for", async () => {
    const client = new ScriptedClient(model());
    await collect(
      runAction(options(client, small, { concurrency: 2, budget: { maxRequestChars: 15_000 } }))
    );
    expect(partsOf(client).length).toBeGreaterThan(4);
    expect(client.maxInFlight).toBe(2);
  });

  it("retries a failed part once, then names it as not covered", async () => {
    const client = new ScriptedClient(
      model((request) =>
        partNumber(request) === 3
          ? { fail: new ChatError("unavailable", { status: 503 }) }
          : notes(request)
      )
    );
    const events = await collect(
      runAction(options(client, small, { budget: { maxRequestChars: 15_000 } }))
    );
    const total = new Set(partsOf(client).map(partNumber)).size;
    expect(partsOf(client).filter((r) => partNumber(r) === 3)).toHaveLength(2);
    expect(partsOf(client)).toHaveLength(total + 1);

    const answer = done(events);
    expect(answer.coverage!.parts.filter((p) => !p.covered).map((p) => p.index)).toEqual([2]);
    expect(progress(events).at(-1)).toMatchObject({ phase: "merge", failed: 1 });
    const title = answer.coverage!.parts[2]!.title;
    expect(answer.text).toContain(`Couverture : ${total - 1} parties lues sur ${total} `);
    expect(answer.text).toContain(
      `Parties non lues, faute de réponse après une nouvelle tentative : 3 « ${title} ».`
    );
    expect(answer.text).not.toMatch(/Parties lues : [^\n]*\b3 «/);
    // What the final answer rests on says nothing of part 3.
    const final = client.requests.find((r) => kindOf(r) === "final")!;
    expect(fencedText(final)).not.toMatch(/^Partie 3 /m);
  });

  it("covers a part that succeeds when retried", async () => {
    let failures = 0;
    const client = new ScriptedClient(
      model((request) =>
        partNumber(request) === 2 && failures++ === 0
          ? { fail: new ChatError("stream-cut") }
          : notes(request)
      )
    );
    const answer = done(
      await collect(runAction(options(client, small, { budget: { maxRequestChars: 15_000 } })))
    );
    expect(partsOf(client).filter((r) => partNumber(r) === 2)).toHaveLength(2);
    expect(answer.coverage!.parts.every((p) => p.covered)).toBe(true);
  });

  it("fails with the client's error when no part could be read", async () => {
    const client = new ScriptedClient(() => ({
      fail: new ChatError("unavailable", { status: 502 }),
    }));
    await expect(
      collect(runAction(options(client, small, { budget: { maxRequestChars: 15_000 } })))
    ).rejects.toMatchObject({
      kind: "unavailable",
    });
  });

  it("stops everything at the first error that no retry can fix", async () => {
    const client = new ScriptedClient(
      model((request) =>
        partNumber(request) === 2
          ? { fail: new ChatError("unauthorized", { status: 401 }) }
          : { hang: true }
      )
    );
    await expect(
      collect(runAction(options(client, small, { budget: { maxRequestChars: 15_000 } })))
    ).rejects.toMatchObject({
      kind: "unauthorized",
    });
    expect(partsOf(client).length).toBeLessThanOrEqual(3);
    expect(abortedRequests(client)).toBe(client.requests.length);
  });

  it("stops every request at once when cancelled mid-way, and gives no further text", async () => {
    const controller = new AbortController();
    const client = new ScriptedClient(
      model((request) => (partNumber(request) <= 2 ? notes(request) : { hang: true }))
    );
    const events: AssistantEvent[] = [];
    let requestsAtAbort = 0;
    const outcome = await (async () => {
      for await (const event of runAction(options(client, large, { signal: controller.signal }))) {
        events.push(event);
        if (event.type === "progress" && event.done === 2) {
          requestsAtAbort = client.requests.length;
          controller.abort();
        }
      }
    })().catch((e: unknown) => e);

    expect(outcome).toBeInstanceOf(ChatError);
    expect(outcome).toMatchObject({ kind: "cancelled" });
    expect(events.at(-1)).toMatchObject({ type: "progress", done: 2 });
    expect(events.some((e) => e.type === "text")).toBe(false);
    await setImmediate();
    await setImmediate();
    expect(client.requests.length).toBe(requestsAtAbort);
    expect(abortedRequests(client)).toBe(client.requests.length);
    expect(client.inFlight).toBe(0);
  });

  it("answers a question on the whole document from what each part says of it", async () => {
    const question =
      "À quelle date le commandement de payer a-t-il été délivré à M. [PERSONNE_1] ?";
    const client = new ScriptedClient(model());
    const answer = done(
      await collect(
        runAction(
          options(client, small, {
            spec: { action: "question", question },
            budget: { maxRequestChars: 15_000 },
          })
        )
      )
    );
    for (const part of partsOf(client)) expect(part.messages[1]!.content).toContain(question);
    expect(client.requests.at(-1)!.messages[1]!.content).toContain(question);
    expect(answer.text).toMatch(/Couverture : \d+ parties lues/);
  });
});
