import { createRemoteJWKSet, decodeJwt, errors, jwtVerify } from "jose";
import type { JWTPayload, JWTVerifyGetKey } from "jose";
import type { AuthFailureReason, TokenVerifier, VerifyResult } from "./identity.ts";
import { isLoopbackHost } from "./loopback.ts";

export interface EntraSettings {
  /** Directory (tenant) ids whose users may call the gateway: the token's `tid` must be one of them. */
  tenants: string[];
  /** Accepted `aud` values: the API's application id URI (`api://...`) and/or its client id. */
  audiences: string[];
  /** Delegated permission the token's `scp` must contain. */
  requiredScope?: string;
  /** Tolerance on `exp` and `nbf`, in seconds, for clocks that drift. */
  clockSkewSeconds?: number;
  /** Also accept v1.0 tokens (issuer `https://sts.windows.net/{tid}/`). */
  acceptV1Issuer?: boolean;
  /** Where the signing keys are; `{tenant}` is replaced by each allowed tenant id. https, or http on loopback. */
  jwksUrl?: string;
  /** How long a JWKS fetch may take before the request is answered 503. */
  jwksTimeoutMs?: number;
}

export const ENTRA_DEFAULTS = {
  requiredScope: "Plume.Use",
  clockSkewSeconds: 60,
  acceptV1Issuer: false,
  jwksUrl: "https://login.microsoftonline.com/{tenant}/discovery/v2.0/keys",
  jwksTimeoutMs: 5000,
} as const;

const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Thrown by the key lookup when the key set itself cannot be had, as opposed to a token naming no known key. */
class JwksUnavailable extends Error {}

/**
 * Verifies Microsoft Entra ID access tokens for our API: RS256 signature against the tenant's JWKS,
 * tenant, issuer, audience, scope, expiry and not-before. Keys are fetched on first use and cached
 * by jose (10 minutes; refetched at most every 30 s when a token names an unknown key).
 */
export class EntraVerifier implements TokenVerifier {
  readonly #keysByTenant = new Map<string, JWTVerifyGetKey>();
  readonly #audiences: string[];
  readonly #requiredScope: string;
  readonly #clockSkewSeconds: number;
  readonly #acceptV1Issuer: boolean;

  constructor(settings: EntraSettings) {
    const requiredScope = settings.requiredScope ?? ENTRA_DEFAULTS.requiredScope;
    const clockSkewSeconds = settings.clockSkewSeconds ?? ENTRA_DEFAULTS.clockSkewSeconds;
    const jwksTimeoutMs = settings.jwksTimeoutMs ?? ENTRA_DEFAULTS.jwksTimeoutMs;
    const jwksUrl = settings.jwksUrl ?? ENTRA_DEFAULTS.jwksUrl;
    const tenants = settings.tenants.map((tenant) => tenant.trim().toLowerCase());

    if (tenants.length === 0)
      throw new Error("Entra ID : indiquez au moins un tenant autorisé (identifiant de tenant).");
    for (const tenant of tenants) {
      if (!TENANT_ID.test(tenant)) {
        throw new Error(
          `Entra ID : « ${tenant} » n'est pas un identifiant de tenant (GUID attendu, tel que l'indique la revendication tid des jetons).`
        );
      }
    }
    if (
      settings.audiences.length === 0 ||
      settings.audiences.some((audience) => audience.trim() === "")
    ) {
      throw new Error(
        "Entra ID : indiquez l'audience de l'API (URI api://... et/ou identifiant client de l'application)."
      );
    }
    if (!/^\S+$/.test(requiredScope))
      throw new Error("Entra ID : la portée requise doit être un seul mot, sans espace.");
    if (!Number.isFinite(clockSkewSeconds) || clockSkewSeconds < 0) {
      throw new Error(
        "Entra ID : la tolérance d'horloge doit être un nombre de secondes positif ou nul."
      );
    }
    if (!Number.isInteger(jwksTimeoutMs) || jwksTimeoutMs <= 0) {
      throw new Error(
        "Entra ID : le délai de récupération des clés (JWKS) doit être un nombre entier de millisecondes positif."
      );
    }

    // One key set per distinct URL: with the default URL each tenant has its own, as Entra publishes them.
    const byUrl = new Map<string, JWTVerifyGetKey>();
    for (const tenant of tenants) {
      const url = jwksUrlFor(jwksUrl, tenant);
      let keys = byUrl.get(url.href);
      if (!keys) {
        keys = keyLookup(url, jwksTimeoutMs);
        byUrl.set(url.href, keys);
      }
      this.#keysByTenant.set(tenant, keys);
    }
    this.#audiences = [...settings.audiences];
    this.#requiredScope = requiredScope;
    this.#clockSkewSeconds = clockSkewSeconds;
    this.#acceptV1Issuer = settings.acceptV1Issuer ?? ENTRA_DEFAULTS.acceptV1Issuer;
  }

  async verify(token: string): Promise<VerifyResult> {
    if (token === "") return refuse("missing");
    // The tenant picks the key set, so it is read before the signature is checked (which then covers
    // it). A foreign tenant is refused here, without fetching anything.
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      return refuse("malformed");
    }
    const tid = unverified.tid;
    if (typeof tid !== "string") return refuse("malformed");
    const keys = this.#keysByTenant.get(tid.toLowerCase());
    if (!keys) return refuse("wrong_tenant");

    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, keys, {
        algorithms: ["RS256"],
        audience: this.#audiences,
        clockTolerance: this.#clockSkewSeconds,
        requiredClaims: ["exp"],
      }));
    } catch (error) {
      if (error instanceof JwksUnavailable)
        return { ok: false, reason: "jwks_unavailable", detail: error.message };
      return refuse(reasonForJoseError(error));
    }

    const { iss, oid, scp, preferred_username: name } = claims;
    if (typeof iss !== "string" || !this.#issuersFor(tid).includes(iss))
      return refuse("wrong_issuer");
    if (typeof scp !== "string" || !scp.split(" ").includes(this.#requiredScope))
      return refuse("missing_scope");
    if (typeof oid !== "string" || oid === "") return refuse("no_oid");
    return {
      ok: true,
      identity: {
        userId: oid,
        tenantId: tid,
        ...(typeof name === "string" && name !== "" ? { name } : {}),
      },
    };
  }

  #issuersFor(tenant: string): string[] {
    const v2 = `https://login.microsoftonline.com/${tenant}/v2.0`;
    return this.#acceptV1Issuer ? [v2, `https://sts.windows.net/${tenant}/`] : [v2];
  }
}

function refuse(reason: AuthFailureReason): VerifyResult {
  return { ok: false, reason };
}

function jwksUrlFor(template: string, tenant: string): URL {
  let url: URL;
  try {
    url = new URL(template.replaceAll("{tenant}", tenant));
  } catch {
    throw new Error(
      `Entra ID : l'adresse des clés (JWKS) « ${template} » n'est pas une URL valide.`
    );
  }
  const secure =
    url.protocol === "https:" || (url.protocol === "http:" && isLoopbackHost(url.hostname));
  if (!secure)
    throw new Error(
      `Entra ID : l'adresse des clés (JWKS) doit être en https (http n'est admis qu'en boucle locale) : « ${template} ».`
    );
  return url;
}

/** jose's remote key set, with its failures to obtain the set told apart from "no key matches this token". */
function keyLookup(url: URL, timeoutMs: number): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(url, { timeoutDuration: timeoutMs });
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (
        error instanceof errors.JWKSNoMatchingKey ||
        error instanceof errors.JWKSMultipleMatchingKeys
      )
        throw error;
      throw new JwksUnavailable(`JWKS ${url.href} : ${describe(error)}`, { cause: error });
    }
  };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown } | undefined;
  return typeof cause?.code === "string" ? `${error.message} (${cause.code})` : error.message;
}

function reasonForJoseError(error: unknown): AuthFailureReason {
  if (error instanceof errors.JWTExpired) return "expired";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "aud") return "wrong_audience";
    if (error.claim === "nbf" && error.reason === "check_failed") return "not_yet_valid";
    return "malformed";
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys
  ) {
    return "bad_signature";
  }
  if (error instanceof errors.JOSEError) return "malformed";
  // Not about the token (a bug, or a key jose will not use): let it surface as a 500, which admits no one.
  throw error;
}
