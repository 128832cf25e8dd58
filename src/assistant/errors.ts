export type AssistantErrorKind =
  /** The action cannot take a text this long in one request and does not read by parts. */
  | "too-long"
  /** The action needs a text and got none. */
  | "empty"
  /** The request limits leave no useful room for a text (a configuration too tight). */
  | "budget";

const number = new Intl.NumberFormat("fr-FR");

/** A request the assistant refuses before sending anything, with what the pane needs to explain it. */
export class AssistantError extends Error {
  readonly kind: AssistantErrorKind;
  /** For "too-long": the longest text the action accepts, in characters. */
  readonly limit: number | undefined;
  /** For "too-long": the length of the text given, in characters. */
  readonly size: number | undefined;

  private constructor(
    kind: AssistantErrorKind,
    message: string,
    sizes: { limit?: number; size?: number } = {}
  ) {
    super(message);
    this.name = "AssistantError";
    this.kind = kind;
    this.limit = sizes.limit;
    this.size = sizes.size;
  }

  static tooLong(size: number, limit: number): AssistantError {
    return new AssistantError(
      "too-long",
      `Le texte est trop long pour cette action : ${number.format(size)} caractères pour ${number.format(Math.max(0, limit))} au plus. Sélectionnez un passage plus court.`,
      { size, limit: Math.max(0, limit) }
    );
  }

  static empty(): AssistantError {
    return new AssistantError(
      "empty",
      "Il n'y a aucun texte à traiter : sélectionnez d'abord un passage."
    );
  }

  static budget(): AssistantError {
    return new AssistantError(
      "budget",
      "La taille permise pour une demande est trop petite pour cette action. Demandez à l'administrateur de Plume de relever la limite de taille des demandes."
    );
  }
}
