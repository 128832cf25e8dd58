import { HostError } from "../host.ts";

/*
 * The HostErrors the Office adapters raise. Their messages never hold the user's text nor anything the
 * host said about it: the pane may log them. They are French, the pane's first language; the pane
 * picks its own wording from `code`.
 */

export function unsupported(): HostError {
  return new HostError("unsupported", "Cette action n'est pas disponible ici.");
}

export function noSelection(): HostError {
  return new HostError("no-selection", "Aucun texte n'est sélectionné.");
}

export function tooLong(limit: number): HostError {
  return new HostError("too-long", `Le texte dépasse la taille acceptée (${limit} caractères).`, {
    limit,
  });
}

export function draftKeptChanging(): HostError {
  return new HostError(
    "changed-meanwhile",
    "Le brouillon a changé pendant l'insertion : rien n'a été écrit."
  );
}

/** Only identifiers such as "GeneralException" or 9002 are kept from the host's error. */
const ERROR_CODE = /^[\w.-]{1,64}$/;

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { code, name } = error as { code?: unknown; name?: unknown };
  for (const candidate of [code, name]) {
    const text = typeof candidate === "number" ? String(candidate) : candidate;
    if (typeof text === "string" && ERROR_CODE.test(text)) return text;
  }
  return undefined;
}

/** Any failure of the host as a "host-failed" HostError; a HostError passes through unchanged. */
export function hostFailed(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = errorCode(error);
  return new HostError(
    "host-failed",
    `L'application n'a pas pu terminer l'opération${code === undefined ? "" : ` (${code})`}.`,
    code === undefined ? undefined : { cause: { code } }
  );
}
