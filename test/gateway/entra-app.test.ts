import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { EntraVerifier } from "../../src/gateway/auth/entra-verifier.ts";
import {
  APP_ID_URI,
  createSigningKey,
  goodClaims,
  OID,
  OTHER_TENANT,
  signToken,
  startJwksServer,
  TENANT,
  type JwksServer,
  type SigningKey,
} from "./auth/entra-fixture.ts";
import {
  startGatewayFixture,
  waitForRecords,
  type GatewayFixture,
} from "./support/gateway-fixture.ts";

const ADDIN_CLIENT_ID = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";

let key: SigningKey;
let jwks: JwksServer;
let fixture: GatewayFixture | undefined;
beforeAll(async () => {
  key = await createSigningKey("entra-app");
  jwks = await startJwksServer({ keys: [key.publicJwk] });
});
afterAll(() => jwks.close());
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

/** A gateway signing users in with Entra ID only (the JWKS on loopback), as a ministry runs it. */
async function entraGateway(): Promise<GatewayFixture> {
  const entra = { tenants: [TENANT], audiences: [APP_ID_URI], addinClientId: ADDIN_CLIENT_ID };
  return startGatewayFixture(
    {},
    {
      auth: { entra },
      verifier: new EntraVerifier({ ...entra, jwksUrl: jwks.url }),
    }
  );
}

function chat(f: GatewayFixture, token: string) {
  return fetch(`${f.url}/v1/chat/completions`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      "x-plume-action": "correct",
    },
    body: JSON.stringify({
      model: "mistral-small-latest",
      messages: [{ role: "user", content: "Corrige : [PERSONNE_1] a écrit." }],
    }),
  });
}

describe("Entra ID through the whole gateway", () => {
  it("tells the pane how to sign in, serves a signed-in user, and audits the token's oid", async () => {
    fixture = await entraGateway();
    expect(await (await fetch(`${fixture.url}/api/sign-in`)).json()).toEqual({
      entra: {
        clientId: ADDIN_CLIENT_ID,
        authority: `https://login.microsoftonline.com/${TENANT}`,
        scopes: [`${APP_ID_URI}/Plume.Use`],
      },
      devToken: null,
    });
    const response = await chat(fixture, await signToken(key));
    expect(response.status).toBe(200);
    const [record] = await waitForRecords(fixture.audit, 1);
    expect(record).toMatchObject({ user: OID, action: "correct", outcome: "ok" });
  });

  it("refuses another tenant's user and a token without the scope, and never reaches the model", async () => {
    fixture = await entraGateway();
    const foreign = await chat(
      fixture,
      await signToken(
        key,
        goodClaims({
          tid: OTHER_TENANT,
          iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0`,
        })
      )
    );
    expect(foreign.status).toBe(401);
    const noScope = await chat(fixture, await signToken(key, goodClaims({ scp: "User.Read" })));
    expect(noScope.status).toBe(403);
    expect(await noScope.json()).toMatchObject({ object: "error" });
    expect(fixture.standIn.received).toHaveLength(0);
  });
});
