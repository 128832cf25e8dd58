import type { ActionSpec, DraftKind } from "../actions.ts";
import { fenced, paragraphs, type Markers } from "./source-block.ts";

type DraftSpec = Extract<ActionSpec, { action: "draft" }>;

const SALUTATION =
  "une formule d'appel sur sa propre ligne, selon la civilité qui précède le marqueur du destinataire : « Madame, », « Monsieur, », ou « Madame, Monsieur, » si elle n'est pas connue";
const CLOSING =
  "une formule de politesse qui reprend la formule d'appel (« Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées. »)";
const SIGNATURE = "la fonction du signataire si les consignes la donnent, sinon « [à compléter] »";

const KINDS: Record<DraftKind, { what: string; form: string[] }> = {
  letter: {
    what: "un courrier administratif adressé à un usager",
    form: [
      "« Objet : » suivi d'un intitulé bref ; puis « Réf. : » si les consignes donnent une référence",
      SALUTATION,
      "un corps en paragraphes courts : le rappel de la demande ou du contexte, la réponse ou la décision et ses motifs, puis ce que l'usager doit faire et dans quel délai ; pour une décision défavorable, les voies et délais de recours",
      CLOSING,
      SIGNATURE,
      "pas d'en-tête (coordonnées, lieu, date) : le modèle de courrier du service les ajoute",
    ],
  },
  note: {
    what: "une note interne",
    form: [
      "« NOTE à l'attention de » suivi du destinataire, puis « Objet : » suivi d'un intitulé bref",
      "le contexte, l'analyse, puis les propositions ou la décision attendue, en parties courtes sous des intitulés",
      "un ton neutre et factuel, sans formule d'appel ni formule de politesse",
      SIGNATURE,
    ],
  },
  convocation: {
    what: "une convocation",
    form: [
      "« Objet : Convocation » suivi du motif",
      SALUTATION,
      "le motif de la convocation ; la date, l'heure et le lieu ; les pièces à apporter ; la possibilité de se faire accompagner si les consignes la prévoient ; ce qu'il faut faire en cas d'empêchement",
      CLOSING,
      SIGNATURE,
    ],
  },
  email: {
    what: "un courriel professionnel",
    form: [
      "« Objet : » suivi d'un intitulé bref, sur la première ligne",
      `${SALUTATION} ; « Bonjour, » entre collègues`,
      "un corps bref, une idée par paragraphe",
      "une formule de politesse adaptée : « Je vous prie d'agréer… » pour un usager, « Cordialement, » entre services",
      "pas de signature : l'agent ajoute la sienne",
    ],
  },
};

export function draftMessage(spec: DraftSpec, source: string, markers: Markers): string {
  const { what, form } = KINDS[spec.kind];
  return paragraphs(
    `Rédige ${what}, en bon français administratif, d'après les consignes de l'agent.`,
    `Forme attendue :\n${form.map((line) => `- ${line}`).join(" ;\n")}.`,
    "Vouvoie le destinataire. N'invente ni fait, ni date, ni montant, ni engagement que les consignes ou le texte de référence ne donnent pas : écris « [à compléter] » à la place de ce qui manque.",
    `Consignes de l'agent :\n${spec.instructions}`,
    source.trim() &&
      `Texte de référence (pour le contenu seulement, par exemple le courrier auquel il est répondu) :\n${fenced(source, markers)}`,
    `Rappel : réponds uniquement par ${what}, en recopiant les marqueurs entre crochets à l'identique.`
  );
}
