/** Who made a request, as proven by the bearer token. */
export interface Identity {
  /** Entra ID object id (`oid`), stable per user across applications; "dev" for the dev token. */
  userId: string;
  /** Entra ID directory id (`tid`); "dev" for the dev token. */
  tenantId: string;
  /** `preferred_username` (usually the user's e-mail: personal data, never log it). */
  name?: string;
}

/** Why a token was refused. Sent to the client as the error `code`; never carries the token. */
export type AuthFailureReason =
  | "missing"
  | "malformed"
  | "bad_signature"
  | "expired"
  | "not_yet_valid"
  | "wrong_audience"
  | "wrong_issuer"
  | "wrong_tenant"
  | "missing_scope"
  | "no_oid"
  | "jwks_unavailable"
  | "wrong_dev_token";

export type VerifyResult =
  | { ok: true; identity: Identity }
  | {
      ok: false;
      reason: AuthFailureReason;
      /** For the operator's log only (e.g. why the JWKS could not be fetched); never token material. */
      detail?: string;
    };

export interface TokenVerifier {
  /** Never throws for a bad token: every refusal is a result with its reason. */
  verify(token: string): Promise<VerifyResult>;
}
