/*
 * The mails of the Outlook surfaces: a thread as French Outlook quotes it (newest first, each earlier
 * message under a "De : / Envoyé : / À : / Objet :" header) and the agent's drafts. Everyone and
 * everything in them is fictional (see word-samples.ts).
 */

export interface MailMessage {
  from: string;
  to: string;
  cc?: string;
  /** As Outlook writes it in a quoted header. */
  sent: string;
  subject: string;
  paragraphs: string[];
}

export interface Draft {
  id: string;
  label: string;
  to: string;
  subject: string;
  paragraphs: string[];
  /** The messages a reply quotes below the signature, newest first; none for a new message. */
  quoted: MailMessage[];
}

const CITIZEN = "Sophie MARTIN <sophie.martin@example.org>";
const OFFICE = "Bureau des titres d'identité <titres@rhone.example.org>";
const AGENT = "Paul LEROY <paul.leroy@rhone.example.org>";
const SUBJECT = "Renouvellement de ma carte d'identité — dossier 2025-0173";

/** The message open in "Courriel reçu", then the two it answers. */
export const THREAD: readonly MailMessage[] = [
  {
    from: CITIZEN,
    to: OFFICE,
    cc: AGENT,
    sent: "mercredi 12 mars 2025 09:41",
    subject: `RE: ${SUBJECT}`,
    paragraphs: [
      "Bonjour Monsieur LEROY,",
      "Merci pour votre réponse rapide. Vous trouverez ci-joint la copie intégrale de mon acte de naissance " +
        "délivrée par la mairie de Villeurbanne le 11 mars 2025, ainsi qu'une facture d'électricité récente.",
      "Je vous confirme que mon numéro de sécurité sociale est bien le 2 85 07 69 266 456 01 : l'erreur vient " +
        "sans doute du formulaire en ligne.",
      "Pourriez-vous me dire si je dois prendre un nouveau rendez-vous pour le dépôt des empreintes ? Je suis " +
        "joignable au 06 39 98 12 34 en semaine après 17 h.",
      "Bien cordialement,",
      "Sophie MARTIN",
      "12 rue des Lilas, 69003 Lyon",
    ],
  },
  {
    from: AGENT,
    to: CITIZEN,
    sent: "mardi 11 mars 2025 16:05",
    subject: `RE: ${SUBJECT}`,
    paragraphs: [
      "Madame,",
      "Votre demande est bien enregistrée. Le NIR indiqué sur votre formulaire ne correspond pas à celui de " +
        "votre acte de naissance : merci de nous transmettre une copie intégrale de cet acte de moins de trois " +
        "mois et un justificatif de domicile.",
      "Le timbre fiscal payé deux fois vous sera remboursé par virement ; merci de confirmer votre IBAN.",
      "Cordialement,",
      "Paul LEROY",
      "Bureau des titres d'identité — Préfecture du Rhône",
    ],
  },
  {
    from: CITIZEN,
    to: OFFICE,
    sent: "lundi 10 mars 2025 11:22",
    subject: SUBJECT,
    paragraphs: [
      "Bonjour,",
      "Ma carte nationale d'identité a expiré le 28 février 2025. J'ai déposé une demande de renouvellement en " +
        "ligne (dossier 2025-0173) mais le site m'a fait payer le timbre fiscal deux fois.",
      "Pouvez-vous me rembourser le second paiement sur mon compte FR76 3000 4012 3400 0123 4567 862 ?",
      "Je vous remercie par avance.",
      "Sophie MARTIN, née le 14 juillet 1985",
      "Tél. : 06 39 98 12 34",
    ],
  },
];

/** The agent's signature, after the "-- " delimiter line that mail clients agree on. */
export const SIGNATURE: readonly string[] = [
  "-- ",
  "Paul LEROY",
  "Chargé d'accueil — Bureau des titres d'identité",
  "Préfecture du Rhône — 18 place des Archives, 69002 Lyon",
  "Tél. : 04 65 71 20 34",
];

export const DRAFTS: readonly Draft[] = [
  {
    id: "reply",
    label: "Réponse en cours",
    to: CITIZEN,
    subject: `RE: ${SUBJECT}`,
    paragraphs: [
      "Madame MARTIN,",
      "Nous avons bien reçu vos pièces justificatives, je vous en remercie.",
      "",
    ],
    quoted: [...THREAD],
  },
  {
    id: "new",
    label: "Nouveau message",
    to: "Jean DUPONT <jean.dupont@example.org>",
    subject: "Convocation — instruction du dossier RG 21/04567",
    paragraphs: ["Monsieur DUPONT,", ""],
    quoted: [],
  },
];

/** The fields of a quoted header, in French Outlook's order and words. */
export function quotedHeader(message: MailMessage): [label: string, value: string][] {
  return [
    ["De :", message.from],
    ["Envoyé :", message.sent],
    ["À :", message.to],
    ...(message.cc === undefined ? [] : [["Cc :", message.cc] as [string, string]]),
    ["Objet :", message.subject],
  ];
}
