import type { LongDocumentSpec } from "./prompts/index.ts";
import type { DocumentPart } from "./chunking.ts";

const name = (part: DocumentPart) => `${part.index + 1}${part.title ? ` « ${part.title} »` : ""}`;

/**
 * The note that ends an answer built part by part: how many parts of the document were read, each
 * named, and those that were not, so that nothing is left out without the user knowing.
 */
export function coverageNote(
  spec: LongDocumentSpec,
  parts: readonly DocumentPart[],
  covered: readonly boolean[]
): string {
  const read = parts.filter((_, i) => covered[i]);
  const missed = parts.filter((_, i) => !covered[i]);
  const answer = spec.action === "summarise" ? "Ce résumé" : "Cette réponse";
  return [
    `Couverture : ${read.length} partie${read.length > 1 ? "s" : ""} lue${read.length > 1 ? "s" : ""} sur ${parts.length} (document trop long pour une seule demande, lu par parties).`,
    `Parties lues : ${read.map(name).join(" ; ")}.`,
    missed.length
      ? `Parties non lues, faute de réponse après une nouvelle tentative : ${missed.map(name).join(" ; ")}. ${answer} n'en tient pas compte : relancez la demande ou sélectionnez ces passages pour les traiter à part.`
      : "Parties non lues : aucune.",
  ].join("\n");
}
