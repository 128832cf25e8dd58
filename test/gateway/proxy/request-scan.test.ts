import { afterEach, describe, expect, it } from "vitest";
import { reply } from "../../support/mistral-stand-in.ts";
import { CANARIES, CANARY_TEXT, CANARY_VALUES } from "../support/canaries.ts";
import {
  auditRecords,
  postChat,
  startGatewayFixture,
  type GatewayFixture,
} from "../support/gateway-fixture.ts";

let fixture: GatewayFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const MODEL = "mistral-small-latest";
const T = CANARY_TEXT;
const ask = { role: "user", content: "Réponds." };
const toolCall = (args: unknown) => ({
  role: "assistant",
  content: "",
  tool_calls: [
    { id: "abc123def", type: "function", function: { name: "chercher", arguments: args } },
  ],
});

/** JSON as Python's `json.dumps` writes it by default: every letter beyond ASCII as `\u00e9`. */
const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );

/** A request for each place a client may put text, every one holding the whole canary text. */
const FIELDS: Record<string, Record<string, unknown>> = {
  "a tool's result written as JSON, accents and line breaks escaped": {
    messages: [
      ask,
      toolCall("{}"),
      { role: "tool", tool_call_id: "abc123def", name: "chercher", content: asciiJson({ r: T }) },
    ],
  },
  "JSON written with escapes, pasted into a message's prose": {
    messages: [
      { role: "user", content: `Voici la fiche exportée : ${asciiJson({ r: T })}. Résume-la.` },
    ],
  },
  "an answer asked as JSON, sent back as the assistant's message": {
    messages: [
      { role: "user", content: "Extrais." },
      { role: "assistant", content: JSON.stringify({ t: T }) },
      ask,
    ],
  },
  "tool call arguments (JSON in a string)": {
    messages: [
      ask,
      toolCall(JSON.stringify({ q: T })),
      { role: "tool", tool_call_id: "abc123def", name: "chercher", content: "ok" },
    ],
  },
  "tool call arguments (an object)": {
    messages: [ask, toolCall({ q: T }), { role: "tool", tool_call_id: "abc123def", content: "ok" }],
  },
  "a tool message's name": {
    messages: [ask, { role: "tool", tool_call_id: "abc123def", name: T, content: "ok" }],
  },
  "tool descriptions, parameter descriptions and property names": {
    messages: [ask],
    tools: [
      {
        type: "function",
        function: {
          name: "chercher",
          description: T,
          parameters: {
            type: "object",
            properties: { [CANARIES.email]: { type: "string", description: T } },
          },
        },
      },
    ],
  },
  "a JSON schema's description": {
    messages: [ask],
    response_format: {
      type: "json_schema",
      json_schema: { name: "s", description: T, schema: { type: "object", description: T } },
    },
  },
  "stop words": { messages: [ask], stop: [T] },
  "metadata, as text and as a long number": {
    messages: [ask],
    metadata: { note: T, nir: 184057512345625 },
  },
  "a prediction": { messages: [ask], prediction: { type: "content", content: T } },
  "the prompt cache key": { messages: [ask], prompt_cache_key: T },
  "the tool choice's function name": {
    messages: [ask],
    tool_choice: { type: "function", function: { name: T } },
  },
  "a thinking chunk": {
    messages: [
      ask,
      { role: "assistant", content: [{ type: "thinking", thinking: [{ type: "text", text: T }] }] },
      ask,
    ],
  },
  "a field Mistral does not know, on a message": {
    messages: [{ role: "user", content: "x", extra: T }],
  },
  "content nested in an array": {
    messages: [{ role: "user", content: [[{ type: "text", text: T }]] }],
  },
  "content as an object": { messages: [{ role: "user", content: { type: "text", text: T } }] },
};

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await postChat(fixture!, body, headers);
  return { status: response.status, body: await response.text() };
}

const received = () => fixture!.standIn.receivedBytes().toString("utf8");

describe("the gateway's scan reads every string of a request, whatever field carries it", () => {
  it("lets no canary reach Mistral through any field, streamed or not", async () => {
    fixture = await startGatewayFixture();
    for (const [field, request] of Object.entries(FIELDS)) {
      for (const stream of [false, true]) {
        const before = fixture.standIn.receivedBytes().length;
        const answer = await post({ model: MODEL, ...request, stream });
        const sent = fixture.standIn.receivedBytes().subarray(before).toString("utf8");
        for (const value of CANARY_VALUES)
          expect(sent, `${field}, stream ${stream}: ${value}`).not.toContain(value);
        expect(answer.status, `${field}, stream ${stream}`).toBeLessThan(500);
      }
    }
  });

  it("refuses, under a refusing policy, a NIR in any field, and sends nothing", async () => {
    fixture = await startGatewayFixture({ entities: { onViolation: "refuse" } });
    for (const [field, request] of Object.entries(FIELDS)) {
      const answer = await post({ model: MODEL, ...request });
      expect(answer.status, field).toBe(422);
      expect(JSON.parse(answer.body), field).toMatchObject({ code: "personal_data_refused" });
    }
    expect(fixture.standIn.received).toHaveLength(0);
  });

  it("reads a conversation as one text: a name given once is masked everywhere, a value cut across text chunks is found whole", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(reply("Réponse à [PERSONNE_1], IBAN [IBAN_1]."));
    const answer = await post({
      model: MODEL,
      messages: [
        { role: "user", content: "Le dossier de Mme Ophélie Karamanlis est complet." },
        { role: "assistant", content: "Bien noté." },
        {
          role: "user",
          content: [
            {
              type: "text",
              text: "Répondez à Karamanlis ; remboursement sur FR76 3000 6000 0112 ",
            },
            { type: "text", text: "3456 7890 189." },
          ],
        },
      ],
    });
    expect(answer.status).toBe(200);
    const sent = received();
    for (const value of ["Karamanlis", "Ophélie", "3000 6000", "3456 7890"])
      expect(sent).not.toContain(value);
    expect(sent).toContain("Répondez à [PERSONNE_1] ; remboursement sur [IBAN_1]");
    // Each chunk holding part of the IBAN carries its placeholder, and the answer gets the whole value.
    expect(JSON.parse(answer.body).choices[0].message.content).toBe(
      `Réponse à Ophélie Karamanlis, IBAN ${CANARIES.iban}.`
    );
  });

  it("gives one person one placeholder, however the messages name her before her full name", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(reply("Réponse à [PERSONNE_1]."));
    const answer = await post({
      model: MODEL,
      messages: [
        { role: "user", content: "Bonjour Nathalie, Mme Martin a rappelé." },
        { role: "user", content: "Signé : Nathalie Martin, assistante sociale." },
      ],
    });
    expect(answer.status).toBe(200);
    const sent = received();
    expect(sent).toContain("Bonjour [PERSONNE_1], Mme [PERSONNE_1] a rappelé.");
    expect(sent).toContain("Signé : [PERSONNE_1], assistante sociale.");
    expect(JSON.parse(answer.body).choices[0].message.content).toBe("Réponse à Nathalie Martin.");
  });

  it("masks a value written as one of our placeholders, keeping the client's real placeholders", async () => {
    fixture = await startGatewayFixture();
    const answer = await post({
      model: MODEL,
      messages: [
        { role: "user", content: "[PERSONNE_1] : [NIR_184057512345625], [TELEPHONE_0672819304]" },
      ],
    });
    expect(answer.status).toBe(200);
    expect(fixture.standIn.received.at(-1)!.body).toContain(
      "[PERSONNE_1] : [NIR_1], [TELEPHONE_1]"
    );
    expect(received()).not.toContain("184057512345625");
    expect((await auditRecords(fixture.audit))[0]).toMatchObject({
      maskedByClient: { PERSONNE: 1 },
      maskedByGateway: { NIR: 1, TELEPHONE: 1 },
    });
  });
});

describe("what the scan cannot read, or should not have to", () => {
  it("refuses images, documents, files and sounds with a French 422: it cannot read them", async () => {
    fixture = await startGatewayFixture();
    const answer = await post({
      model: MODEL,
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "Décris." },
            { type: "image_url", image_url: { url: "https://exemple.fr/carte-identite.png" } },
          ],
        },
      ],
    });
    expect(answer.status).toBe(422);
    expect(JSON.parse(answer.body)).toMatchObject({
      object: "error",
      code: "unreadable_content_refused",
      message: expect.stringContaining("images, documents, fichiers et sons"),
    });
    expect(fixture.standIn.received).toHaveLength(0);
    expect((await auditRecords(fixture.audit))[0]).toMatchObject({
      outcome: "refused_unreadable",
      status: 422,
    });
  });

  it("refuses a request too deep or with too many values with a French 413, before any work", async () => {
    fixture = await startGatewayFixture();
    let deep: unknown = "x";
    for (let i = 0; i < 70; i++) deep = [deep];
    const wide = Array.from({ length: 10_001 }, () => ({ type: "text", text: "x" }));
    for (const request of [
      { model: MODEL, messages: [ask], metadata: { deep } },
      { model: MODEL, messages: [{ role: "user", content: wide }] },
    ]) {
      const answer = await post(request);
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({
        code: "request_too_complex",
        message: expect.stringContaining("trop d'éléments"),
      });
    }
    expect(fixture.standIn.received).toHaveLength(0);
  });

  it("refuses an oversize request before scanning it: its audit row counts nothing masked", async () => {
    fixture = await startGatewayFixture({ limits: { maxRequestChars: 1000 } });
    const answer = await post({ model: MODEL, messages: [{ role: "user", content: T.repeat(4) }] });
    expect(answer.status).toBe(413);
    const [record] = await auditRecords(fixture.audit);
    expect(record).toMatchObject({ outcome: "too_large", status: 413 });
    expect(record!.maskedByGateway).toEqual({});
  });

  it("writes only names from closed sets into the audit and the metrics, never the client's model or action", async () => {
    fixture = await startGatewayFixture();
    expect((await post({ model: CANARIES.email, messages: [ask] })).status).toBe(403);
    expect(
      (await post({ model: MODEL, messages: [ask] }, { "x-plume-action": "karamanlis-ophelie" }))
        .status
    ).toBe(403);
    const records = await auditRecords(fixture.audit);
    expect(records.map((r) => [r.model, r.action])).toEqual([
      ["", "chat"],
      [MODEL, "other"],
    ]);
    const metrics = await (await fetch(`${fixture.url}/metrics`)).text();
    expect(metrics).not.toContain("karamanlis");
    expect(metrics).toContain('action="other"');
  });
});
