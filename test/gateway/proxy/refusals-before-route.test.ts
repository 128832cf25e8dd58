import { once } from "node:events";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  auditRecords,
  DEV_TOKEN,
  postChat,
  startGatewayFixture,
  waitForRecords,
  type GatewayFixture,
} from "../support/gateway-fixture.ts";
import type { RateLimiter } from "../../../src/gateway/rate-limit/rate-limiter.ts";

let fixture: GatewayFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const CALL = {
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Bonjour" }],
};

const metricsText = async (f: GatewayFixture) => (await fetch(`${f.url}/metrics`)).text();

/** The value of one series of /metrics, 0 when absent. */
function series(text: string, name: string, labels: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${name}{${labels}} `));
  return line ? Number(line.slice(line.lastIndexOf(" ") + 1)) : 0;
}

describe("calls refused before the chat route reads them are counted, and audited when the caller is known", () => {
  it("counts a call without a valid token in /metrics by reason, and writes no audit record for it", async () => {
    fixture = await startGatewayFixture();
    const missing = await fetch(`${fixture.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(CALL),
    });
    expect(missing.status).toBe(401);
    const wrong = await postChat(fixture, CALL, { authorization: "Bearer pas-le-bon-jeton" });
    expect(wrong.status).toBe(401);

    const metrics = await metricsText(fixture);
    expect(
      series(
        metrics,
        "plume_requests_total",
        'outcome="refused_auth",action="chat",model="",stream="false"'
      )
    ).toBe(2);
    expect(series(metrics, "plume_auth_refusals_total", 'reason="missing"')).toBe(1);
    expect(series(metrics, "plume_auth_refusals_total", 'reason="wrong_dev_token"')).toBe(1);
    expect(metrics).not.toContain("pas-le-bon-jeton");
    // An anonymous caller must not be able to fill the audit, nor slow its durable writes.
    expect(await auditRecords(fixture.audit)).toEqual([]);
  });

  it("counts refusals on the other protected routes by reason, not as chat calls", async () => {
    fixture = await startGatewayFixture();
    expect((await fetch(`${fixture.url}/v1/models`)).status).toBe(401);
    const metrics = await metricsText(fixture);
    expect(series(metrics, "plume_auth_refusals_total", 'reason="missing"')).toBe(1);
    expect(metrics).not.toMatch(/plume_requests_total\{[^}]*refused_auth/);
  });

  it("audits a body over the size limit with the caller, as too_large, and counts it", async () => {
    fixture = await startGatewayFixture(
      { limits: { maxRequestChars: 1000 } },
      { server: { bodyLimitBytes: 4096 } }
    );
    const answer = await postChat(fixture, {
      ...CALL,
      messages: [{ role: "user", content: "x".repeat(10_000) }],
    });
    expect(answer.status).toBe(413);
    const [record] = await waitForRecords(fixture.audit, 1);
    expect(record).toMatchObject({
      user: "dev",
      action: "chat",
      model: "",
      outcome: "too_large",
      status: 413,
      requestChars: 0,
    });
    expect(
      series(
        await metricsText(fixture),
        "plume_requests_total",
        'outcome="too_large",action="chat",model="",stream="false"'
      )
    ).toBe(1);
  });

  it("audits a body that is not JSON as invalid_request, with the action the pane named", async () => {
    fixture = await startGatewayFixture();
    const answer = await postChat(fixture, '{"model": "mistral', { "x-plume-action": "summarise" });
    expect(answer.status).toBe(400);
    const [record] = await waitForRecords(fixture.audit, 1);
    expect(record).toMatchObject({
      user: "dev",
      action: "summarise",
      outcome: "invalid_request",
      status: 400,
    });
  });

  it("audits a caller gone while sending its body as client_cancelled, not as a 400 it never read", async () => {
    fixture = await startGatewayFixture();
    const { port } = new URL(fixture.url);
    const socket = connect(Number(port), "127.0.0.1");
    await once(socket, "connect");
    socket.write(
      "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
        `Authorization: Bearer ${DEV_TOKEN}\r\nContent-Type: application/json\r\n` +
        'Content-Length: 5000\r\n\r\n{"model": "mistral-small-latest", "mess'
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.destroy();
    const [record] = await waitForRecords(fixture.audit, 1);
    expect(record).toMatchObject({ user: "dev", outcome: "client_cancelled", status: 499 });
  });

  it("audits each refused call once: a refusal of the route itself is not written twice", async () => {
    fixture = await startGatewayFixture();
    const answer = await postChat(fixture, { ...CALL, model: "gpt-4o" });
    expect(answer.status).toBe(403);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const records = await auditRecords(fixture.audit);
    expect(records.map((r) => r.outcome)).toEqual(["refused_policy"]);
  });
});

describe("requests Mistral would refuse are refused by the gateway, in Mistral's shape", () => {
  it("refuses an empty list of messages with a 422 naming the field, without calling the model", async () => {
    fixture = await startGatewayFixture();
    const answer = await postChat(fixture, { ...CALL, messages: [] });
    expect(answer.status).toBe(422);
    const body = (await answer.json()) as {
      message: string;
      detail: { loc: string[]; type: string }[];
    };
    expect(body.detail).toEqual([
      expect.objectContaining({ loc: ["body", "messages"], type: "too_short" }),
    ]);
    // The pane shows the message: in French, naming the field.
    expect(body).toMatchObject({ object: "error", code: "invalid_request" });
    expect(body.message).toMatch(/format de l'API de Mistral \(messages\)/);
    expect(fixture.standIn.received).toHaveLength(0);
  });

  it("refuses a stream flag that is not a boolean, rather than guessing whether to stream", async () => {
    fixture = await startGatewayFixture();
    const answer = await postChat(fixture, { ...CALL, stream: "yes" });
    expect(answer.status).toBe(422);
    const body = (await answer.json()) as { detail: { loc: string[]; type: string }[] };
    expect(body.detail).toEqual([
      expect.objectContaining({ loc: ["body", "stream"], type: "bool_type" }),
    ]);
    expect(fixture.standIn.received).toHaveLength(0);
    const nullStream = await postChat(fixture, { ...CALL, stream: null });
    expect(nullStream.status).toBe(200);
  });

  it("answers another method on the chat route with 405 and the method it takes", async () => {
    fixture = await startGatewayFixture();
    const answer = await fetch(`${fixture.url}/v1/chat/completions`, {
      headers: { authorization: "Bearer jeton-de-test-local" },
    });
    expect(answer.status).toBe(405);
    expect(answer.headers.get("allow")).toBe("POST");
    const body = (await answer.json()) as { object: string; message: string };
    expect(body.object).toBe("error");
    expect(body.message).toMatch(/POST/);
    expect(body.message).toMatch(/méthode/);
  });

  it("refuses a body declared in another charset than UTF-8 with 415, instead of misreading its accents", async () => {
    fixture = await startGatewayFixture();
    const latin1 = Buffer.from(
      JSON.stringify({ ...CALL, messages: [{ role: "user", content: "Résumé" }] }),
      "latin1"
    );
    const answer = await fetch(`${fixture.url}/v1/chat/completions`, {
      method: "POST",
      headers: {
        authorization: "Bearer jeton-de-test-local",
        "content-type": "application/json; charset=iso-8859-1",
      },
      body: latin1,
    });
    expect(answer.status).toBe(415);
    const body = (await answer.json()) as { message: string };
    expect(body.message).toMatch(/UTF-8/);
    expect(fixture.standIn.received).toHaveLength(0);
    const page = await fetch(`${fixture.url}/healthz`, {
      headers: { "content-type": "text/plain; charset=iso-8859-1" },
    });
    expect(page.status).toBe(200);
    // Without a body there is nothing to misread.
    const models = await fetch(`${fixture.url}/v1/models`, {
      headers: {
        authorization: "Bearer jeton-de-test-local",
        "content-type": "application/json; charset=iso-8859-1",
      },
    });
    expect(models.status).toBe(200);
    // ASCII is UTF-8.
    const ascii = await postChat(fixture, CALL, {
      "content-type": "application/json; charset=us-ascii",
    });
    expect(ascii.status).toBe(200);
    const utf8 = await postChat(fixture, CALL, {
      "content-type": "application/json; charset=UTF-8",
    });
    expect(utf8.status).toBe(200);
  });
});

describe("a call the gateway fails on unexpectedly still has its record", () => {
  const failingCheck: RateLimiter = {
    check: () => Promise.reject(new Error("quota store unreachable")),
    record: () => Promise.resolve(),
  };
  const failingRecord: RateLimiter = {
    check: () => Promise.resolve({ allowed: true }),
    record: () => Promise.reject(new Error("quota store unreachable")),
  };

  it("answers a 500 in Mistral's shape, audits it as internal_error and counts it", async () => {
    fixture = await startGatewayFixture({}, { rateLimiter: failingCheck });
    const answer = await postChat(fixture, CALL);
    expect(answer.status).toBe(500);
    expect(await answer.json()).toMatchObject({ object: "error", code: "internal_error" });
    const records = await waitForRecords(fixture.audit, 1);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ user: "dev", outcome: "internal_error", status: 500 });
    expect(fixture.standIn.received).toHaveLength(0);
    expect(
      series(
        await metricsText(fixture),
        "plume_requests_total",
        'outcome="internal_error",action="chat",model="",stream="false"'
      )
    ).toBe(1);
  });

  it.each([false, true])(
    "gives the answer the model wrote when only charging the quota fails (stream: %s)",
    async (stream) => {
      fixture = await startGatewayFixture({}, { rateLimiter: failingRecord });
      const answer = await postChat(fixture, { ...CALL, stream });
      expect(answer.status).toBe(200);
      const text = await answer.text();
      if (stream) expect(text).toContain("data: [DONE]");
      else expect(JSON.parse(text)).toMatchObject({ object: "chat.completion" });
      const [record] = await waitForRecords(fixture.audit, 1);
      expect(record).toMatchObject({ outcome: "ok", status: 200 });
    }
  );
});
