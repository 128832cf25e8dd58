import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
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
    expect(await health()).toEqual({ reachable: true, keyAccepted: false, unknownModels: [] });
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
    expect(await health()).toEqual({ reachable: true, keyAccepted: true, unknownModels: [] });
    expect(asked).toBe("/mistral/v1/models");
  });

  it("cannot say for a server without a models route, or one that redirects, and follows no redirect", async () => {
    const origin = await serve((request, response) => {
      if (request.url === "/v1/models")
        response.writeHead(307, { location: "http://127.0.0.1:9/v1/models" }).end();
      else response.writeHead(404).end();
    });
    const health = upstreamHealthCheck({ serverURL: origin, apiKey: KEY, allowedModels: ["m"] });
    expect(await health()).toEqual({ reachable: true, keyAccepted: null, unknownModels: [] });
  });

  it("says unreachable when nothing answers", async () => {
    const health = upstreamHealthCheck({
      serverURL: "http://127.0.0.1:9",
      apiKey: KEY,
      allowedModels: ["m"],
    });
    expect(await health()).toEqual({ reachable: false, keyAccepted: null, unknownModels: [] });
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
      unknownModels: ["mistral-petit-2099"],
    });
  });

  it("is not ready when no allowed model is served: every call would fail", async () => {
    fixture = await startGatewayFixture({ models: { allowed: ["mistral-petit-2099"] } });
    const ready = await fetch(`${fixture.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      status: "not_ready",
      upstream: true,
      unknownModels: ["mistral-petit-2099"],
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
