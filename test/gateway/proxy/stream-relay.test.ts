import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { fail, rateLimited, reply, serverError } from "../../support/mistral-stand-in.ts";
import {
  API_KEY,
  auditRecords,
  DEV_TOKEN,
  startGatewayFixture,
  waitForRecords,
  type GatewayFixture,
} from "../support/gateway-fixture.ts";
import { sseContent, sseEvents } from "../support/sse-body.ts";

let fixture: GatewayFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const SSE = { "content-type": "text/event-stream" };
const request = {
  model: "mistral-small-latest",
  stream: true,
  messages: [{ role: "user", content: "Écrire à Mme Ophélie Karamanlis." }],
};

function post(body: unknown = request) {
  return fetch(`${fixture!.url}/v1/chat/completions`, {
    method: "POST",
    headers: { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("the gateway relaying a streamed answer", () => {
  it("passes every field of an event on as Mistral sent it, only the content restored", async () => {
    fixture = await startGatewayFixture();
    const chunk = {
      id: "cmpl-1",
      object: "chat.completion.chunk",
      created: 1_764_000_000,
      model: "mistral-small-latest",
      p: "abcdef",
      choices: [
        {
          index: 0,
          delta: { role: "assistant", content: "Bonjour [PERSONNE_1].", tool_calls: null },
          finish_reason: "stop",
          logprobs: null,
        },
      ],
      usage: { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 },
    };
    fixture.standIn.script(fail(200, `data: ${JSON.stringify(chunk)}\n\ndata: [DONE]\n\n`, SSE));
    const response = await post();
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const requestId = response.headers.get("x-request-id");
    const [relayed, done, ...rest] = sseEvents(await response.text());
    expect(JSON.parse(relayed!)).toEqual({
      ...chunk,
      choices: [
        {
          ...chunk.choices[0],
          delta: { ...chunk.choices[0]!.delta, content: "Bonjour Ophélie Karamanlis." },
        },
      ],
    });
    expect([done, rest]).toEqual(["[DONE]", []]);
    expect((await auditRecords(fixture.audit))[0]).toMatchObject({
      requestId,
      outcome: "ok",
      promptTokens: 12,
      completionTokens: 5,
    });
  });

  it("passes an event that holds nothing to restore on as Mistral wrote it, byte for byte", async () => {
    fixture = await startGatewayFixture();
    const head = '{ "id": "cmpl-2", "created": 17640000000000000001, "choices": [{"index": 0, ';
    const plain = `${head}"delta": {"content": "caf\\u00e9 "}, "finish_reason": null}]}`;
    const masked = `${head}"delta": {"content": "[PERSONNE_1]"}, "finish_reason": null}]}`;
    const cutInLines = `${head}\n"delta": {"content": "."},\n"finish_reason": "stop"}]}`;
    const body = [plain, masked, cutInLines.replace(/\n/g, "\ndata: "), "[DONE]"]
      .map((data) => `data: ${data}\n\n`)
      .join("");
    fixture.standIn.script(fail(200, body, SSE));
    const [first, second, third, done] = sseEvents(await (await post()).text());
    expect(first).toBe(plain);
    // Restored, or written on several lines: written again from the parse.
    expect(JSON.parse(second!)).toEqual({
      ...JSON.parse(masked),
      choices: [{ index: 0, delta: { content: "Ophélie Karamanlis" }, finish_reason: null }],
    });
    expect(third).toBe(JSON.stringify(JSON.parse(cutInLines)));
    expect(done).toBe("[DONE]");
  });

  it("has the call in the audit by the time the client reads [DONE]", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(reply("Bien reçu, [PERSONNE_1]."));
    const body = await (await post()).text();
    expect(body.endsWith("data: [DONE]\n\n")).toBe(true);
    expect(await auditRecords(fixture.audit)).toMatchObject([{ outcome: "ok", stream: true }]);
  });

  it("keeps its connection to Mistral from one streamed call to the next", async () => {
    fixture = await startGatewayFixture();
    for (let call = 0; call < 3; call++) {
      // The end of the body comes after [DONE]: a relay that stopped reading at [DONE] would drop it.
      fixture.standIn.script(reply(`Réponse ${call}, [PERSONNE_1].`, { endAfterDoneMs: 30 }));
      expect(sseContent(await (await post()).text())).toBe(`Réponse ${call}, Ophélie Karamanlis.`);
      await sleep(100);
    }
    expect(fixture.standIn.connections).toBe(1);
  });

  it.each([
    ["an event that is not JSON", "data: {pas du json\n\n"],
    ["an event that is not a chat chunk", 'data: {"choices": "aucun"}\n\n'],
    ["a stream that ends before [DONE]", 'data: {"choices": []}\n\n'],
  ])("ends the stream without [DONE] on %s, and audits an upstream error", async (_, body) => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(fail(200, body, SSE));
    const response = await post();
    expect(response.status).toBe(200);
    expect(await response.text()).not.toContain("[DONE]");
    expect((await waitForRecords(fixture.audit, 1))[0]).toMatchObject({
      outcome: "upstream_error",
      status: 502,
    });
  });

  it("retries a 429 before the first byte, then streams; a lasting 500 is a French 502, a lasting 429 passes its Retry-After on", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(rateLimited(0), reply("Après une attente, [PERSONNE_1]."));
    const retried = await post();
    expect(sseContent(await retried.text())).toBe("Après une attente, Ophélie Karamanlis.");

    fixture.standIn.script(serverError(), serverError(), serverError());
    const failed = await post();
    expect(failed.status).toBe(502);
    const body = await failed.json();
    expect(body).toMatchObject({ object: "error", code: "upstream_unavailable" });
    expect(JSON.stringify(body)).not.toContain("cle-mistral");

    fixture.standIn.script(rateLimited(1), rateLimited(1), rateLimited(1));
    const saturated = await post();
    expect(saturated.status).toBe(429);
    expect(saturated.headers.get("retry-after")).toBe("1");
  });

  it("retries exactly upstream.retries.count times, and passes a Retry-After longer than maxBackoffMs on without waiting", async () => {
    fixture = await startGatewayFixture({}, { retries: { count: 3, initialMs: 1, maxMs: 1000 } });
    fixture.standIn.script(serverError(), serverError(), serverError(), serverError(), reply("ok"));
    const before = fixture.standIn.received.length;
    expect((await post()).status).toBe(502);
    // The first attempt and three retries: the fifth step is left for the next call.
    expect(fixture.standIn.received.length - before).toBe(4);
    expect(sseContent(await (await post()).text())).toBe("ok");

    fixture.standIn.script(rateLimited(120));
    const saturated = await post();
    expect(saturated.status).toBe(429);
    expect(saturated.headers.get("retry-after")).toBe("120");
    fixture.standIn.script(rateLimited(1), reply("après une seconde"));
    expect(sseContent(await (await post()).text())).toBe("après une seconde");
  });

  it("ends a stream whose event carries the API key back, never passing it on", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(reply(`Votre clé est ${API_KEY}.`, { chunkSize: 200 }));
    const body = await (await post()).text();
    expect(body).not.toContain(API_KEY);
    expect(body).not.toContain("[DONE]");
    expect((await waitForRecords(fixture.audit, 1))[0]).toMatchObject({
      outcome: "upstream_error",
    });
  });

  it.each(["EMPTY", "x", "dummy", "changeme"])(
    "passes an answer on whole when the key is a placeholder word (%s, a vLLM without keys) that ordinary text contains",
    async (apiKey) => {
      fixture = await startGatewayFixture({}, { apiKey });
      const text = `EMPTY, x, dummy et changeme sont des mots comme les autres.`;
      fixture.standIn.script(reply(text, { chunkSize: 200 }));
      const body = await (await post()).text();
      expect(sseContent(body)).toBe(text);
      expect(body).toContain("[DONE]");
      fixture.standIn.script(
        fail(400, {
          object: "error",
          message: `pas de ${apiKey} ici`,
          type: "x",
          param: null,
          code: "1",
        })
      );
      expect(await (await post({ ...request, stream: false })).json()).toMatchObject({
        message: expect.stringContaining(`pas de ${apiKey} ici`),
      });
    }
  );

  it("keeps a short key that is no word (a self-hosted server's) from an event or an error body", async () => {
    const apiKey = "vllm-s3cr3t-k3y";
    fixture = await startGatewayFixture({}, { apiKey });
    fixture.standIn.script(reply(`Votre clé est ${apiKey}.`, { chunkSize: 200 }));
    const streamed = await (await post()).text();
    expect(streamed).not.toContain(apiKey);
    expect(streamed).not.toContain("[DONE]");
    fixture.standIn.script(
      fail(400, {
        object: "error",
        message: `refusé pour ${apiKey}`,
        type: "x",
        param: null,
        code: "1",
      })
    );
    expect(JSON.stringify(await (await post({ ...request, stream: false })).json())).not.toContain(
      apiKey
    );
  });

  it("passes Mistral's own 422 on, as for a whole answer", async () => {
    fixture = await startGatewayFixture();
    const detail = [
      {
        loc: ["body", "temperature"],
        msg: "Input should be less than or equal to 1.5",
        type: "less_than_equal",
      },
    ];
    fixture.standIn.script(fail(422, { detail }));
    const response = await post({ ...request, temperature: 3 });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: "invalid_request", detail });
  });

  it("answers 502 in French when the upstream answers a stream request without a stream", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(fail(200, { object: "chat.completion", choices: [] }));
    const response = await post();
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ message: expect.stringMatching(/Mistral/) });
  });
});
