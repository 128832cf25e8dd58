/**
 * Errors in Mistral's own shape, so any Mistral client understands them, with a French message the
 * task pane can show as it is: what happened and what to do.
 */
export interface MistralError {
  object: "error";
  message: string;
  type: string;
  param: null;
  code: string;
}

export function mistralError(type: string, code: string, message: string): MistralError {
  return { object: "error", message, type, param: null, code };
}

/** A wait as a person reads it: `45 s`, `12 min`, `15 h 14 min` (a daily quota's). */
export function frenchDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest ? ` ${String(rest).padStart(2, "0")} min` : ""}`;
}

export const GATEWAY_ERRORS = {
  noModel: () =>
    mistralError(
      "service_unavailable",
      "no_model_configured",
      "Aucun modèle n'est configuré sur la passerelle Plume : l'administrateur doit renseigner MISTRAL_API_KEY et policy.models.allowed."
    ),
  modelNotAllowed: (model: string) =>
    mistralError(
      "invalid_request_error",
      "model_not_allowed",
      `Le modèle « ${model} » n'est pas autorisé par la politique de votre administration.`
    ),
  actionDisabled: (action: string) =>
    mistralError(
      "invalid_request_error",
      "action_disabled",
      `L'action « ${action} » est désactivée par la politique de votre administration.`
    ),
  refusedEntities: (types: readonly string[]) =>
    mistralError(
      "invalid_request_error",
      "personal_data_refused",
      `La demande contient des données qui ne doivent jamais être envoyées au modèle (${types.join(", ")}). Masquez-les puis recommencez.`
    ),
  tooLarge: (limit: number) =>
    mistralError(
      "invalid_request_error",
      "request_too_large",
      `La demande dépasse la taille autorisée (${limit} caractères). Réduisez le texte ou découpez-le.`
    ),
  tooComplex: (maxNodes: number, maxDepth: number) =>
    mistralError(
      "invalid_request_error",
      "request_too_complex",
      `La demande contient trop d'éléments (plus de ${maxNodes.toLocaleString("fr-FR")}) ou trop de niveaux d'imbrication (plus de ${maxDepth}). Simplifiez-la ou découpez-la.`
    ),
  unreadableContent: (kinds: readonly string[]) =>
    mistralError(
      "invalid_request_error",
      "unreadable_content_refused",
      `La demande contient des contenus que Plume ne peut pas vérifier avant l'envoi (${kinds.join(", ")}) : images, documents, fichiers et sons ne sont pas acceptés. Envoyez le texte seul.`
    ),
  rateLimited: (seconds: number) =>
    mistralError(
      "rate_limited",
      "rate_limited",
      `Trop de demandes : réessayez dans ${frenchDuration(seconds)}.`
    ),
  shuttingDown: () =>
    mistralError(
      "service_unavailable",
      "shutting_down",
      "La passerelle Plume redémarre : réessayez dans quelques secondes."
    ),
  auditUnavailable: () =>
    mistralError(
      "service_unavailable",
      "audit_unavailable",
      "Le journal d'audit ne peut pas être écrit : la réponse n'a pas été remise. Réessayez plus tard ; si cela se répète, prévenez l'administrateur."
    ),
  invalidJson: () =>
    mistralError(
      "invalid_request_error",
      "invalid_json",
      "Le corps de la demande n'est pas du JSON valide."
    ),
  upstreamUnavailable: () =>
    mistralError(
      "upstream_error",
      "upstream_unavailable",
      "Le service Mistral ne répond pas pour le moment. Réessayez dans quelques minutes."
    ),
  upstreamRateLimited: () =>
    mistralError(
      "rate_limited",
      "upstream_rate_limited",
      "Le service Mistral est saturé. Réessayez dans quelques instants."
    ),
  upstreamRejected: (status: number) =>
    mistralError(
      "upstream_error",
      "upstream_rejected",
      `Le service Mistral a refusé la demande (statut ${status}). Si cela se répète, prévenez l'administrateur.`
    ),
  upstreamUnknownModel: () =>
    mistralError(
      "upstream_error",
      "upstream_unknown_model",
      "Le modèle demandé est autorisé par la politique mais inconnu du service Mistral : prévenez l'administrateur, qui doit corriger policy.models.allowed."
    ),
  upstreamRedirected: (status: number) =>
    mistralError(
      "upstream_error",
      "upstream_redirected",
      `Le service Mistral configuré renvoie vers une autre adresse (statut ${status}), que la passerelle ne suit pas : prévenez l'administrateur, qui doit corriger upstream.serverURL.`
    ),
  upstreamInvalidRequest: (reason?: string) =>
    mistralError(
      "invalid_request_error",
      "upstream_invalid_request",
      reason === undefined
        ? "Le service Mistral a refusé la demande comme invalide. Vérifiez les messages et les paramètres envoyés, puis recommencez."
        : `Le service Mistral a refusé la demande comme invalide : « ${reason} ». Corrigez la demande puis recommencez.`
    ),
  upstreamMalformed: () =>
    mistralError(
      "upstream_error",
      "upstream_malformed",
      "Le service Mistral a envoyé une réponse illisible. Réessayez ; si cela se répète, prévenez l'administrateur."
    ),
  requestInvalid: (fields: readonly string[]) =>
    mistralError(
      "invalid_request_error",
      "invalid_request",
      `La demande ne respecte pas le format de l'API de Mistral${fields.length ? ` (${fields.join(", ")})` : ""}. Corrigez-la puis recommencez.`
    ),
  notFound: () =>
    mistralError(
      "invalid_request_error",
      "not_found",
      "Cette adresse n'existe pas sur la passerelle Plume."
    ),
  internal: () =>
    mistralError(
      "internal_error",
      "internal_error",
      "Erreur inattendue de la passerelle : rien n'a été envoyé au modèle."
    ),
} as const;

export type ValidationDetail = { loc: Array<string | number>; msg: string; type: string };

/** Mistral's 422 shape for a request it cannot take (HTTPValidationError). */
export function validationError(detail: ValidationDetail[]) {
  return { detail };
}

/** Pydantic's words for a body that is not a JSON object. */
export const NOT_AN_OBJECT: ValidationDetail = {
  loc: ["body"],
  msg: "Input should be a valid dictionary",
  type: "dict_type",
};

/** `messages[0].content` for `["body", "messages", 0, "content"]`. */
const fieldName = (loc: ReadonlyArray<string | number>) =>
  loc
    .slice(1)
    .reduce<string>(
      (name, part) =>
        typeof part === "number" ? `${name}[${part}]` : name ? `${name}.${part}` : part,
      ""
    );

/**
 * A request that is not Mistral's chat request: Mistral's 422 details, with Mistral's error fields
 * and a French message naming the fields at fault, which the pane shows.
 */
export function invalidRequestError(detail: ValidationDetail[]) {
  const fields = [...new Set(detail.map((entry) => fieldName(entry.loc)).filter(Boolean))];
  return {
    ...GATEWAY_ERRORS.requestInvalid(fields.length > 3 ? [...fields.slice(0, 3), "…"] : fields),
    ...validationError(detail),
  };
}

/**
 * What HTTP itself refuses, before or around the gateway's routes, in Mistral's shape with a French
 * message, as GATEWAY_ERRORS says the rest.
 */
export const HTTP_ERRORS = {
  badRequest: () =>
    mistralError(
      "invalid_request_error",
      "bad_request",
      "La demande est mal formée : la passerelle Plume n'a pas pu la lire. Si cela se répète, prévenez l'administrateur."
    ),
  forbidden: () =>
    mistralError(
      "invalid_request_error",
      "forbidden",
      "Cette adresse désigne un fichier que la passerelle Plume ne sert pas."
    ),
  requestTimeout: () =>
    mistralError(
      "invalid_request_error",
      "request_timeout",
      "La demande n'est pas arrivée complète à temps. Vérifiez la connexion et réessayez."
    ),
  tooLarge: () =>
    mistralError(
      "invalid_request_error",
      "request_too_large",
      "La demande dépasse la taille autorisée. Réduisez le texte ou découpez-le."
    ),
  uriTooLong: () =>
    mistralError(
      "invalid_request_error",
      "uri_too_long",
      "L'adresse demandée est trop longue pour la passerelle Plume."
    ),
  rangeNotSatisfiable: () =>
    mistralError(
      "invalid_request_error",
      "range_not_satisfiable",
      "La partie du fichier demandée (en-tête Range) dépasse la taille du fichier."
    ),
  headersTooLarge: () =>
    mistralError(
      "invalid_request_error",
      "headers_too_large",
      "Les en-têtes de la demande sont trop volumineux. Si cela se répète, prévenez l'administrateur."
    ),
  unknownHost: () =>
    mistralError(
      "invalid_request_error",
      "unknown_host",
      "La passerelle Plume ne répond pas sous ce nom : utilisez son adresse publique. Derrière un proxy inverse, celui-ci doit transmettre l'en-tête Host d'origine."
    ),
  methodNotAllowed: (allowed: readonly string[]) =>
    mistralError(
      "invalid_request_error",
      "method_not_allowed",
      `Cette adresse n'accepte pas cette méthode HTTP : utilisez ${allowed.join(" ou ")}.`
    ),
  unsupportedCharset: () =>
    mistralError(
      "invalid_request_error",
      "unsupported_charset",
      "Le corps de la demande doit être encodé en UTF-8 : la passerelle Plume ne lit pas les autres jeux de caractères."
    ),
  refused: (status: number) =>
    mistralError(
      "invalid_request_error",
      "request_refused",
      `La passerelle Plume a refusé la demande (statut ${status}).`
    ),
} as const;
