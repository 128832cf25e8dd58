import Fastify from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { signInRoute } from "../../../src/gateway/addin/sign-in.ts";
import { configSchema } from "../../../src/gateway/config/schema.ts";
import { DEV_TOKEN, startGatewayFixture, type GatewayFixture } from "../support/gateway-fixture.ts";

let fixture: GatewayFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const ADDIN = "0b8f7d8e-1c2a-4b5c-9d6e-7f8091a2b3c4";

function entra(input: Record<string, unknown>) {
  return configSchema.parse({ auth: { entra: input } }).auth.entra;
}

describe("GET /api/sign-in", () => {
  it("tells the pane how to sign in with Entra ID: the add-in's client id, its tenant, the gateway's scope", async () => {
    const app = Fastify();
    await app.register(signInRoute, {
      entra: entra({
        tenants: [TENANT],
        audiences: ["api://plume.example.gouv.fr/1234"],
        addinClientId: ADDIN,
      }),
      devToken: undefined,
    });
    const body = (await app.inject({ url: "/api/sign-in" })).json();
    expect(body).toEqual({
      entra: {
        clientId: ADDIN,
        authority: `https://login.microsoftonline.com/${TENANT}`,
        scopes: ["api://plume.example.gouv.fr/1234/Plume.Use"],
      },
      devToken: null,
    });
  });

  it("asks for any work account when several tenants are allowed, and builds the URI from a bare client id", async () => {
    const app = Fastify();
    await app.register(signInRoute, {
      entra: entra({
        tenants: [TENANT, "11111111-2222-4333-8444-555555555555"],
        audiences: ["9a9b9c9d-0000-4000-8000-000000000001"],
        addinClientId: ADDIN,
      }),
      devToken: undefined,
    });
    const body = (await app.inject({ url: "/api/sign-in" })).json();
    expect(body.entra.authority).toBe("https://login.microsoftonline.com/organizations");
    expect(body.entra.scopes).toEqual(["api://9a9b9c9d-0000-4000-8000-000000000001/Plume.Use"]);
  });

  it("gives no Entra configuration without the add-in's client id", async () => {
    const app = Fastify();
    await app.register(signInRoute, {
      entra: entra({ tenants: [TENANT], audiences: ["api://x"] }),
      devToken: undefined,
    });
    expect((await app.inject({ url: "/api/sign-in" })).json()).toEqual({
      entra: null,
      devToken: null,
    });
  });

  it("hands the dev token to a pane on this machine only when `serve --dev` says so", async () => {
    fixture = await startGatewayFixture({}, { publishDevToken: true });
    expect(await (await fetch(`${fixture.url}/api/sign-in`)).json()).toEqual({
      entra: null,
      devToken: DEV_TOKEN,
    });
    await fixture.close();
    fixture = await startGatewayFixture();
    expect(await (await fetch(`${fixture.url}/api/sign-in`)).json()).toEqual({
      entra: null,
      devToken: null,
    });
  });

  it("never hands the dev token to a caller from another machine", async () => {
    const app = Fastify();
    await app.register(signInRoute, { entra: undefined, devToken: DEV_TOKEN });
    const response = await app.inject({ url: "/api/sign-in", remoteAddress: "10.0.0.7" });
    expect(response.json()).toEqual({ entra: null, devToken: null });
  });
});
