import { MistralCore } from "@mistralai/mistralai/core.js";
import { chatComplete } from "@mistralai/mistralai/funcs/chatComplete.js";
import { chatStream } from "@mistralai/mistralai/funcs/chatStream.js";
import { afterEach, describe, expect, it } from "vitest";
import {
  reply,
  cutStream,
  rateLimited,
  serverError,
  hang,
  stallStream,
} from "../../support/mistral-stand-in.ts";
import {
  auditRecords,
  DEV_TOKEN,
  startGatewayFixture,
  waitForRecords,
  type GatewayFixture,
} from "../support/gateway-fixture.ts";
import { CANARIES, CANARY_TEXT, CANARY_VALUES } from "../support/canaries.ts";
import type { AuditRecord, OpenCall } from "../../../src/gateway/audit/index.ts";
import { interruptedOf } from "../audit/fixtures/records.ts";
import { sseContent } from "../support/sse-body.ts";

let fixture: GatewayFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

function sdk(url: string, token = DEV_TOKEN) {
  return new MistralCore({ apiKey: token, serverURL: url });
}

describe("the gateway in front of any Mistral client", () => {
  it("masks what a plain client sends, so no canary reaches Mistral, and restores the answer", async () => {
    fixture = await startGatewayFixture();
    const result = await chatComplete(sdk(fixture.url), {
      model: "mistral-small-latest",
      messages: [{ role: "user", content: CANARY_TEXT }],
    });
    if (!result.ok) throw result.error;
    const bytes = fixture.standIn.receivedBytes().toString("utf8");
    for (const value of CANARY_VALUES) expect(bytes, value).not.toContain(value);
    expect(bytes).toContain("[PERSONNE_1]");
    // The stand-in echoes what it received: the answer comes back with the originals.
    expect(result.value.choices[0]!.message!.content).toBe(CANARY_TEXT);
    const [record] = await auditRecords(fixture.audit);
    expect(record).toMatchObject({
      user: "dev",
      outcome: "ok",
      status: 200,
      model: "mistral-small-latest",
      stream: false,
    });
    expect(record!.maskedByGateway).toMatchObject({
      PERSONNE: expect.any(Number),
      NIR: 1,
      IBAN: 1,
      TELEPHONE: 1,
      COURRIEL: 1,
    });
    const row = JSON.stringify(record);
    for (const value of CANARY_VALUES) expect(row).not.toContain(value);
  });

  it("streams, restoring placeholders cut between chunks", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(
      reply("Bonjour [PERSONNE_1], votre IBAN [IBAN_1] est noté.", { cuts: [10, 13, 30, 33] })
    );
    const result = await chatStream(sdk(fixture.url), {
      model: "mistral-small-latest",
      messages: [
        { role: "user", content: `Écrire à Mme Ophélie Karamanlis, IBAN ${CANARIES.iban}.` },
      ],
    });
    if (!result.ok) throw result.error;
    let text = "";
    for await (const event of result.value)
      text += (event.data.choices[0]?.delta.content as string | undefined) ?? "";
    expect(text).toBe(`Bonjour Ophélie Karamanlis, votre IBAN ${CANARIES.iban} est noté.`);
    const [record] = await auditRecords(fixture.audit);
    expect(record).toMatchObject({
      stream: true,
      outcome: "ok",
      completionTokens: expect.any(Number),
    });
  });

  it("leaves the task pane's own placeholders alone and numbers its own after them", async () => {
    fixture = await startGatewayFixture();
    const result = await chatComplete(sdk(fixture.url), {
      model: "mistral-small-latest",
      messages: [{ role: "user", content: "[PERSONNE_1] a écrit à M. Paul Durand." }],
    });
    if (!result.ok) throw result.error;
    expect(fixture.standIn.received.at(-1)!.body).toContain(
      "[PERSONNE_1] a écrit à M. [PERSONNE_2]."
    );
    expect(result.value.choices[0]!.message!.content).toBe(
      "[PERSONNE_1] a écrit à M. Paul Durand."
    );
    const [record] = await auditRecords(fixture.audit);
    expect(record).toMatchObject({
      maskedByClient: { PERSONNE: 1 },
      maskedByGateway: { PERSONNE: 1 },
    });
  });

  it("refuses what the policy says must never reach the model, with a French 422", async () => {
    fixture = await startGatewayFixture({ entities: { onViolation: "refuse" } });
    const response = await fetch(`${fixture.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({
        model: "mistral-small-latest",
        messages: [{ role: "user", content: `NIR ${CANARIES.nir}` }],
      }),
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      object: "error",
      code: "personal_data_refused",
      message: expect.stringContaining("NIR"),
    });
    expect(fixture.standIn.received).toHaveLength(0);
    expect((await auditRecords(fixture.audit))[0]).toMatchObject({
      outcome: "refused_personal_data",
      status: 422,
    });
  });
});

describe("refusals and failures, each with a clear answer", () => {
  const post = (body: unknown, token = DEV_TOKEN, headers: Record<string, string> = {}) =>
    fetch(`${fixture!.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const ok = { model: "mistral-small-latest", messages: [{ role: "user", content: "Bonjour" }] };

  it("401 without a valid token, 422 on an unknown field like Mistral, 403 on a model or action not allowed", async () => {
    fixture = await startGatewayFixture({ actions: { enabled: ["summarise"] } });
    expect((await post(ok, "faux")).status).toBe(401);
    const unknownField = await post({ ...ok, max_completion_tokens: 5 });
    expect(unknownField.status).toBe(422);
    expect(await unknownField.json()).toMatchObject({
      detail: [{ loc: ["body", "max_completion_tokens"], type: "extra_forbidden" }],
    });
    expect((await post({ ...ok, model: "mistral-large-latest" })).status).toBe(403);
    expect((await post(ok, DEV_TOKEN, { "x-plume-action": "translate" })).status).toBe(403);
    expect((await post(ok, DEV_TOKEN, { "x-plume-action": "summarise" })).status).toBe(200);
    expect((await post("{pas du json")).status).toBe(400);
  });

  it("413 on oversize requests, before anything leaves", async () => {
    fixture = await startGatewayFixture({ limits: { maxRequestChars: 1000 } });
    const response = await post({ ...ok, messages: [{ role: "user", content: "x".repeat(2000) }] });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "request_too_large" });
    const huge = await post({
      ...ok,
      messages: [{ role: "user", content: "x".repeat(3 * 1024 * 1024) }],
    });
    expect(huge.status).toBe(413);
    expect(fixture.standIn.received).toHaveLength(0);
  });

  it("holds the per-user rate limit, with Retry-After", async () => {
    fixture = await startGatewayFixture({ rateLimits: { requestsPerMinute: 2 } });
    expect((await post(ok)).status).toBe(200);
    expect((await post(ok)).status).toBe(200);
    const limited = await post(ok);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await auditRecords(fixture.audit)).map((r) => r.outcome)).toEqual([
      "ok",
      "ok",
      "rate_limited",
    ]);
  });

  it("counts a call the policy refuses against the request quota: a client looping on a 403 is held too", async () => {
    fixture = await startGatewayFixture({ rateLimits: { requestsPerMinute: 2 } });
    expect((await post({ ...ok, model: "mistral-large-latest" })).status).toBe(403);
    expect((await post(ok)).status).toBe(200);
    const limited = await post({ ...ok, model: "mistral-large-latest" });
    expect(limited.status).toBe(429);
    expect((await auditRecords(fixture.audit)).map((r) => r.outcome)).toEqual([
      "refused_policy",
      "ok",
      "rate_limited",
    ]);
  });

  it("counts an estimate against the token quota for a stream that reports no usage, as vLLM's", async () => {
    fixture = await startGatewayFixture({ rateLimits: { tokensPerMinute: 150 } });
    const long = { ...ok, stream: true, messages: [{ role: "user", content: "x".repeat(40) }] };
    fixture.standIn.script(reply("y".repeat(800), { withoutUsage: true }));
    expect((await post(long)).status).toBe(200);
    await waitForRecords(fixture.audit, 1);
    const limited = await post(long);
    expect(limited.status).toBe(429);
    const records = await auditRecords(fixture.audit);
    expect(records[0]).toMatchObject({ outcome: "ok", promptTokens: null, completionTokens: null });
    expect(records[1]).toMatchObject({ outcome: "rate_limited" });
  });

  it("gives no answer whose call it could not audit: a French 503, or a stream without [DONE]", async () => {
    fixture = await startGatewayFixture();
    fixture.audit.append = async () => {
      throw new Error("disk I/O error");
    };
    const whole = await post(ok);
    expect(whole.status).toBe(503);
    expect(await whole.json()).toMatchObject({
      object: "error",
      code: "audit_unavailable",
      message: expect.stringContaining("journal d'audit"),
    });
    const streamed = await post({ ...ok, stream: true });
    expect(streamed.status).toBe(200);
    const body = await streamed.text();
    expect(body).toContain("data: ");
    expect(body).not.toContain("[DONE]");
    const metrics = await (await fetch(`${fixture.url}/metrics`)).text();
    expect(metrics).toMatch(/plume_requests_total\{outcome="audit_failed"[^}]*stream="false"\} 1/);
  });

  it("sends nothing to the model when the audit cannot note the call: a French 503", async () => {
    fixture = await startGatewayFixture();
    fixture.audit.begin = () => {
      throw new Error("disk I/O error");
    };
    for (const stream of [false, true]) {
      const response = await post({ ...ok, stream });
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ code: "audit_unavailable" });
    }
    expect(fixture.standIn.received).toEqual([]);
  });

  it("notes each call before the model sees it, as the record it gets if the gateway dies mid-call", async () => {
    fixture = await startGatewayFixture();
    const audit = fixture.audit;
    const notes: { record: AuditRecord; call: OpenCall; received: number }[] = [];
    const closedWith: (OpenCall | undefined)[] = [];
    const begin = audit.begin.bind(audit);
    audit.begin = (record) => {
      const call = begin(record);
      notes.push({ record, call, received: fixture!.standIn.received.length });
      return call;
    };
    const append = audit.append.bind(audit);
    audit.append = (record, call) => {
      closedWith.push(call);
      return append(record, call);
    };
    const body = { ...ok, messages: [{ role: "user", content: CANARY_TEXT }] };
    for (const stream of [false, true]) await (await post({ ...body, stream })).text();

    expect(notes.map((note) => note.received)).toEqual([0, 1]);
    expect(closedWith).toEqual(notes.map((note) => note.call));
    const [whole, streamed] = await auditRecords(audit);
    for (const [note, record] of [
      [notes[0]!, whole!],
      [notes[1]!, streamed!],
    ] as const) {
      expect(note.record).toEqual(interruptedOf(record));
      for (const value of CANARY_VALUES) expect(JSON.stringify(note.record)).not.toContain(value);
    }
  });

  it("503 saying what to set when no model is configured, without charging the user's quota", async () => {
    fixture = await startGatewayFixture(
      { rateLimits: { requestsPerMinute: 1 } },
      { withUpstream: false }
    );
    const response = await post(ok);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { message: string }).message).toContain("MISTRAL_API_KEY");
    // Retries while the admin fixes it are the gateway's fault, not the user's.
    expect((await post(ok)).status).toBe(503);
  });

  it("retries an upstream 429 or 500 before the first byte, then maps a lasting failure to French", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(rateLimited(0));
    expect((await post(ok)).status).toBe(200);
    fixture.standIn.script(serverError(), serverError(), serverError());
    const failed = await post(ok);
    expect(failed.status).toBe(502);
    const body = await failed.json();
    expect(body).toMatchObject({ object: "error", code: "upstream_unavailable" });
    expect(JSON.stringify(body)).not.toContain("cle-mistral");
  });

  it("passes Mistral's Retry-After on when it stays saturated, so the pane can say how long to wait", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(rateLimited(1), rateLimited(1), rateLimited(1));
    const response = await post(ok);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("1");
    expect(await response.json()).toMatchObject({ code: "upstream_rate_limited" });
  });

  it("never goes anywhere but the configured upstream: request fields cannot redirect it", async () => {
    fixture = await startGatewayFixture();
    const response = await post({ ...ok, server_url: "http://169.254.169.254/latest" });
    expect(response.status).toBe(422);
    const hostHeader = await post(ok, DEV_TOKEN, { "x-forwarded-host": "169.254.169.254" });
    expect(hostHeader.status).toBe(200);
    expect(fixture.standIn.received).toHaveLength(1);
  });

  it("ends the stream without [DONE] when Mistral cuts it, and audits it", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(
      cutStream(2, reply("Une réponse assez longue pour être coupée en route."))
    );
    const response = await post({ ...ok, stream: true });
    const text = await response.text();
    expect(text).not.toContain("[DONE]");
    expect((await waitForRecords(fixture.audit, 1))[0]).toMatchObject({
      outcome: "upstream_error",
      stream: true,
    });
  });

  it("answers a French 504 when Mistral stays silent past upstream.timeoutMs, streamed or not", async () => {
    fixture = await startGatewayFixture({}, { upstreamTimeoutMs: 300 });
    for (const stream of [false, true]) {
      fixture.standIn.script(hang());
      const response = await post({ ...ok, stream });
      expect(response.status).toBe(504);
      expect(await response.json()).toMatchObject({
        object: "error",
        code: "upstream_unavailable",
        message: expect.stringContaining("ne répond pas"),
      });
    }
    const records = await waitForRecords(fixture.audit, 2);
    expect(records.map((r) => [r.stream, r.outcome, r.status])).toEqual([
      [false, "upstream_error", 504],
      [true, "upstream_error", 504],
    ]);
  });

  it("ends a stream that stalls past upstream.timeoutMs without [DONE], and lets go of Mistral", async () => {
    fixture = await startGatewayFixture({}, { upstreamTimeoutMs: 300 });
    fixture.standIn.script(
      stallStream(2, reply("Une réponse qui s'arrête en chemin, puis plus rien."))
    );
    const response = await post({ ...ok, stream: true });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain("[DONE]");
    expect(sseContent(text)).toMatch(/^Une r/);
    await fixture.standIn.until(() => fixture!.standIn.disconnects >= 1);
    expect((await waitForRecords(fixture.audit, 1))[0]).toMatchObject({
      outcome: "upstream_error",
      stream: true,
    });
  });

  it("keeps a slow stream whose every gap is under upstream.timeoutMs, however long it lasts", async () => {
    fixture = await startGatewayFixture({}, { upstreamTimeoutMs: 400 });
    const answer = "Une réponse lente mais régulière, qui dure plus longtemps que le délai.";
    fixture.standIn.script(reply(answer, { chunkSize: 8, delayMs: 60 }));
    const response = await post({ ...ok, stream: true });
    const text = await response.text();
    expect(text).toContain("[DONE]");
    expect(sseContent(text)).toBe(answer);
  });

  it("cancels the upstream call when the client goes away", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(hang());
    const controller = new AbortController();
    const request = fetch(`${fixture.url}/v1/chat/completions`, {
      method: "POST",
      signal: controller.signal,
      headers: { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ ...ok, stream: true }),
    }).catch(() => undefined);
    await fixture!.standIn.until(() => fixture!.standIn.received.length >= 1);
    controller.abort();
    await request;
    await fixture!.standIn.until(() => fixture!.standIn.disconnects >= 1);
    expect(fixture.standIn.disconnects).toBeGreaterThanOrEqual(1);
    expect((await waitForRecords(fixture.audit, 1))[0]).toMatchObject({
      outcome: "client_cancelled",
    });
  });
});
