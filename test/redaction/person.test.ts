import { describe, expect, it } from "vitest";
import { personRecognizer } from "../../src/redaction/recognizers/person.ts";
import { Engine, restore } from "../../src/redaction/index.ts";

const names = (text: string) =>
  personRecognizer
    .analyze(text)
    .filter((e) => e.score >= 0.5)
    .map((e) => text.slice(e.start, e.end));

describe("person recognizer", () => {
  it("keeps titles outside the name, so `Mme [PERSONNE_1]` stays grammatical", () => {
    expect(
      names(
        "Madame, Monsieur, M. Jean Dupont et Mme Marie-Claire Le Goff sont convoqués, ainsi que Maître Bernard de La Fontaine et le Dr Kader Benali-Martin."
      )
    ).toEqual([
      "Jean Dupont",
      "Marie-Claire Le Goff",
      "Bernard de La Fontaine",
      "Kader Benali-Martin",
    ]);
  });

  it("leaves a letter's greeting out of the name that follows it", () => {
    expect(
      names(
        "Bonjour Nathalie, Chère Claire Fontanel, Bonsoir M. Paul Durand, Merci Hugo ! Salut Léa, Hello Sam, Rebonjour Inès, Dear Tom. Cordialement Jeanne Roux"
      )
    ).toEqual([
      "Nathalie",
      "Claire Fontanel",
      "Paul Durand",
      "Hugo",
      "Léa",
      "Sam",
      "Inès",
      "Tom",
      "Jeanne Roux",
    ]);
  });

  it("leaves a civil status's kinship out of the name that follows it", () => {
    expect(
      names(
        "Fils de Thomas OLIVEIRA et de Maria SANTOS. Fille de Jean Dupont. Épouse de Karim Benali. Veuve Martin. Née Claire Fontanel."
      )
    ).toEqual([
      "Thomas OLIVEIRA",
      "Maria SANTOS",
      "Jean Dupont",
      "Karim Benali",
      "Martin",
      "Claire Fontanel",
    ]);
  });

  it("reads a family's name after « famille », the word left out, and links it to its members", () => {
    expect(names("Famille KARIMI : M. Reza Karimi. La famille Morel a été reçue.")).toEqual([
      "KARIMI",
      "Reza Karimi",
      "Morel",
    ]);
    const letter = "Famille KARIMI : M. Reza Karimi et son épouse. Courriel de M. Karimi.";
    const { text, vault, replacements } = new Engine().pseudonymise(letter);
    expect(text).toBe(
      "Famille [PERSONNE_1] : M. [PERSONNE_1] et son épouse. Courriel de M. [PERSONNE_1]."
    );
    expect(restore(text, vault, { sequence: replacements }).text).toBe(letter);
    expect(names("Allocations familiales, famille nombreuse, la Famille.")).toEqual([]);
  });

  it("leaves a service's acronym on a message's header line alone, not a surname in capitals", () => {
    expect(
      names("À : DGFIP\nÀ : SG-BRH\nCc : BRH; DRH\nDe : DUPONT\nCc : Mme NG Lan, M. Tran NGUYEN")
    ).toEqual(["DUPONT", "NG Lan", "Tran NGUYEN"]);
  });

  it("leaves an administrative acronym before « de » out of the name that follows", () => {
    expect(
      names("Le NIR de Sophie MARTIN, la CAF de Jean Dupont et l'IBAN de M. Paul Durand.")
    ).toEqual(["Sophie MARTIN", "Jean Dupont", "Paul Durand"]);
  });

  it("leaves a question's inverted verb out of the name that follows, not a given name alike", () => {
    expect(
      names(
        "Connaissez-vous Arthur DUVAL ? Peut-on joindre Marie DURAND ? Puis-je écrire à Paul Girard ? A-t-il vu Léa Roux ?"
      )
    ).toEqual(["Arthur DUVAL", "Marie DURAND", "Paul Girard", "Léa Roux"]);
    expect(
      names("M. Anh-Tu NGUYEN, M. Sung-Il PARK, Mme Ha-On CHOI, Kim Jong-Il et M. Pierre Fils.")
    ).toEqual(["Anh-Tu NGUYEN", "Sung-Il PARK", "Ha-On CHOI", "Kim Jong-Il", "Pierre Fils"]);
  });

  it("does not take a question word after a colon for a name", () => {
    expect(
      names("Question de l'agent : Quelle est la date ? Destinataire : Comment faire ?")
    ).toEqual([]);
  });

  it("reads surnames in capitals, before or after the given name", () => {
    expect(names("Le dossier de DUPONT Jean a été transmis ; Jean DUPONT a signé.")).toEqual([
      "DUPONT Jean",
      "Jean DUPONT",
    ]);
  });

  it("finds initials, compound initials and glued titles", () => {
    expect(
      names("Étaient présents J. Evans, M. J.-P. Costa, MmeJ. Sawyer et M. J. M. Morenilla.")
    ).toEqual(["J. Evans", "J.-P. Costa", "J. Sawyer", "J. M. Morenilla"]);
  });

  it("follows a plural title or a role through its list", () => {
    expect(
      names(
        "Ont comparu MM. Martinez, Clare et Havers, puis les juges Raimondi, Nicolaou et Bianku."
      )
    ).toEqual(["Martinez", "Clare", "Havers", "Raimondi", "Nicolaou", "Bianku"]);
  });

  it("reads a child's name after its rank, and a name set between commas before its birth", () => {
    expect(
      names(
        "Fille aînée : Fanja 16 ans ; celle avec le petit Tojo ; Un enfant commun, Inaya, née en " +
          "janvier 2023 ; domicilié à Lyon, né le 3 mars 1980"
      )
    ).toEqual(["Fanja", "Tojo", "Inaya"]);
  });

  it("ends a name at the next field's label on its line", () => {
    expect(names("Nom : TOURE   Prénom : Mamadou Aliou\nNé à : Wroclaw   Pays : POLOGNE")).toEqual([
      "TOURE",
      "Mamadou Aliou",
    ]);
  });

  it("parts a signature block's columns, two people", () => {
    expect(names("K. Nguyen                      I. Moulin\nJ. Moreau\tA. Petit")).toEqual([
      "K. Nguyen",
      "I. Moulin",
      "J. Moreau",
      "A. Petit",
    ]);
    expect(names("Jean   Dupont est venu.")).toEqual(["Jean   Dupont"]);
  });

  it("reads a given name signed with its surname's initial, and two glued initials", () => {
    expect(names("Bien cordialement,\nMathilde B.\nA.P. Ferreira da Silva a signé.")).toEqual([
      "Mathilde B.",
      "A.P. Ferreira da Silva",
    ]);
  });

  it("takes a form's ticked box, and no place named after a saint or a hospital, for no person", () => {
    expect(
      names(
        "[X] Madame   [ ] Monsieur\n[X] divorcé(e)\nTravail de nuit (France Travail), DMLA ; " +
          "note agent (France Travail) ; l'agent France Services ; " +
          "Maison de retraite Ste Anne ; Centre hospitalier Simone Veil"
      )
    ).toEqual([]);
    expect(names("Le requérant [X] a témoigné.")).toEqual(["X"]);
    expect(names("Mme France Martin ; l'agent France Dupont")).toEqual([
      "France Martin",
      "France Dupont",
    ]);
  });

  it("takes no dotted acronym's letter nor an officer's title for a person", () => {
    expect(names("la C.E.D.H. a jugé ; le témoin et L'OPJ ; l'APJ a noté")).toEqual([]);
  });

  it("reads a name after a title a hurried note writes in lower case", () => {
    expect(
      names("et mme Dubois-Ferreira a rappelé ; vu mr Dubois ; mmes Girard et Roux sont venues.")
    ).toEqual(["Dubois-Ferreira", "Dubois", "Girard", "Roux"]);
  });

  it("reads a name after a police or gendarmerie rank, not an acronym before a particle", () => {
    expect(
      names(
        "Équipage : GPX Martin, GP Dubois, ADS T. Gomes ; MDL Lefort. Le service ADS du Grand " +
          "Lyon ; le GP de Monaco."
      )
    ).toEqual(["Martin", "Dubois", "T. Gomes", "Lefort"]);
  });

  it("takes the feminine's letter in brackets for no initial", () => {
    expect(names("-- ÉTUDIANT(E) -- ; -- GARANT(E) -- ; entendu par M. (X)")).toEqual(["X"]);
  });

  it("takes a numbered heading in capitals and a form's `Marié` for no person", () => {
    expect(
      names(
        "I. DÉSIGNATION DES PARTIES\nV. AIDE AU LOGEMENT\nMarié le 09/08/2012 à Oujda\n" +
          "Mariée en 2010.\nB. Imposition du régime\nJ. DUPONT a signé.\nA. MARTIN DURAND"
      )
    ).toEqual(["J. DUPONT", "A. MARTIN DURAND"]);
  });

  it("reads a month's name inside a person's name, not in a date", () => {
    expect(
      names("Mère : Mme Lê Thị Mai, 58 ans. Mme Mai Dupont est venue. Témoin : M. Arnaud Avril.")
    ).toEqual(["Lê Thị Mai", "Mai Dupont", "Arnaud Avril"]);
    expect(names("le 3 Mai 2020, en Mai dernier ; M. Martin Juin 1940 ; Paris, Mai 2021")).toEqual([
      "Martin",
    ]);
  });

  it("reads form fields", () => {
    expect(
      names("Nom de naissance : GRONDIN\nPrénom(s) : Samir, Karim\nLieu de naissance : LE MANS")
    ).toEqual(["GRONDIN", "Samir", "Karim"]);
  });

  it("finds later mentions of a name once it is known", () => {
    expect(
      names(
        "Le requérant, M. Peter Maxwell, fut arrêté. Maxwell contesta. L'affaire Maxwell fut jugée."
      )
    ).toEqual(["Peter Maxwell", "Maxwell", "Maxwell"]);
  });

  it("keeps a known name's particles with its surname met alone", () => {
    expect(
      names(
        "M. Paul de Villiers est demandeur. Attendu que de Villiers soutient, et Villiers aussi."
      )
    ).toEqual(["Paul de Villiers", "de Villiers", "Villiers"]);
    expect(names("Nom : D'AUBIGNY\nLecture faite, d'Aubigny persiste ; Aubigny signe.")).toEqual([
      "D'AUBIGNY",
      "d'Aubigny",
      "Aubigny",
    ]);
    // Not the end of another word: `monde Villiers`.
    expect(names("M. Paul de Villiers est venu. Tout le monde Villiers l'a dit.")).toEqual([
      "Paul de Villiers",
      "Villiers",
    ]);
    // A particle the known name did not write stays outside.
    expect(names("M. Paul Villiers est venu. Le rapport de Villiers est clos.")).toEqual([
      "Paul Villiers",
      "Villiers",
    ]);
  });

  it("finds the anonymised parties of judgments", () => {
    expect(
      names(
        'Ils ont été poursuivis par " K ", un ancien patient. Plus tard K était absent ; le témoignage de W. était injuste.'
      )
    ).toEqual(["K", "K", "W."]);
  });

  it("leaves institutions, places named after people, headings and labels alone", () => {
    expect(
      names(
        "La Cour européenne des droits de l'homme, le Gouvernement et la COUR D'APPEL DE PAU.\n" +
          "B. Imposition du régime\nL'élève du lycée Victor-Hugo, rue Louise-Michel, vit à Nancy.\n" +
          "Le règlement B et l'annexe C s'appliquent. Le Président a statué."
      )
    ).toEqual([]);
  });

  it("leaves a capitalised place or a health institution named after someone alone", () => {
    expect(
      names(
        "COLLÈGE JEAN MOULIN - 38 avenue Berthelot\nHôpital Édouard Herriot - Cardiologie\n" +
          "suivie au CMP Henri Wallon, hospitalisé au CH Gustave Dron, revu au CHU Claude Huriez\n" +
          "- Rue Jean Jaurès : les travaux\n- Espace Simone Veil : réouverture\n" +
          "To: Consulate General of France\nMère : OK pour la proposition.\nAvis : favorable"
      )
    ).toEqual([]);
    expect(names("M. Jean Pont est venu ; Jean Maison a appelé.")).toEqual([
      "Jean Pont",
      "Jean Maison",
    ]);
  });

  it.each([
    ["Marie DUPONT née MARTIN a été entendue.", ["Marie DUPONT", "MARTIN"]],
    ["Marie Dupont née Martin a été entendue.", ["Marie Dupont", "Martin"]],
    ["Mme Dupont, née Garnier, conteste.", ["Dupont", "Garnier"]],
    ["Mme Marie DUPONT épouse MARTIN demeurant à Lyon.", ["Marie DUPONT", "MARTIN"]],
    ["Jeanne Martin, épouse Durand-Leroy, a signé.", ["Jeanne Martin", "Durand-Leroy"]],
    ["Mme veuve Martin, née Petit, a signé.", ["Martin", "Petit"]],
  ])("masks the maiden or married name too in %j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("does not take what follows `née` or `épouse` for a name when it is none", () => {
    expect(names("Elle est née le 3 mars à Lyon.")).toEqual([]);
    expect(names("Son épouse a demandé le divorce.")).toEqual([]);
  });
});
