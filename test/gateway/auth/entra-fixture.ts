import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  exportJWK,
  exportSPKI,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JWK,
  type JWTPayload,
} from "jose";

export const TENANT = "3f2a6c1e-8b4d-4e2a-9c7f-1a2b3c4d5e6f";
export const OTHER_TENANT = "9d8c7b6a-5f4e-4d3c-8b2a-0f1e2d3c4b5a";
export const APP_ID_URI = "api://plume-gateway";
export const CLIENT_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
export const OID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
export const USERNAME = "camille.martin@interieur.gouv.fr";

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
  /** The public key as PEM text: what an attacker would use as an HMAC secret. */
  publicPem: string;
}

export async function createSigningKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  return { kid, privateKey, publicJwk, publicPem: await exportSPKI(publicKey) };
}

export interface JwksServer {
  url: string;
  /** Paths requested so far, in order. */
  readonly paths: string[];
  /** Replaces the keys served from now on. */
  serve(keys: JWK[]): void;
  close(): Promise<void>;
}

type Behaviour = { keys: JWK[] } | { status: number; body: string } | "hang";

/** A JWKS endpoint on 127.0.0.1 that serves keys, fails with a status, or never answers. */
export async function startJwksServer(behaviour: Behaviour): Promise<JwksServer> {
  let current = behaviour;
  const paths: string[] = [];
  const server = createServer((request, response: ServerResponse) => {
    paths.push(request.url ?? "");
    if (current === "hang") return;
    if ("keys" in current) {
      response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ keys: current.keys }));
    } else {
      response.writeHead(current.status, { "content-type": "application/json" }).end(current.body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/{tenant}/discovery/v2.0/keys`,
    paths,
    serve(keys) {
      current = { keys };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The URL of a JWKS server that has just closed: connections to it are refused. */
export async function deadJwksUrl(): Promise<string> {
  const server = await startJwksServer({ keys: [] });
  await server.close();
  return server.url;
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** The claims of a good Entra v2.0 access token for our API; `undefined` values are left out when signed. */
export function goodClaims(overrides: Record<string, unknown> = {}): JWTPayload {
  const now = nowSeconds();
  return {
    aud: APP_ID_URI,
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    iat: now - 10,
    nbf: now - 10,
    exp: now + 3600,
    tid: TENANT,
    oid: OID,
    scp: "User.Read Plume.Use",
    preferred_username: USERNAME,
    ver: "2.0",
    ...overrides,
  };
}

/** Seconds from now, for `exp`/`nbf`/`iat`. */
export function secondsFromNow(seconds: number): number {
  return nowSeconds() + seconds;
}

export function signToken(
  key: SigningKey,
  claims: JWTPayload = goodClaims(),
  kid = key.kid
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", typ: "JWT", kid })
    .sign(key.privateKey);
}

/** The classic confusion attack: HS256 with the server's public key as the shared secret. */
export function signWithPublicKeyAsHmacSecret(
  key: SigningKey,
  claims: JWTPayload = goodClaims()
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256", typ: "JWT", kid: key.kid })
    .sign(new TextEncoder().encode(key.publicPem));
}

/** An unsecured JWT (`alg: none`, empty signature), crafted by hand since jose will not make one. */
export function unsecuredToken(claims: JWTPayload = goodClaims(), alg = "none"): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg, typ: "JWT" })}.${part(claims)}.`;
}
