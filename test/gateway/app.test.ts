import { mkdtempSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import {
  API_KEY,
  DEV_TOKEN,
  startGatewayFixture,
  type GatewayFixture,
} from "./support/gateway-fixture.ts";

let fixture: GatewayFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

describe("operations", () => {
  it("answers health, readiness and Prometheus metrics without a token, and nothing personal in them", async () => {
    fixture = await startGatewayFixture();
    await fetch(`${fixture.url}/v1/chat/completions`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${DEV_TOKEN}`,
        "content-type": "application/json",
        "x-plume-action": "summarise",
      },
      body: JSON.stringify({
        model: "mistral-small-latest",
        messages: [{ role: "user", content: "M. Paul Durand, 06 12 34 56 78" }],
      }),
    });
    expect(await (await fetch(`${fixture.url}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${fixture.url}/readyz`)).json()).toMatchObject({
      status: "ready",
      audit: true,
      upstream: true,
    });
    const metrics = await (await fetch(`${fixture.url}/metrics`)).text();
    expect(metrics).toContain(
      'plume_requests_total{outcome="ok",action="summarise",model="mistral-small-latest",stream="false"} 1'
    );
    expect(metrics).toContain('plume_masked_entities_total{by="gateway",type="TELEPHONE"} 1');
    expect(metrics).not.toMatch(/Durand|06 12|dev/);
  });

  it("is not ready while the policy allows no model: every call would get a 503", async () => {
    fixture = await startGatewayFixture({ models: { allowed: [] } });
    const ready = await fetch(`${fixture.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: "not_ready",
      audit: true,
      upstream: true,
      modelConfigured: false,
    });
  });

  it("lists the models the policy allows, as Mistral's /v1/models does", async () => {
    fixture = await startGatewayFixture({
      models: { allowed: ["mistral-small-latest", "mistral-large-latest"] },
    });
    const response = await fetch(`${fixture.url}/v1/models`, {
      headers: { authorization: `Bearer ${DEV_TOKEN}` },
    });
    const body = (await response.json()) as {
      object: string;
      data: Array<{ id: string; object: string }>;
    };
    expect(body.object).toBe("list");
    expect(body.data.map((m) => m.id)).toEqual(["mistral-small-latest", "mistral-large-latest"]);
  });

  it("gives the add-in its policy, behind sign-in, and nothing secret", async () => {
    fixture = await startGatewayFixture();
    expect((await fetch(`${fixture.url}/api/policy`)).status).toBe(401);
    const policy = await (
      await fetch(`${fixture.url}/api/policy`, {
        headers: { authorization: `Bearer ${DEV_TOKEN}` },
      })
    ).text();
    expect(JSON.parse(policy)).toMatchObject({
      models: { allowed: ["mistral-small-latest"] },
      charter: expect.any(Object),
    });
    expect(policy).not.toContain(API_KEY);
  });

  it("sends security headers, allows CORS only for the add-in's origin, answers unknown paths in Mistral's shape", async () => {
    fixture = await startGatewayFixture();
    const health = await fetch(`${fixture.url}/healthz`, {
      headers: { origin: "https://evil.example" },
    });
    expect(health.headers.get("x-content-type-options")).toBe("nosniff");
    expect(health.headers.get("access-control-allow-origin")).toBeNull();
    const allowed = await fetch(`${fixture.url}/healthz`, {
      headers: { origin: "https://localhost:3000" },
    });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://localhost:3000");
    const missing = await fetch(`${fixture.url}/v1/embeddings`, {
      method: "POST",
      headers: { authorization: `Bearer ${DEV_TOKEN}` },
    });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ object: "error", code: "not_found" });
  });
});

describe("plume serve refuses to start, and says why", () => {
  async function serve(args: string[], env: Record<string, string>) {
    const stderr = new PassThrough();
    let text = "";
    stderr.on("data", (c: Buffer) => (text += c.toString()));
    const status = await main(["serve", ...args], {
      stdin: Readable.from([]),
      stdout: new PassThrough(),
      stderr,
      env: { LANG: "fr_FR", ...env },
    });
    return { status, text };
  }

  it("with a dev token on an address other than loopback", async () => {
    const out = await serve([], { PLUME_DEV_TOKEN: "x", HOST: "0.0.0.0", PORT: "0" });
    expect(out.status).toBe(1);
    expect(out.text).toContain("0.0.0.0");
    expect(out.text).not.toContain("PLUME_DEV_TOKEN=x");
  });

  it("with a bad policy file, naming the line and the reason", async () => {
    const dir = mkdtempSync(join(tmpdir(), "plume-serve-"));
    const file = join(dir, "plume.config.json");
    writeFileSync(
      file,
      '{\n  "policy": {\n    "models": { "allowed": ["a"], "default": "b" }\n  }\n}\n'
    );
    const out = await serve(["--config", file], { PLUME_DEV_TOKEN: "x" });
    expect(out.status).toBe(1);
    expect(out.text).toMatch(/ligne 3/);
    expect(out.text).toContain("policy.models.default");
  });
});

describe("what the gateway never gives away", () => {
  it("logs neither the key, nor the token, nor any content, even when Mistral fails", async () => {
    const { PassThrough: Pass } = await import("node:stream");
    const logs = new Pass();
    let text = "";
    logs.on("data", (c: Buffer) => (text += c.toString()));
    fixture = await startGatewayFixture({}, { logStream: logs });
    const { serverError, unavailable } = await import("../support/mistral-stand-in.ts");
    fixture.standIn.script(serverError(), unavailable(), serverError());
    const response = await fetch(`${fixture.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({
        model: "mistral-small-latest",
        messages: [
          {
            role: "user",
            content: "Mme Ophélie Karamanlis, IBAN FR76 3000 6000 0112 3456 7890 189",
          },
        ],
      }),
    });
    const body = await response.text();
    expect(response.status).toBe(502);
    expect(text.length).toBeGreaterThan(0);
    for (const secret of [API_KEY, DEV_TOKEN, "Karamanlis", "Ophélie", "FR76", "PERSONNE_1"]) {
      expect(text, secret).not.toContain(secret);
      expect(body, secret).not.toContain(secret);
    }
  });
});

describe("graceful shutdown", () => {
  it("tells a call that arrives while closing to come back, in Mistral's shape and in French", async () => {
    fixture = await startGatewayFixture();
    const { slow, reply } = await import("../support/mistral-stand-in.ts");
    fixture.standIn.script(slow(40, reply("Une réponse qui prend son temps.")));
    const body = JSON.stringify({
      model: "mistral-small-latest",
      stream: true,
      messages: [{ role: "user", content: "Bonjour" }],
    });
    // A client with a connection open for a call in flight sends another call on it, once the
    // gateway has begun to close.
    const { hostname, port } = new URL(fixture.url);
    const socket = connect(Number(port), hostname);
    let received = "";
    socket.on("data", (chunk: Buffer) => (received += chunk.toString("utf8")));
    const ended = new Promise((resolve) => socket.on("close", resolve));
    socket.write(
      `POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${DEV_TOKEN}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
    );
    await fixture.standIn.until(() => fixture!.standIn.received.length >= 1);
    const closing = fixture.app.close();
    while (fixture.app.server.listening) await new Promise((resolve) => setTimeout(resolve, 1));
    socket.write(
      `GET /v1/models HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${DEV_TOKEN}\r\n\r\n`
    );
    await ended;
    await closing;
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1]);
    const rest = received.slice(received.indexOf("\r\n\r\n"));
    expect(status).toBe(200);
    expect(rest).toContain("data: [DONE]");
    const late = rest.slice(rest.indexOf("HTTP/1.1 "));
    expect(late).toMatch(/^HTTP\/1\.1 503/);
    expect(late.toLowerCase()).toContain("retry-after: 5");
    expect(late).toContain('"code":"shutting_down"');
    expect(late).toContain("réessayez dans quelques secondes");
  });

  it("lets a stream in flight finish before closing", async () => {
    fixture = await startGatewayFixture();
    const { slow, reply } = await import("../support/mistral-stand-in.ts");
    fixture.standIn.script(
      slow(40, reply("Une réponse qui prend son temps pour arriver jusqu'au bout."))
    );
    const response = fetch(`${fixture.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({
        model: "mistral-small-latest",
        stream: true,
        messages: [{ role: "user", content: "Bonjour" }],
      }),
    }).then((r) => r.text());
    await fixture.standIn.until(() => fixture!.standIn.received.length >= 1);
    const closing = fixture.app.close();
    const text = await response;
    await closing;
    expect(text).toContain("data: [DONE]");
    const content = text
      .split("\n")
      .filter((line) => line.startsWith("data: {"))
      .map(
        (line) =>
          (JSON.parse(line.slice(6)) as { choices: Array<{ delta: { content?: string } }> })
            .choices[0]?.delta.content ?? ""
      )
      .join("");
    expect(content).toBe("Une réponse qui prend son temps pour arriver jusqu'au bout.");
  });
});
