import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { upstreamHealthCheck } from "../../../src/gateway/proxy/upstream-health.ts";
import { startMistralStandIn, type MistralStandIn } from "../../support/mistral-stand-in.ts";
import { startGateway, type RunningGateway } from "../../../src/gateway/server.ts";
import { writeConfigFile } from "../support/config-file.ts";
import { startGatewayFixture, type GatewayFixture } from "../support/gateway-fixture.ts";

const KEY = "cle-mistral-de-test-sante";

let standIn: MistralStandIn | undefined;
let server: Server | undefined;
let fixture: GatewayFixture | undefined;
let served: RunningGateway | undefined;
afterEach(async () => {
  await served?.stop();
  served = undefined;
  await standIn?.close();
  await fixture?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  standIn = undefined;
  server = undefined;
  fixture = undefined;
});

/** An HTTP server answering every request with `listener`; its origin. */
async function serve(listener: RequestListener): Promise<string> {
  server = createServer(listener);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("the upstream's health, as /readyz reports it", () => {
  it("says the key is accepted and which allowed models Mistral does not list", async () => {
    standIn = await startMistralStandIn({ apiKey: KEY });
    const health = upstreamHealthCheck({
      serverURL: standIn.url,
      apiKey: KEY,
      allowedModels: ["mistral-small-latest", "mistral-petit-2099"],
    });
    expect(await health()).toEqual({
      reachable: true,
      redirected: false,
      keyAccepted: true,
      unknownModels: ["mistral-petit-2099"],
    });
    expect(standIn.received[0]).toMatchObject({ method: "GET", path: "/v1/models" });
  });

  it("says when the upstream refuses the key", async () => {
    standIn = await startMistralStandIn({ apiKey: KEY });
    const health = upstreamHealthCheck({
      serverURL: standIn.url,
      apiKey: "une-autre-cle-de-test",
      allowedModels: ["mistral-small-latest"],
    });
    expect(await health()).toMatchObject({ reachable: true, keyAccepted: false });
  });

  it("reads a compatible server's list (vLLM's cards have no type), and under a path prefix", async () => {
    let asked = "";
    const origin = await serve((request, response) => {
      asked = request.url ?? "";
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          object: "list",
          data: [
            { id: "mistral-small-3.2", object: "model", owned_by: "vllm", max_model_len: 32768 },
          ],
        })
      );
    });
    const health = upstreamHealthCheck({
      serverURL: `${origin}/mistral/`,
      apiKey: KEY,
      allowedModels: ["mistral-small-3.2"],
    });
    expect(await health()).toMatchObject({ keyAccepted: true, unknownModels: [] });
    expect(asked).toBe("/mistral/v1/models");
  });

  it("cannot say for a server without a models route", async () => {
    const origin = await serve((_request, response) => response.writeHead(404).end());
    const health = upstreamHealthCheck({ serverURL: origin, apiKey: KEY, allowedModels: ["m"] });
    expect(await health()).toEqual({
      reachable: true,
      redirected: false,
      keyAccepted: null,
      unknownModels: [],
    });
  });

  it("says a redirecting upstream redirects, and follows no redirect", async () => {
    let followed = false;
    const target = await serve(() => (followed = true));
    const redirecting = createServer((_request, response) =>
      response.writeHead(307, { location: `${target}/v1/models` }).end()
    );
    await new Promise<void>((resolve) => redirecting.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = redirecting.address() as AddressInfo;
      const health = upstreamHealthCheck({
        serverURL: `http://127.0.0.1:${port}`,
        apiKey: KEY,
        allowedModels: ["m"],
      });
      expect(await health()).toMatchObject({ reachable: true, redirected: true });
      expect(followed).toBe(false);
    } finally {
      redirecting.close();
    }
  });

  it("says unreachable when nothing answers", async () => {
    const health = upstreamHealthCheck({
      serverURL: "http://127.0.0.1:9",
      apiKey: KEY,
      allowedModels: ["m"],
    });
    expect(await health()).toMatchObject({ reachable: false, keyAccepted: null });
  });

  it("asks once for probes that come together or within the cache's time", async () => {
    standIn = await startMistralStandIn({ apiKey: KEY });
    const health = upstreamHealthCheck({
      serverURL: standIn.url,
      apiKey: KEY,
      allowedModels: ["mistral-small-latest"],
      cacheMs: 60_000,
    });
    await Promise.all([health(), health(), health()]);
    await health();
    expect(standIn.received).toHaveLength(1);
  });
});

describe("the health's answers over time", () => {
  it("answers at once with the last health while a slow upstream is asked again", async () => {
    let calls = 0;
    const origin = await serve((_request, response) => {
      // The first answer comes at once; the next ones never.
      if (++calls > 1) return;
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ data: [{ id: "m" }] }));
    });
    const changes: unknown[] = [];
    const health = upstreamHealthCheck({
      serverURL: origin,
      apiKey: KEY,
      allowedModels: ["m"],
      cacheMs: 0,
      timeoutMs: 60_000,
      onChange: (h) => changes.push(h),
    });
    expect(await health()).toMatchObject({ keyAccepted: true });
    // Past the cache, a probe gets the last answer while the next call hangs.
    expect(await health()).toMatchObject({ keyAccepted: true });
    expect(await health()).toMatchObject({ keyAccepted: true });
    // One call in the background, however many probes meanwhile.
    await vi.waitFor(() => expect(calls).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).toBe(2);
    expect(changes).toHaveLength(1);
    server?.closeAllConnections();
  });

  it("tells of each change once", async () => {
    standIn = await startMistralStandIn({ apiKey: KEY });
    const changes: Array<{ unknownModels: string[] }> = [];
    const health = upstreamHealthCheck({
      serverURL: standIn.url,
      apiKey: KEY,
      allowedModels: ["mistral-petit-2099"],
      cacheMs: 0,
      onChange: (h) => changes.push(h),
    });
    await health();
    for (let i = 0; i < 3; i++) {
      await health();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(changes).toEqual([expect.objectContaining({ unknownModels: ["mistral-petit-2099"] })]);
  });
});

describe("/readyz and the models the upstream serves", () => {
  it("stays ready while one allowed model is served, and names the others", async () => {
    fixture = await startGatewayFixture({
      models: { allowed: ["mistral-small-latest", "mistral-petit-2099"] },
    });
    const ready = await fetch(`${fixture.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: "ready",
      upstreamKeyAccepted: true,
      unknownModelCount: 1,
    });
    // The names of the policy's models are for the log: anyone may read /readyz.
    expect(JSON.stringify(await (await fetch(`${fixture.url}/readyz`)).json())).not.toContain(
      "mistral-petit-2099"
    );
  });

  it("is not ready when no allowed model is served: every call would fail", async () => {
    fixture = await startGatewayFixture({ models: { allowed: ["mistral-petit-2099"] } });
    const ready = await fetch(`${fixture.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: "not_ready",
      upstream: true,
      unknownModelCount: 1,
    });
  });
});

describe("a gateway whose key the upstream refuses", () => {
  it("is not ready, and says the key is at fault", async () => {
    standIn = await startMistralStandIn({ apiKey: KEY });
    const { path } = writeConfigFile({
      policy: { models: { allowed: ["mistral-small-latest"] } },
    });
    served = await startGateway({
      env: {
        MISTRAL_API_KEY: "une-cle-perimee-de-test",
        MISTRAL_SERVER_URL: standIn.url,
        PLUME_DEV_TOKEN: "jeton-de-test-local",
      },
      configPath: path,
    });
    const ready = await fetch(`${served.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: "not_ready",
      upstream: true,
      upstreamKeyAccepted: false,
    });
  });
});
