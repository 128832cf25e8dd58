/*
 * Documents to try Plume on. Every person, address, number and case is fictional; the NIR and IBAN carry
 * valid keys and the phone numbers lie in ARCEP's ranges reserved for fiction, so the pane masks them
 * as it would real ones.
 */

export interface Paragraph {
  tag: "h1" | "h2" | "h3" | "p";
  text: string;
}

export interface WordSample {
  id: string;
  /** The button's label. */
  label: string;
  paragraphs: Paragraph[];
}

const p = (text: string): Paragraph => ({ tag: "p", text });
const h1 = (text: string): Paragraph => ({ tag: "h1", text });
const h2 = (text: string): Paragraph => ({ tag: "h2", text });
const h3 = (text: string): Paragraph => ({ tag: "h3", text });

const LETTER: WordSample = {
  id: "letter",
  label: "Lettre administrative",
  paragraphs: [
    p("PRÉFECTURE DU RHÔNE"),
    p("Direction de la citoyenneté — Bureau des titres d'identité"),
    p("Affaire suivie par : Paul LEROY"),
    p("Tél. : 04 65 71 20 34 — Courriel : paul.leroy@rhone.example.org"),
    p("Lyon, le 12 mars 2025"),
    p("Madame Sophie MARTIN"),
    p("12 rue des Lilas"),
    p("69003 Lyon"),
    h1("Objet : renouvellement de votre carte nationale d'identité (dossier n° 2025-0173)"),
    p("Madame,"),
    p(
      "Vous avez sollicité le 10 mars 2025 le renouvellement de votre carte nationale d'identité, arrivée à " +
        "expiration le 28 février 2025. Votre demande a été enregistrée sous le numéro de dossier 2025-0173."
    ),
    p(
      "L'examen de votre dossier fait apparaître que le numéro d'inscription au répertoire (NIR) indiqué sur " +
        "votre formulaire, 2 85 07 69 266 456 01, ne correspond pas à celui de l'acte de naissance transmis par " +
        "la mairie de Villeurbanne, où vous êtes née le 14 juillet 1985."
    ),
    h2("Pièces à fournir"),
    p(
      "Afin de poursuivre l'instruction, je vous invite à transmettre, dans un délai de quinze jours à compter " +
        "de la réception du présent courrier, une copie intégrale de votre acte de naissance datant de moins de " +
        "trois mois et un justificatif de domicile récent."
    ),
    p(
      "Le timbre fiscal acquitté en double a été annulé : son montant de 25 euros vous sera remboursé par " +
        "virement sur le compte FR76 3000 4012 3400 0123 4567 862 que vous avez indiqué."
    ),
    h2("Voies et délais de recours"),
    p(
      "La présente décision peut faire l'objet d'un recours gracieux auprès du préfet ou d'un recours " +
        "contentieux devant le tribunal administratif de Lyon dans un délai de deux mois à compter de sa " +
        "notification."
    ),
    p(
      "Mes services restent à votre disposition au 04 65 71 20 34, du lundi au vendredi de 9 h à 12 h, pour " +
        "toute précision. Vous pouvez également écrire à titres@rhone.example.org."
    ),
    p("Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées."),
    p("Pour le préfet et par délégation,"),
    p("La cheffe du bureau des titres d'identité,"),
    p("Claire DUBOIS"),
  ],
};

const CASE_FILE: WordSample = {
  id: "case-file",
  label: "Extrait d'arrêt",
  paragraphs: [
    h1("COUR D'APPEL DE LYON — 8e chambre"),
    p("ARRÊT DU 4 FÉVRIER 2025"),
    p("N° RG 21/04567 — N° Portalis DBVX-V-B7F-NKQ4"),
    p("Décision déférée à la cour : jugement du tribunal judiciaire de Lyon du 15 juin 2021"),
    h2("APPELANTE"),
    p(
      "Mme Sophie MARTIN, née le 14 juillet 1985 à Villeurbanne (69), demeurant 12 rue des Lilas, 69003 Lyon, " +
        "représentée par Me Antoine ROUSSEL, avocat au barreau de Lyon"
    ),
    h2("INTIMÉ"),
    p(
      "M. Jean DUPONT, né le 3 mai 1962 à Vienne (38), demeurant 7 avenue Jean Jaurès, 69007 Lyon, " +
        "représenté par Me Hélène VIDAL, avocate au barreau de Lyon"
    ),
    h2("EN FAIT"),
    p(
      "Par acte sous seing privé du 2 janvier 2018, M. Jean DUPONT a donné à bail à Mme Sophie MARTIN un " +
        "appartement situé 12 rue des Lilas à Lyon (3e), moyennant un loyer mensuel de 780 euros, payable par " +
        "prélèvement sur le compte FR76 3000 4012 3400 0123 4567 862."
    ),
    p(
      "Se plaignant d'infiltrations dans la chambre depuis l'hiver 2019, Mme MARTIN a, par lettre recommandée " +
        "du 14 octobre 2020, mis en demeure son bailleur de faire réaliser les travaux. M. DUPONT, joignable au " +
        "06 39 98 45 67, n'a pas donné suite."
    ),
    p(
      "Par jugement du 15 juin 2021, le tribunal judiciaire de Lyon a débouté Mme MARTIN de sa demande de " +
        "réduction du loyer. Elle a interjeté appel le 9 juillet 2021."
    ),
    h2("EN DROIT"),
    h3("Sur l'obligation de délivrance"),
    p(
      "Aux termes de l'article 6 de la loi n° 89-462 du 6 juillet 1989, le bailleur est tenu de remettre au " +
        "locataire un logement décent. Il résulte du constat d'huissier du 3 décembre 2020 que la chambre " +
        "présente des traces d'humidité sur deux murs."
    ),
    p(
      "Comme l'a rappelé la Cour de cassation (3e Civ., 18 mars 2021, pourvoi n° Y 19-19.463), le bailleur ne " +
        "peut s'exonérer de cette obligation en invoquant l'absence de mise en demeure préalable."
    ),
    h3("Sur la réduction du loyer"),
    p(
      "Le trouble de jouissance subi par Mme MARTIN justifie une réduction du loyer de 20 % du 14 octobre 2020 " +
        "jusqu'à la réalisation des travaux."
    ),
    h2("PAR CES MOTIFS"),
    p(
      "La cour, statuant publiquement, par arrêt contradictoire, infirme le jugement en toutes ses " +
        "dispositions ; condamne M. Jean DUPONT à réaliser les travaux dans un délai de trois mois ; dit que le " +
        "loyer sera réduit de 20 % jusqu'à leur achèvement ; condamne M. DUPONT aux dépens."
    ),
  ],
};

export const WORD_SAMPLES: readonly WordSample[] = [LETTER, CASE_FILE];

/**
 * Pasted text as a document: a paragraph per non-blank line, "#", "##" or "###" at the start of a line
 * making it a heading (the text has no styles to say so otherwise).
 */
export function pastedDocument(text: string): Paragraph[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const heading = /^(#{1,3})\s+(.*)$/.exec(line);
      if (heading === null) return p(line);
      const level = (heading[1] as string).length;
      const text = heading[2] as string;
      return level === 1 ? h1(text) : level === 2 ? h2(text) : h3(text);
    });
}
