import { describe, expect, it } from "vitest";
import type { ActionSpec } from "../../src/assistant/actions.ts";
import { ChatError } from "../../src/assistant/chat-client.ts";
import { AssistantError } from "../../src/assistant/errors.ts";
import type { AssistantEvent } from "../../src/assistant/events.ts";
import { runAction, type RunActionOptions } from "../../src/assistant/run-action.ts";
import { Engine, Vault } from "../../src/redaction/index.ts";
import {
  abortedRequests,
  chunksOf,
  fencedText,
  ScriptedClient,
  sentText,
  type Responder,
} from "./scripted-client.ts";

const engine = new Engine();
const letter = engine.pseudonymise(
  "Madame, Mme Claire FONTAINE, demeurant 8 rue des Lilas, 35000 Rennes, conteste la décision prise à l'égard de M. Paul GIRARD le 3 mars 2024."
);
const originals = letter.vault.entries().flatMap((e) => e.variants);
const SUMMARY: ActionSpec = { action: "summarise", format: "short", source: "text" };

function options(
  client: ScriptedClient,
  overrides: Partial<RunActionOptions> = {}
): RunActionOptions {
  return {
    client,
    spec: SUMMARY,
    source: { text: letter.text, headingStarts: [] },
    vault: letter.vault,
    budget: { maxRequestChars: 50_000 },
    ...overrides,
  };
}

async function collect(events: AsyncIterable<AssistantEvent>): Promise<AssistantEvent[]> {
  const all: AssistantEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

const texts = (events: AssistantEvent[]) =>
  events.flatMap((e) => (e.type === "text" ? [e.text] : []));
const done = (events: AssistantEvent[]) => events.find((e) => e.type === "done")!;
const answering =
  (answer: string, cuts?: number[]): Responder =>
  () => ({ answer, ...(cuts ? { cuts } : {}) });

describe("runAction", () => {
  it("sends the pseudonymised source only, with the action, model and limits", async () => {
    const client = new ScriptedClient(answering("Résumé."));
    await collect(runAction(options(client, { model: "mistral-small-latest" })));
    expect(client.requests).toHaveLength(1);
    const [request] = client.requests;
    expect(request).toMatchObject({
      action: "summarise",
      model: "mistral-small-latest",
      maxTokens: 2048,
    });
    expect(fencedText(request!)).toBe(letter.text);
    expect(letter.text).toContain("Mme [PERSONNE_1]");
    for (const original of originals) expect(sentText(client)).not.toContain(original);
  });

  it("restores a placeholder split across chunks once it is complete", async () => {
    const answer = "Mme [PERSONNE_1] conteste la décision visant M. [PERSONNE_2].";
    const first = answer.indexOf("[");
    const second = answer.lastIndexOf("[");
    const cuts = [first, first + 4, first + 9, first + 10, second + 1, second + 11];
    expect(chunksOf(answer, cuts)).toEqual(
      expect.arrayContaining(["[PER", "SONNE", "_", "PERSONNE_2"])
    );
    const events = await collect(runAction(options(new ScriptedClient(answering(answer, cuts)))));
    const pieces = texts(events);
    expect(pieces.join("")).toBe("Mme Claire FONTAINE conteste la décision visant M. Paul GIRARD.");
    for (const piece of pieces) expect(piece).not.toMatch(/\[|PERS|ONNE/);
    expect(pieces.length).toBeGreaterThan(1);
    expect(done(events)).toEqual({
      type: "done",
      text: "Mme Claire FONTAINE conteste la décision visant M. Paul GIRARD.",
      pseudonymised: answer,
      unknownPlaceholders: [],
    });
  });

  it("reports the placeholders the model invented and leaves them as written", async () => {
    const answer = "[PERSONNE_1] a écrit à [PERSONNE_9] au sujet de [ADRESSE_4].";
    const events = await collect(runAction(options(new ScriptedClient(answering(answer, [20])))));
    expect(done(events)).toMatchObject({
      text: "Claire FONTAINE a écrit à [PERSONNE_9] au sujet de [ADRESSE_4].",
      unknownPlaceholders: ["[PERSONNE_9]", "[ADRESSE_4]"],
    });
  });

  it("refuses, before sending anything, a text too long for one request for any action but summarise and question", async () => {
    const long = `${letter.text} `.repeat(400);
    const specs: ActionSpec[] = [
      { action: "draft", kind: "letter", instructions: "Répondre." },
      { action: "rewrite", style: "plain" },
      { action: "correct" },
      { action: "translate", target: "en" },
      { action: "reply", instructions: "Accuser réception." },
    ];
    for (const spec of specs) {
      const client = new ScriptedClient(answering("non"));
      const run = runAction(options(client, { spec, source: { text: long, headingStarts: [] } }));
      const error = await collect(run).catch((e: unknown) => e);
      expect(error, spec.action).toBeInstanceOf(AssistantError);
      expect(error).toMatchObject({ kind: "too-long", size: long.length });
      expect((error as AssistantError).limit).toBeLessThan(50_000);
      expect((error as AssistantError).limit).toBeGreaterThan(40_000);
      expect((error as Error).message).toMatch(/trop long/);
      expect(client.requests).toHaveLength(0);
    }
  });

  it("counts the answer's room against the context window for actions that give the text back", async () => {
    const budget = { maxRequestChars: 1_000_000, contextTokens: 8000, answerTokens: 1000 };
    const text = `${letter.text} `.repeat(80);
    const correct = runAction(
      options(new ScriptedClient(answering("ok")), {
        spec: { action: "correct" },
        source: { text, headingStarts: [] },
        budget,
      })
    );
    await expect(collect(correct)).rejects.toMatchObject({ kind: "too-long" });
    const summary = await collect(
      runAction(
        options(new ScriptedClient(answering("ok")), {
          source: { text, headingStarts: [] },
          budget,
        })
      )
    );
    expect(done(summary).type).toBe("done");
  });

  it("asks for a text to work on, except to draft", async () => {
    const client = new ScriptedClient(answering("Objet : réponse"));
    await expect(
      collect(runAction(options(client, { source: { text: " \n", headingStarts: [] } })))
    ).rejects.toMatchObject({
      kind: "empty",
    });
    const draft = await collect(
      runAction(
        options(client, {
          spec: { action: "draft", kind: "email", instructions: "Remercier." },
          source: { text: "", headingStarts: [] },
        })
      )
    );
    expect(done(draft)).toMatchObject({ text: "Objet : réponse" });
  });

  it("passes the client's failure on as it is", async () => {
    const client = new ScriptedClient(() => ({
      fail: new ChatError("unauthorized", { status: 401 }),
    }));
    await expect(collect(runAction(options(client)))).rejects.toMatchObject({
      kind: "unauthorized",
    });
  });

  it("stops at once when cancelled mid-stream and gives no more text", async () => {
    const controller = new AbortController();
    const client = new ScriptedClient(() => ({
      answer: "Premier morceau. Second morceau. Troisième.",
      cuts: [17, 33],
    }));
    const events: AssistantEvent[] = [];
    const run = runAction(options(client, { signal: controller.signal }));
    const error = await (async () => {
      for await (const event of run) {
        events.push(event);
        controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChatError);
    expect(error).toMatchObject({ kind: "cancelled" });
    expect(texts(events)).toEqual(["Premier morceau. "]);
    expect(abortedRequests(client)).toBe(1);
  });

  it("stops a request that hangs when cancelled", async () => {
    const controller = new AbortController();
    const client = new ScriptedClient(() => ({ hang: true }));
    const run = collect(runAction(options(client, { signal: controller.signal })));
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    await expect(run).rejects.toMatchObject({ kind: "cancelled" });
  });

  it("sends nothing when cancelled before it starts", async () => {
    const client = new ScriptedClient(answering("non"));
    const run = collect(runAction(options(client, { signal: AbortSignal.abort() })));
    await expect(run).rejects.toMatchObject({ kind: "cancelled" });
    expect(client.requests).toHaveLength(0);
  });

  it("aborts the request when the caller stops reading", async () => {
    const client = new ScriptedClient(answering("Un. Deux. Trois.", [4, 9]));
    for await (const event of runAction(options(client))) if (event.type === "text") break;
    expect(abortedRequests(client)).toBe(1);
  });

  it("gives an answer that echoes the source each name as the source wrote it there, and a summary the fullest", async () => {
    const source = "Mme Sandrine DOS SANTOS a écrit le 3 mars. Mme Dos Santos confirme sa demande.";
    const masked = engine.pseudonymise(source);
    expect(masked.text).toBe(
      "Mme [PERSONNE_1] a écrit le 3 mars. Mme [PERSONNE_1] confirme sa demande."
    );
    const run = (spec: ActionSpec, answer: string) =>
      collect(
        runAction(
          options(new ScriptedClient(answering(answer, [6, 50])), {
            spec,
            source: { text: masked.text, headingStarts: [], writings: masked.replacements },
            vault: masked.vault,
          })
        )
      );
    const corrected = await run(
      { action: "correct" },
      `${masked.text} Mme [PERSONNE_1] remercie le service.`
    );
    // Past the source's mentions, a name comes back in its fullest writing.
    expect(done(corrected)).toMatchObject({
      text: `${source} Mme Sandrine DOS SANTOS remercie le service.`,
    });
    const summary = await run(SUMMARY, "Mme [PERSONNE_1] confirme. Mme [PERSONNE_1] attend.");
    expect(done(summary)).toMatchObject({
      text: "Mme Sandrine DOS SANTOS confirme. Mme Sandrine DOS SANTOS attend.",
    });
  });

  it("gives a corrected text the source's writing at each place, even past a mention the model dropped", async () => {
    const source =
      "M. Jean DUPONT a écrit. Le 5 mars, M. Dupont a appelé. Jean Dupont confirme sa demande.";
    const masked = engine.pseudonymise(source);
    expect(masked.text).toBe(
      "M. [PERSONNE_1] a écrit. Le 5 mars, M. [PERSONNE_1] a appelé. [PERSONNE_1] confirme sa demande."
    );
    const events = await collect(
      runAction(
        options(
          new ScriptedClient(
            answering(
              "M. [PERSONNE_1] a écrit. Le 5 mars, il a appelé. [PERSONNE_1] confirme sa demande.",
              [6, 50]
            )
          ),
          {
            spec: { action: "correct" },
            source: { text: masked.text, headingStarts: [], writings: masked.replacements },
            vault: masked.vault,
          }
        )
      )
    );
    expect(done(events)).toMatchObject({
      text: "M. Jean DUPONT a écrit. Le 5 mars, il a appelé. Jean Dupont confirme sa demande.",
    });
  });

  it("restores from the vault given, whatever else it holds", async () => {
    const vault = Vault.fromJSON(letter.vault.toJSON());
    vault.placeholderFor("PERSONNE", "Autre Personne");
    const events = await collect(
      runAction(options(new ScriptedClient(answering("[PERSONNE_3] et [PERSONNE_1]")), { vault }))
    );
    expect(done(events)).toMatchObject({ text: "Autre Personne et Claire FONTAINE" });
  });
});
