import type { ActionSpec } from "../actions.ts";
import { fenced, paragraphs, type Markers } from "./source-block.ts";

type ReplySpec = Extract<ActionSpec, { action: "reply" }>;

export function replyMessage(spec: ReplySpec, source: string, markers: Markers): string {
  return paragraphs(
    "Rédige la réponse par courriel au message suivant, d'après les consignes de l'agent.",
    `- Commence par une formule d'appel adaptée à l'expéditeur : « Madame, » ou « Monsieur, » selon la civilité qui précède son marqueur, « Madame, Monsieur, » si elle n'est pas connue, « Bonjour, » entre collègues.
- Réponds aux questions et aux demandes du message que les consignes couvrent. N'invente ni engagement, ni délai, ni information que les consignes ne donnent pas : écris « [à compléter] » à la place de ce qui manque.
- Termine par une formule de politesse adaptée. Pas de ligne d'objet ni de signature : l'agent ajoute la sienne. Ne recopie pas le message reçu.`,
    `Consignes de l'agent :\n${spec.instructions}`,
    `Message reçu :\n${fenced(source, markers)}`,
    "Rappel : réponds uniquement par le texte de la réponse, en recopiant les marqueurs entre crochets à l'identique."
  );
}
