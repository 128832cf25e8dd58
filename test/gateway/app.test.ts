import { mkdtempSync, writeFileSync } from "node:fs";
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
