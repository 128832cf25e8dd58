import type { EntityType } from "../../redaction/entity-types.ts";

/** Every string the task pane shows, in French. `en.ts` is its twin; the type keeps them equal. */
export const fr = {
  appName: "Plume",
  loading: "Chargement de Plume…",
  // Charter
  charterTitle: "Avant de commencer",
  charterIntro: "Votre administration vous demande de lire cette note :",
  charterAccept: "J'ai lu et je m'engage à respecter ces règles",
  // Home
  homeTitle: "Que voulez-vous faire ?",
  sourceSelection: "La sélection",
  sourceDocument: "Tout le document",
  sourceMessage: "Ce message",
  sourceThread: "Toute la conversation",
  sourceDraft: "Le brouillon",
  sourceLabel: "Texte concerné",
  continue: "Continuer",
  settings: "Paramètres",
  back: "Retour",
  actionSummarise: "Résumer",
  actionDraft: "Rédiger",
  actionRewrite: "Reformuler",
  actionCorrect: "Corriger",
  actionTranslate: "Traduire",
  actionQuestion: "Poser une question",
  actionReply: "Préparer une réponse",
  actionSummariseHint: "Un résumé de la sélection ou du document",
  actionDraftHint: "Un courrier, une note ou une convocation à partir de vos consignes",
  actionRewriteHint: "En langage clair, plus soutenu ou plus court",
  actionCorrectHint: "Orthographe, grammaire et typographie, sans rien changer d'autre",
  actionTranslateHint: "Dans une autre langue",
  actionQuestionHint: "Une question sur le texte sélectionné",
  actionReplyHint: "Une réponse à ce message, à partir de vos consignes",
  formatLabel: "Forme du résumé",
  formatShort: "Court",
  formatBullets: "En points",
  formatDetailed: "Détaillé",
  kindLabel: "Type de document",
  kindLetter: "Courrier à un usager",
  kindNote: "Note",
  kindConvocation: "Convocation",
  kindEmail: "Courriel",
  styleLabel: "Style",
  stylePlain: "Langage clair",
  styleFormal: "Plus soutenu",
  styleShorter: "Plus court",
  targetLabel: "Langue",
  targets: {
    en: "Anglais",
    de: "Allemand",
    es: "Espagnol",
    it: "Italien",
    pt: "Portugais",
    ar: "Arabe",
    fr: "Français",
  } as Record<string, string>,
  instructionsLabel: "Vos consignes",
  instructionsPlaceholder:
    "Ex. : accuser réception de la demande et indiquer les pièces manquantes",
  questionLabel: "Votre question",
  questionPlaceholder: "Ex. : quelles sont les dates clés ?",
  noActionEnabled:
    "Aucune action n'est autorisée par la politique de votre administration. Contactez votre administrateur.",
  // Preparing
  reading: "Lecture du texte…",
  redacting: "Masquage des données personnelles sur votre poste…",
  // Review
  reviewTitle: "Vérifiez ce qui va partir",
  reviewIntro:
    "Voici le texte tel que le modèle le recevra. Les données personnelles surlignées sont remplacées par des balises ; les vraies valeurs restent sur votre poste.",
  reviewCounts: "Données masquées",
  reviewNone: "Aucune donnée personnelle détectée. Relisez le texte avant d'envoyer.",
  reviewLiftHint: "Cliquez sur une balise pour la démasquer, si la politique le permet.",
  reviewRemask: (original: string) => `Masquer à nouveau « ${original} »`,
  reviewLiftForbidden:
    "La politique de votre administration ne permet pas de démasquer ce type de donnée.",
  reviewAddMask: "Masquer un terme oublié",
  reviewAddMaskPlaceholder: "Nom, numéro… tel qu'il est écrit",
  reviewAddMaskButton: "Masquer",
  reviewMaskSelection: (text: string) => `Masquer « ${text} »`,
  reviewLifted: "Démasqué par vous",
  reviewMore: (count: number) => `Afficher la suite (${count} paragraphes)`,
  reviewInstructions: "Vos consignes, telles qu'elles partiront",
  reviewSkip: "Ne plus me demander pour cette action",
  reviewSend: "Envoyer",
  reviewCancel: "Annuler",
  // Result
  resultTitle: "Réponse",
  resultWriting: "Le modèle rédige…",
  resultProgress: (done: number, total: number) => `Parties résumées : ${done} sur ${total}`,
  resultMerging: "Fusion des résumés…",
  resultCancel: "Arrêter",
  resultCancelled: "Arrêté. Le texte déjà reçu est affiché ; votre document n'a pas été modifié.",
  resultDone: "Réponse terminée. Relisez-la avant de l'utiliser.",
  resultUnknownPlaceholders: (list: string) =>
    `Le modèle a écrit des balises qui ne correspondent à rien dans votre texte (${list}). Vérifiez ces passages.`,
  insertAtCursor: "Insérer au curseur",
  replaceSelection: "Remplacer la sélection",
  trackChanges: "Avec suivi des modifications",
  addComment: "Ajouter en commentaire",
  copy: "Copier",
  copied: "Copié dans le presse-papiers.",
  openReply: "Répondre avec ce texte",
  insertIntoDraft: "Insérer dans le brouillon",
  inserted: "Inséré dans votre document.",
  replaced: "La sélection a été remplacée.",
  commented: "Commentaire ajouté.",
  replyOpened: "Le formulaire de réponse est ouvert.",
  newRequest: "Nouvelle demande",
  // Settings
  settingsTitle: "Paramètres",
  modelLabel: "Modèle",
  reviewPreferences: "Actions envoyées sans vérification",
  reviewPreferencesNone: "Toutes vos demandes passent par la vérification.",
  reviewPreferencesReset: "Toujours vérifier",
  charterShow: "Relire la charte",
  // Ribbon command "Check for personal data" (Outlook compose), in Outlook's message bar
  checkNone: "Plume : aucune donnée personnelle repérée dans ce brouillon.",
  checkFound: (total: number, detail: string) =>
    `Plume : ${total} donnée(s) personnelle(s) repérée(s) (${detail}). Ouvrez Plume pour les masquer avant tout envoi au modèle.`,
  // Errors: what happened, then what to do
  errorTitle: "Un problème est survenu",
  errorRetry: "Réessayer",
  errorDismiss: "Fermer",
  errors: {
    network:
      "La passerelle Plume ne répond pas. Vérifiez votre connexion au réseau de l'administration, puis réessayez. Si cela dure, prévenez le support.",
    unauthorized:
      "Votre session n'est pas reconnue par la passerelle. Fermez puis rouvrez Plume pour vous reconnecter.",
    forbidden:
      "Votre compte n'est pas autorisé à utiliser Plume. Demandez l'accès à votre administrateur.",
    rateLimited: (seconds: number) =>
      `Vous avez atteint le nombre de demandes autorisé. Réessayez dans ${seconds} s.`,
    rateLimitedNoDelay: "Vous avez atteint le nombre de demandes autorisé. Réessayez plus tard.",
    refused:
      "La politique de votre administration refuse cette demande. Masquez les données signalées ou choisissez une autre action.",
    tooLarge:
      "Le texte est trop long pour une seule demande. Sélectionnez une partie plus courte, ou utilisez « Résumer » qui découpe les longs documents.",
    unavailable:
      "Le service du modèle ne répond pas pour le moment. Réessayez dans quelques minutes ; votre document n'a pas été modifié.",
    streamCut:
      "La réponse a été interrompue avant la fin. Le début reçu est affiché ; relancez la demande pour une réponse complète.",
    cancelled: "Demande arrêtée.",
    noSelection: "Sélectionnez d'abord du texte dans votre document, puis recommencez.",
    emptySource: "Le texte est vide : il n'y a rien à envoyer.",
    binarySource:
      "Ce texte contient des caractères illisibles (fichier binaire ?). Sélectionnez un texte ordinaire.",
    unsupported: "Cette opération n'est pas disponible dans cette version d'Office.",
    hostTooLong: (limit: number) =>
      `La réponse dépasse ce qu'Outlook accepte dans un formulaire de réponse (${limit} caractères). Copiez-la, puis collez-la dans votre réponse.`,
    hostFailed:
      "Office n'a pas pu effectuer l'opération. Votre document est resté tel quel ; réessayez.",
    changedMeanwhile:
      "Votre brouillon a changé pendant l'insertion : rien n'a été écrit. Recommencez quand vous aurez fini de taper.",
    sourceTooLong: (limit: number) =>
      `Le texte dépasse la taille d'une demande (${limit} caractères). Sélectionnez une partie plus courte.`,
    signIn:
      "La connexion à votre compte a échoué. Fermez puis rouvrez Plume ; si cela se répète, prévenez le support.",
    signInNotConfigured:
      "La passerelle n'indique aucun moyen de connexion. Votre administrateur doit configurer Entra ID.",
    policy:
      "Impossible de lire la politique de votre administration sur la passerelle. Réessayez dans un instant.",
    budget:
      "La taille permise pour une demande est trop petite pour cette action. Demandez à l'administrateur de Plume de relever la limite de taille des demandes.",
    redaction:
      "Le masquage des données personnelles a échoué : rien n'a été envoyé. Réessayez ; si cela se répète, prévenez le support.",
    unexpected: "Une erreur inattendue est survenue. Rien n'a été modifié dans votre document.",
  },
  entityTypes: {
    PERSONNE: "Personnes",
    ADRESSE: "Adresses",
    NIR: "Numéros de sécurité sociale",
    IBAN: "IBAN",
    RIB: "RIB",
    SIREN: "SIREN",
    SIRET: "SIRET",
    TVA: "Numéros de TVA",
    NUMERO_FISCAL: "Numéros fiscaux",
    CARTE_BANCAIRE: "Cartes bancaires",
    TELEPHONE: "Téléphones",
    COURRIEL: "Courriels",
    PLAQUE: "Plaques d'immatriculation",
    PASSEPORT: "Pièces d'identité",
    IDENTIFIANT: "Numéros d'usager, matricules, comptes et mots de passe",
    ADRESSE_IP: "Adresses IP",
    DATE_NAISSANCE: "Dates de naissance",
    DOSSIER: "Numéros de dossier",
    TERME: "Termes ajoutés",
    BALISE: "Balises",
  } satisfies Record<EntityType, string>,
};

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends object
      ? { [K in keyof T]: Widen<T[K]> }
      : T;

export type Catalogue = Widen<typeof fr>;
