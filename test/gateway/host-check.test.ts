import { afterEach, describe, expect, it } from "vitest";
import { DEV_TOKEN, startGatewayFixture, type GatewayFixture } from "./support/gateway-fixture.ts";
import { rawRequest } from "./support/raw-http.ts";

let fixture: GatewayFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const PUBLIC_ORIGIN = "https://plume.exemple.gouv.fr";

/** A gateway under `plume serve --dev` on loopback, with a public origin and the add-in's origin set. */
async function devGateway() {
  fixture = await startGatewayFixture(
    {},
    {
      publishDevToken: true,
      server: {
        publicOrigin: PUBLIC_ORIGIN,
        corsOrigins: ["https://volet.exemple.gouv.fr:8443"],
        allowedHosts: ["plume.plume-ns.svc"],
      },
    }
  );
  return fixture;
}

const request = (method: string, path: string, host: string | null, extra = "", version = "1.1") =>
  `${method} ${path} HTTP/${version}\r\n${host === null ? "" : `Host: ${host}\r\n`}${extra}Connection: close\r\n\r\n`;

describe("the Host a request names", () => {
  it("keeps a page under a rebound name from getting the dev token or a model's answer", async () => {
    const gateway = await devGateway();
    const origin = "Origin: http://evil.example:3000\r\n";
    const signIn = await rawRequest(
      gateway.url,
      request("GET", "/api/sign-in", "evil.example:3000", origin)
    );
    expect(signIn.status).toBe(421);
    expect(signIn.body).not.toContain(DEV_TOKEN);
    expect(JSON.parse(signIn.body)).toMatchObject({
      object: "error",
      type: "invalid_request_error",
      code: "unknown_host",
      param: null,
      message: expect.stringContaining("nom"),
    });
    expect(signIn.headers["x-content-type-options"]).toBe("nosniff");
    expect(signIn.headers["access-control-allow-origin"]).toBeUndefined();

    const body = JSON.stringify({
      model: "mistral-small-latest",
      messages: [{ role: "user", content: "Bonjour" }],
    });
    const chat = await rawRequest(
      gateway.url,
      request(
        "POST",
        "/v1/chat/completions",
        "evil.example:3000",
        `${origin}Authorization: Bearer ${DEV_TOKEN}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n`
      ) + body
    );
    expect(chat.status).toBe(421);
    expect(gateway.standIn.received).toEqual([]);
  });

  it("serves loopback names and addresses at any port, the public origin's host, the add-in's origins and server.allowedHosts", async () => {
    const gateway = await devGateway();
    for (const host of [
      "localhost",
      "localhost:3000",
      "LOCALHOST:3000",
      "127.0.0.1:3000",
      "127.0.0.2",
      "[::1]:3000",
      // A reverse proxy passes the public Host, with or without the port.
      "plume.exemple.gouv.fr",
      "plume.exemple.gouv.fr:443",
      "Plume.Exemple.Gouv.Fr.",
      "volet.exemple.gouv.fr:8443",
      // Another Mistral client in the cluster, by the name the admin allowed, or by address: an
      // address is no name an attacker's DNS could point here.
      "plume.plume-ns.svc:3000",
      "10.0.0.5:3000",
      "[fd00::5]",
    ]) {
      const answer = await rawRequest(gateway.url, request("GET", "/api/sign-in", host));
      expect(answer.status, host).toBe(200);
    }
    for (const host of [
      "evil.example",
      "plume.exemple.gouv.fr.evil.example",
      "plume-ns.svc",
      "localhost.evil.example",
      "127.0.0.1.evil.example",
      "[::1",
      "",
    ]) {
      const answer = await rawRequest(gateway.url, request("GET", "/api/sign-in", host));
      expect(answer.status, host).toBe(421);
    }
  });

  it("answers health, readiness and metrics whatever the Host, for probes that use the pod's address", async () => {
    const gateway = await devGateway();
    for (const path of ["/healthz", "/readyz", "/metrics"]) {
      const byAddress = await rawRequest(gateway.url, request("GET", path, "10.42.0.17:3000"));
      expect(byAddress.status, path).toBe(200);
      const bare = await rawRequest(gateway.url, request("GET", path, null, "", "1.0"));
      expect(bare.status, path).toBe(200);
    }
  });

  it("refuses a request without Host: 400 in HTTP/1.1, which requires it, 421 in HTTP/1.0", async () => {
    const gateway = await devGateway();
    const missing = await rawRequest(gateway.url, request("GET", "/api/sign-in", null));
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.body)).toMatchObject({ object: "error", code: "bad_request" });
    expect(missing.headers["x-content-type-options"]).toBe("nosniff");
    const old = await rawRequest(gateway.url, request("GET", "/api/sign-in", null, "", "1.0"));
    expect(old.status).toBe(421);
  });

  it("serves only loopback names when no public origin is set", async () => {
    fixture = await startGatewayFixture();
    const evil = await rawRequest(fixture.url, request("GET", "/v1/models", "evil.example"));
    expect(evil.status).toBe(421);
    const local = await rawRequest(
      fixture.url,
      request("GET", "/v1/models", "127.0.0.1", `Authorization: Bearer ${DEV_TOKEN}\r\n`)
    );
    expect(local.status).toBe(200);
  });
});
