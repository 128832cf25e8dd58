import type { AuthFailureReason } from "./identity.ts";

/** Mistral's error shape, which the official SDK and other Mistral clients know how to read. */
export interface MistralErrorBody {
  object: "error";
  message: string;
  type: string;
  param: null;
  code: string;
}

export interface Refusal {
  statusCode: 401 | 403 | 503;
  headers: Record<string, string>;
  body: MistralErrorBody;
}

/** What the user reads (the add-in shows `message`) and what they can do about it. */
export const REFUSAL_MESSAGES: Readonly<Record<AuthFailureReason, string>> = {
  missing:
    "Authentification requise : connectez-vous avec votre compte professionnel (jeton d'accès absent).",
  malformed: "Jeton d'accès illisible : reconnectez-vous pour en obtenir un nouveau.",
  bad_signature: "Jeton d'accès refusé : sa signature n'est pas valide. Reconnectez-vous.",
  expired: "Votre session a expiré : reconnectez-vous.",
  not_yet_valid:
    "Jeton d'accès pas encore valide : vérifiez la date et l'heure de votre poste, puis reconnectez-vous.",
  wrong_audience:
    "Ce jeton d'accès n'est pas destiné à Plume : reconnectez-vous depuis le complément Plume.",
  wrong_issuer:
    "Jeton d'accès émis par un fournisseur d'identité non reconnu : reconnectez-vous avec votre compte professionnel.",
  wrong_tenant:
    "Votre organisation n'est pas autorisée sur cette passerelle : connectez-vous avec le compte de votre administration, ou contactez votre administrateur.",
  missing_scope:
    "Votre jeton ne donne pas accès à Plume (autorisation requise absente) : reconnectez-vous ; si le refus persiste, demandez à votre administrateur d'accorder l'accès.",
  no_oid:
    "Jeton d'accès sans identifiant d'utilisateur : connectez-vous avec un compte utilisateur (les jetons d'application ne sont pas admis).",
  jwks_unavailable:
    "Impossible de vérifier votre identité pour le moment : le service d'identité Microsoft ne répond pas. Votre session n'est pas en cause ; réessayez dans quelques instants.",
  wrong_dev_token:
    "Jeton de développement incorrect : utilisez la valeur de PLUME_DEV_TOKEN configurée sur la passerelle.",
};

/** Seconds a client should wait before retrying when the key set could not be fetched. */
export const JWKS_RETRY_AFTER_SECONDS = 10;

/**
 * The HTTP answer to a refused token. 401 with `WWW-Authenticate` (RFC 6750) when the token is at fault;
 * 403 `insufficient_scope` when the token is good but lacks the permission (RFC 6750 §3.1); 503 when the
 * key set cannot be fetched: the token may well be valid, and a 401 would send the user to sign in again
 * for nothing.
 */
export function refusalFor(reason: AuthFailureReason): Refusal {
  const body = (type: string): MistralErrorBody => ({
    object: "error",
    message: REFUSAL_MESSAGES[reason],
    type,
    param: null,
    code: reason,
  });
  switch (reason) {
    case "jwks_unavailable":
      return {
        statusCode: 503,
        headers: { "retry-after": String(JWKS_RETRY_AFTER_SECONDS) },
        body: body("service_unavailable"),
      };
    case "missing_scope":
      return {
        statusCode: 403,
        headers: { "www-authenticate": 'Bearer realm="plume", error="insufficient_scope"' },
        body: body("forbidden"),
      };
    case "missing":
      // RFC 6750 §3.1: a request without credentials gets no error code.
      return {
        statusCode: 401,
        headers: { "www-authenticate": 'Bearer realm="plume"' },
        body: body("unauthorized"),
      };
    default:
      return {
        statusCode: 401,
        headers: { "www-authenticate": 'Bearer realm="plume", error="invalid_token"' },
        body: body("unauthorized"),
      };
  }
}
