import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { EntraVerifier, type EntraSettings } from "../../../src/gateway/auth/entra-verifier.ts";
import {
  APP_ID_URI,
  CLIENT_ID,
  createSigningKey,
  deadJwksUrl,
  goodClaims,
  OID,
  OTHER_TENANT,
  secondsFromNow,
  signToken,
  startJwksServer,
  TENANT,
  USERNAME,
  type JwksServer,
  type SigningKey,
} from "./entra-fixture.ts";

let key: SigningKey;
let jwks: JwksServer;

beforeAll(async () => {
  key = await createSigningKey("key-1");
  jwks = await startJwksServer({ keys: [key.publicJwk] });
});
afterAll(() => jwks.close());

function verifier(settings: Partial<EntraSettings> = {}): EntraVerifier {
  return new EntraVerifier({
    tenants: [TENANT],
    audiences: [APP_ID_URI, CLIENT_ID],
    jwksUrl: jwks.url,
    ...settings,
  });
}

describe("EntraVerifier: what it returns", () => {
  it("returns the user's oid, tenant and preferred_username for a good token", async () => {
    const result = await verifier().verify(await signToken(key));
    expect(result).toEqual({
      ok: true,
      identity: { userId: OID, tenantId: TENANT, name: USERNAME },
    });
  });

  it("leaves the name out when the token has no preferred_username", async () => {
    const result = await verifier().verify(
      await signToken(key, goodClaims({ preferred_username: undefined }))
    );
    expect(result).toEqual({ ok: true, identity: { userId: OID, tenantId: TENANT } });
  });

  it("accepts each audience of the list: the app id URI and the client id", async () => {
    const byClientId = await signToken(key, goodClaims({ aud: CLIENT_ID }));
    expect((await verifier().verify(byClientId)).ok).toBe(true);
    expect(await verifier({ audiences: [APP_ID_URI] }).verify(byClientId)).toMatchObject({
      reason: "wrong_audience",
    });
  });

  it("finds the scope among several and refuses a token that only has a prefix of it", async () => {
    const custom = verifier({ requiredScope: "Plume.Admin" });
    expect(
      (await custom.verify(await signToken(key, goodClaims({ scp: "Plume.Use Plume.Admin" })))).ok
    ).toBe(true);
    expect(
      await custom.verify(await signToken(key, goodClaims({ scp: "Plume.Adm" })))
    ).toMatchObject({
      reason: "missing_scope",
    });
    expect(
      await verifier().verify(
        await signToken(key, goodClaims({ scp: undefined, roles: ["Plume.Use"] }))
      )
    ).toMatchObject({
      reason: "missing_scope",
    });
  });

  it("refuses a token without oid", async () => {
    expect(await verifier().verify(await signToken(key, goodClaims({ oid: undefined })))).toEqual({
      ok: false,
      reason: "no_oid",
    });
  });

  it("refuses a token without exp as malformed", async () => {
    expect(
      await verifier().verify(await signToken(key, goodClaims({ exp: undefined })))
    ).toMatchObject({
      reason: "malformed",
    });
  });

  it("accepts the v1.0 issuer only when the setting says so", async () => {
    const v1 = await signToken(
      key,
      goodClaims({ iss: `https://sts.windows.net/${TENANT}/`, ver: "1.0" })
    );
    expect(await verifier().verify(v1)).toMatchObject({ reason: "wrong_issuer" });
    expect((await verifier({ acceptV1Issuer: true }).verify(v1)).ok).toBe(true);
  });

  it("refuses an issuer of another allowed tenant: the issuer must be the token's own tenant's", async () => {
    const both = verifier({ tenants: [TENANT, OTHER_TENANT] });
    const crossed = await signToken(
      key,
      goodClaims({ iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` })
    );
    expect(await both.verify(crossed)).toMatchObject({ reason: "wrong_issuer" });
  });

  it("compares tenant ids without regard to case in the settings", async () => {
    expect(
      (await verifier({ tenants: [TENANT.toUpperCase()] }).verify(await signToken(key))).ok
    ).toBe(true);
  });
});

describe("EntraVerifier: clock skew", () => {
  it("honours the default 60 s either side of exp and nbf", async () => {
    const v = verifier();
    expect(
      (await v.verify(await signToken(key, goodClaims({ exp: secondsFromNow(-30) })))).ok
    ).toBe(true);
    expect(
      await v.verify(await signToken(key, goodClaims({ exp: secondsFromNow(-90) })))
    ).toMatchObject({
      reason: "expired",
    });
    expect((await v.verify(await signToken(key, goodClaims({ nbf: secondsFromNow(30) })))).ok).toBe(
      true
    );
    expect(
      await v.verify(await signToken(key, goodClaims({ nbf: secondsFromNow(90) })))
    ).toMatchObject({
      reason: "not_yet_valid",
    });
  });

  it("honours a configured skew", async () => {
    const strict = verifier({ clockSkewSeconds: 0 });
    const lenient = verifier({ clockSkewSeconds: 300 });
    const lateBy30 = await signToken(key, goodClaims({ exp: secondsFromNow(-30) }));
    const earlyBy200 = await signToken(key, goodClaims({ nbf: secondsFromNow(200) }));
    expect(await strict.verify(lateBy30)).toMatchObject({ reason: "expired" });
    expect((await lenient.verify(lateBy30)).ok).toBe(true);
    expect((await lenient.verify(earlyBy200)).ok).toBe(true);
    expect(await verifier().verify(earlyBy200)).toMatchObject({ reason: "not_yet_valid" });
  });
});

describe("EntraVerifier: the key set", () => {
  it("fetches the keys once, from the URL of the token's tenant, and caches them", async () => {
    const server = await startJwksServer({ keys: [key.publicJwk] });
    try {
      const v = new EntraVerifier({
        tenants: [TENANT],
        audiences: [APP_ID_URI],
        jwksUrl: server.url,
      });
      for (let i = 0; i < 5; i++) expect((await v.verify(await signToken(key))).ok).toBe(true);
      expect(server.paths).toEqual([`/${TENANT}/discovery/v2.0/keys`]);
    } finally {
      await server.close();
    }
  });

  it("refuses a token of a foreign tenant without fetching anything", async () => {
    const server = await startJwksServer({ keys: [key.publicJwk] });
    try {
      const v = new EntraVerifier({
        tenants: [TENANT],
        audiences: [APP_ID_URI],
        jwksUrl: server.url,
      });
      const foreign = await signToken(
        key,
        goodClaims({
          tid: OTHER_TENANT,
          iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0`,
        })
      );
      expect(await v.verify(foreign)).toEqual({ ok: false, reason: "wrong_tenant" });
      expect(server.paths).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("picks up a rotated key, refetching at most every 30 s so unknown kids cannot hammer the identity provider", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const server = await startJwksServer({ keys: [key.publicJwk] });
    try {
      const v = new EntraVerifier({
        tenants: [TENANT],
        audiences: [APP_ID_URI],
        jwksUrl: server.url,
      });
      expect((await v.verify(await signToken(key))).ok).toBe(true);
      const rotated = await createSigningKey("key-2");
      server.serve([key.publicJwk, rotated.publicJwk]);
      expect(await v.verify(await signToken(rotated))).toMatchObject({ reason: "bad_signature" });
      expect(server.paths).toHaveLength(1);
      vi.advanceTimersByTime(31_000);
      expect((await v.verify(await signToken(rotated))).ok).toBe(true);
      expect(server.paths).toHaveLength(2);
    } finally {
      vi.useRealTimers();
      await server.close();
    }
  });

  it("says jwks_unavailable, with an operator detail and no token, when the server is down", async () => {
    const token = await signToken(key);
    const result = await verifier({ jwksUrl: await deadJwksUrl() }).verify(token);
    expect(result).toMatchObject({ ok: false, reason: "jwks_unavailable" });
    const detail = result.ok ? "" : (result.detail ?? "");
    expect(detail).toMatch(/ECONNREFUSED|fetch failed/);
    expect(detail).not.toContain(token.split(".")[2]);
  });

  it("says jwks_unavailable when the server answers 500, garbage, or not at all", async () => {
    const token = await signToken(key);
    for (const behaviour of [
      { status: 500, body: "{}" },
      { status: 200, body: "not json" },
      { status: 200, body: '{"keys":7}' },
      "hang",
    ] as const) {
      const server = await startJwksServer(behaviour);
      try {
        const v = new EntraVerifier({
          tenants: [TENANT],
          audiences: [APP_ID_URI],
          jwksUrl: server.url,
          jwksTimeoutMs: 200,
        });
        expect(await v.verify(token), JSON.stringify(behaviour)).toMatchObject({
          reason: "jwks_unavailable",
        });
      } finally {
        await server.close();
      }
    }
  });
});

describe("EntraVerifier: settings", () => {
  const base: EntraSettings = { tenants: [TENANT], audiences: [APP_ID_URI] };

  it("needs only tenants and audiences: the rest has defaults", () => {
    expect(() => new EntraVerifier(base)).not.toThrow();
  });

  it.each<[string, Partial<EntraSettings>, RegExp]>([
    ["no tenant", { tenants: [] }, /au moins un tenant/],
    [
      "a domain instead of a tenant id",
      { tenants: ["contoso.onmicrosoft.com"] },
      /n'est pas un identifiant de tenant/,
    ],
    ["no audience", { audiences: [] }, /audience/],
    ["a scope with a space", { requiredScope: "Plume.Use Plume.Admin" }, /portée/],
    ["a negative skew", { clockSkewSeconds: -1 }, /tolérance/],
    ["plain http to a remote host", { jwksUrl: "http://keys.example.org/{tenant}/keys" }, /https/],
    ["not a URL", { jwksUrl: "keys" }, /pas une URL valide/],
  ])("refuses %s with a French message", (_name, settings, message) => {
    expect(() => new EntraVerifier({ ...base, ...settings })).toThrow(message);
  });

  it("allows plain http on loopback only (tests, a local key server)", () => {
    expect(
      () => new EntraVerifier({ ...base, jwksUrl: "http://127.0.0.1:9/{tenant}/keys" })
    ).not.toThrow();
    expect(
      () => new EntraVerifier({ ...base, jwksUrl: "http://[::1]:9/{tenant}/keys" })
    ).not.toThrow();
  });
});
