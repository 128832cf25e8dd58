import cors from "@fastify/cors";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EntraVerifier } from "../../../src/gateway/auth/entra-verifier.ts";
import type { TokenVerifier } from "../../../src/gateway/auth/identity.ts";
import { authPlugin, userOf, type AuthPluginOptions } from "../../../src/gateway/auth/plugin.ts";
import {
  APP_ID_URI,
  createSigningKey,
  deadJwksUrl,
  goodClaims,
  OID,
  OTHER_TENANT,
  secondsFromNow,
  signToken,
  signWithPublicKeyAsHmacSecret,
  startJwksServer,
  TENANT,
  unsecuredToken,
  USERNAME,
  type JwksServer,
  type SigningKey,
} from "./entra-fixture.ts";

const DEV_TOKEN = "dev-secret-4f8a91c2e7b3";
const PUBLIC_PATHS = ["/healthz", "/assets/*"];

let key: SigningKey;
let jwks: JwksServer;
let verifier: EntraVerifier;

beforeAll(async () => {
  key = await createSigningKey("key-1");
  jwks = await startJwksServer({ keys: [key.publicJwk] });
  verifier = new EntraVerifier({ tenants: [TENANT], audiences: [APP_ID_URI], jwksUrl: jwks.url });
});
afterAll(() => jwks.close());

/** A gateway as the lead builds it: auth and the protected routes in one scope, public routes beside. */
async function gateway(
  options: Partial<AuthPluginOptions>,
  logLines: string[] = []
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: "trace", stream: { write: (line: string) => void logLines.push(line) } },
  });
  app.get("/outside", async () => ({ outside: true }));
  await app.register(async (scope) => {
    await scope.register(authPlugin, { publicPaths: PUBLIC_PATHS, ...options });
    scope.post("/v1/chat/completions", async (request) => ({ user: userOf(request) }));
    scope.get("/healthz", async (request) => ({ status: "ok", user: request.user ?? null }));
    scope.get("/assets/*", async () => "asset");
  });
  await app.ready();
  return app;
}

function call(app: FastifyInstance, authorization?: string, remoteAddress?: string) {
  return app.inject({
    method: "POST",
    url: "/v1/chat/completions",
    headers: authorization === undefined ? {} : { authorization },
    ...(remoteAddress ? { remoteAddress } : {}),
    payload: {},
  });
}

describe("authPlugin with Entra ID", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await gateway({ verifier });
  });
  afterAll(() => app.close());

  it("lets a good token through and gives the route the user's oid", async () => {
    const response = await call(app, `Bearer ${await signToken(key)}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ user: { userId: OID, tenantId: TENANT, name: USERNAME } });
  });

  it("reads the scheme without regard to case", async () => {
    expect((await call(app, `bearer ${await signToken(key)}`)).statusCode).toBe(200);
  });

  const otherKey = createSigningKey("key-1");
  const strangerKey = createSigningKey("key-unknown");
  const refusals: [string, string, number, () => Promise<string | undefined>][] = [
    ["no Authorization header", "missing", 401, async () => undefined],
    ["another scheme", "missing", 401, async () => "Basic ZGV2OmRldg=="],
    ["an empty bearer", "missing", 401, async () => "Bearer "],
    ["garbage", "malformed", 401, async () => "Bearer not-a-jwt"],
    [
      "an unsigned token (two parts)",
      "malformed",
      401,
      async () => `Bearer ${unsecuredToken().slice(0, -1)}`,
    ],
    ["alg: none", "bad_signature", 401, async () => `Bearer ${unsecuredToken()}`],
    [
      "alg: NONE",
      "bad_signature",
      401,
      async () => `Bearer ${unsecuredToken(goodClaims(), "NONE")}`,
    ],
    [
      "HS256 keyed with the public key",
      "bad_signature",
      401,
      async () => `Bearer ${await signWithPublicKeyAsHmacSecret(key)}`,
    ],
    [
      "a forged token (another key, same kid)",
      "bad_signature",
      401,
      async () => `Bearer ${await signToken(await otherKey)}`,
    ],
    [
      "a forged token (unknown kid)",
      "bad_signature",
      401,
      async () => `Bearer ${await signToken(await strangerKey)}`,
    ],
    [
      "a good token with its signature cut off",
      "bad_signature",
      401,
      async () => `Bearer ${(await signToken(key)).replace(/\.[^.]*$/, ".")}`,
    ],
    [
      "an expired token (beyond the skew)",
      "expired",
      401,
      async () => `Bearer ${await signToken(key, goodClaims({ exp: secondsFromNow(-120) }))}`,
    ],
    [
      "a token not yet valid",
      "not_yet_valid",
      401,
      async () => `Bearer ${await signToken(key, goodClaims({ nbf: secondsFromNow(600) }))}`,
    ],
    [
      "a token for another API",
      "wrong_audience",
      401,
      async () => `Bearer ${await signToken(key, goodClaims({ aud: "api://other" }))}`,
    ],
    [
      "a token from another issuer",
      "wrong_issuer",
      401,
      async () =>
        `Bearer ${await signToken(key, goodClaims({ iss: `https://evil.example/${TENANT}/v2.0` }))}`,
    ],
    [
      "a token from another tenant",
      "wrong_tenant",
      401,
      async () =>
        `Bearer ${await signToken(key, goodClaims({ tid: OTHER_TENANT, iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }))}`,
    ],
    [
      "a token without the scope",
      "missing_scope",
      403,
      async () => `Bearer ${await signToken(key, goodClaims({ scp: "User.Read" }))}`,
    ],
    [
      "a token without oid",
      "no_oid",
      401,
      async () => `Bearer ${await signToken(key, goodClaims({ oid: undefined }))}`,
    ],
  ];

  it.each(refusals)(
    "refuses %s: %s, %i, Mistral-shaped body",
    async (_name, code, status, header) => {
      const authorization = await header();
      const response = await call(app, authorization);
      expect(response.statusCode).toBe(status);
      expect(response.headers["content-type"]).toMatch(/^application\/json/);
      const body = response.json();
      expect(Object.keys(body).sort()).toEqual(["code", "message", "object", "param", "type"]);
      expect(body).toMatchObject({
        object: "error",
        param: null,
        code,
        type: status === 403 ? "forbidden" : "unauthorized",
      });
      expect(body.message).toMatch(/[a-zéèêà]/);
      expect(body.message).toMatch(/connect|administrat/);
      const challenge = response.headers["www-authenticate"];
      if (code === "missing") expect(challenge).toBe('Bearer realm="plume"');
      else if (status === 403) expect(challenge).toContain('error="insufficient_scope"');
      else expect(challenge).toContain('error="invalid_token"');
      const token = authorization?.replace(/^\S+\s*/, "") ?? "";
      if (token.length > 8) expect(response.body).not.toContain(token);
    }
  );

  it("leaves public routes open and sets no user on them", async () => {
    const health = await app.inject({ method: "GET", url: "/healthz?probe=1" });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: "ok", user: null });
    expect((await app.inject({ method: "GET", url: "/assets/js/taskpane.js" })).statusCode).toBe(
      200
    );
  });

  it("does not take a public prefix for more than it says", async () => {
    for (const url of [
      "/assets/../v1/chat/completions",
      "/healthz/../v1/chat/completions",
      "/v1/chat/completions?/healthz",
    ]) {
      expect((await app.inject({ method: "POST", url, payload: {} })).statusCode, url).toBe(401);
    }
  });

  it("lets CORS preflights through: browsers never send credentials on them", async () => {
    const withCors = Fastify();
    await withCors.register(async (scope) => {
      await scope.register(authPlugin, { verifier, publicPaths: [] });
      await scope.register(cors, { origin: "https://localhost:3000" });
      scope.post("/v1/chat/completions", async () => "ok");
    });
    try {
      const preflight = await withCors.inject({
        method: "OPTIONS",
        url: "/v1/chat/completions",
        headers: { origin: "https://localhost:3000", "access-control-request-method": "POST" },
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers["access-control-allow-origin"]).toBe("https://localhost:3000");
      expect(
        (await withCors.inject({ method: "POST", url: "/v1/chat/completions", payload: {} }))
          .statusCode
      ).toBe(401);
    } finally {
      await withCors.close();
    }
  });

  it("does not touch routes outside its scope", async () => {
    expect((await app.inject({ method: "GET", url: "/outside" })).statusCode).toBe(200);
  });

  it("does not accept a dev token when none is configured", async () => {
    expect((await call(app, `Bearer ${DEV_TOKEN}`)).json()).toMatchObject({ code: "malformed" });
  });
});

describe("authPlugin when the key set cannot be fetched", () => {
  it("answers 503 jwks_unavailable with Retry-After, not 401: the user's token may be fine", async () => {
    const unreachable = new EntraVerifier({
      tenants: [TENANT],
      audiences: [APP_ID_URI],
      jwksUrl: await deadJwksUrl(),
    });
    const app = await gateway({ verifier: unreachable });
    try {
      const response = await call(app, `Bearer ${await signToken(key)}`);
      expect(response.statusCode).toBe(503);
      expect(response.headers["retry-after"]).toBe("10");
      expect(response.headers["www-authenticate"]).toBeUndefined();
      expect(response.json()).toMatchObject({
        object: "error",
        type: "service_unavailable",
        param: null,
        code: "jwks_unavailable",
      });
      expect(response.json().message).toMatch(/réessayez/);
    } finally {
      await app.close();
    }
  });
});

describe("authPlugin with the dev token", () => {
  it("accepts the dev token alongside Entra, and Entra tokens still work", async () => {
    const app = await gateway({ verifier, devToken: DEV_TOKEN });
    try {
      expect((await call(app, `Bearer ${DEV_TOKEN}`)).json()).toEqual({
        user: { userId: "dev", tenantId: "dev" },
      });
      expect((await call(app, `Bearer ${await signToken(key)}`)).json()).toMatchObject({
        user: { userId: OID },
      });
      expect((await call(app, `Bearer ${DEV_TOKEN}x`)).json()).toMatchObject({ code: "malformed" });
    } finally {
      await app.close();
    }
  });

  it("works alone on a machine without Entra, and says so when the token is wrong", async () => {
    const app = await gateway({ devToken: DEV_TOKEN });
    try {
      expect((await call(app, `Bearer ${DEV_TOKEN}`)).statusCode).toBe(200);
      const wrong = await call(app, `Bearer ${DEV_TOKEN.slice(0, -1)}`);
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json()).toMatchObject({ object: "error", code: "wrong_dev_token" });
    } finally {
      await app.close();
    }
  });

  it("refuses the dev token from a peer that is not on loopback, should start-up checks be skipped", async () => {
    const app = await gateway({ devToken: DEV_TOKEN });
    try {
      expect((await call(app, `Bearer ${DEV_TOKEN}`, "192.0.2.10")).statusCode).toBe(401);
      expect((await call(app, `Bearer ${DEV_TOKEN}`, "::1")).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it("refuses to start with neither Entra nor a dev token, saying so in French and in English", async () => {
    const refusal = gateway({});
    await expect(refusal).rejects.toThrow(/^Aucune méthode d'authentification configurée/);
    await expect(refusal).rejects.toMatchObject({
      name: "StartRefusedError",
      messageEn: expect.stringMatching(
        /^No sign-in method configured: set up Entra ID in the configuration, or PLUME_DEV_TOKEN/
      ),
    });
  });
});

describe("authPlugin and logs", () => {
  it("never writes a token, or any part of one, into a log line", async () => {
    const lines: string[] = [];
    const failing: TokenVerifier = {
      verify: () => Promise.resolve({ ok: false, reason: "jwks_unavailable", detail: "JWKS down" }),
    };
    const app = await gateway({ verifier, devToken: DEV_TOKEN }, lines);
    const down = await gateway({ verifier: failing }, lines);
    const tokens = [
      await signToken(key),
      await signToken(key, goodClaims({ exp: secondsFromNow(-3600) })),
      await signToken(key, goodClaims({ aud: "api://other" })),
      await signWithPublicKeyAsHmacSecret(key),
      unsecuredToken(),
      "garbage-token-value-123456",
    ];
    try {
      for (const token of tokens) await call(app, `Bearer ${token}`);
      await call(app, `Bearer ${DEV_TOKEN}`);
      await call(down, `Bearer ${tokens[0]}`);
    } finally {
      await app.close();
      await down.close();
    }
    const log = lines.join("");
    expect(log).toContain('"authRefusal":"expired"');
    expect(log).toContain('"authRefusal":"jwks_unavailable"');
    expect(log).not.toContain(DEV_TOKEN);
    for (const token of tokens) {
      for (const part of token.split(".").filter((segment) => segment.length >= 8))
        expect(log).not.toContain(part);
    }
    expect(log).not.toMatch(/authorization/i);
    expect(log).not.toContain(USERNAME);
  });
});
