/** Word lists of the person recognizer. Everything here is folded (lower case, no accents). */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/**
 * The police's and the gendarmerie's ranks as a report's crew list abbreviates them (`GPX Martin,
 * GP Dubois, ADS T. Gomes`, `MDL Lefort`): titles, but never before a particle, since most are
 * other acronyms too (`le service ADS du Grand Lyon`, `le GP de Monaco`).
 */
export const RANK_TITLES = words(`gpx gp ads bgp bc mdl mdc adj adc ltn cne cdt gnd`);

/** Titles written before a name; they stay outside the entity so French agreement survives. */
export const SINGULAR_TITLES = new Set([
  ...words(`
  m. mme mlle me maitre dr dr. docteur pr pr. professeur monsieur madame mademoiselle
  sir lord lady dame mr mr. mrs mrs. ms ms. miss herr frau
`),
  ...RANK_TITLES,
]);
/** Plural titles announce a list: `MM. Martinez, Clare et Havers`. */
export const PLURAL_TITLES = words(
  `mm. mmes mlles mes maitres drs messieurs mesdames mesdemoiselles`
);

/**
 * A verb and its pronoun inverted, `Connaissez-vous`, `Peut-on`, `A-t-il`, `Puis-je`: a question's
 * first word, capitalised, never a name. Only endings a verb has before that pronoun (`-ez-vous`,
 * `-t-il`, `-s-je`), so that a given name such as `Sung-Il`, `Anh-Tu` or `Ha-On` stays a name.
 */
export const INVERTED_PRONOUN =
  /(?:ez-vous|ons-nous|[td]-(?:il|elle|on|ils|elles)|-t-(?:il|elle|on)|(?:[sx]|ai)-(?:je|tu))$/;

/** Titles that may be glued to the name that follows, as OCR and hurried typing leave them. */
export const GLUED_TITLE = /^(MM\.|Mmes|Mme|Mlles|Mlle)(?=\p{Lu})/u;

/** Particles inside names: `de La Fontaine`, `van der Berg`, `Ben Ali`. */
export const PARTICLES = words(
  `de du des d la le l van von der den ter da das dos do di del della dello degli ben bin ibn el al af zu of y`
);

/**
 * Lower-case words just before a name that say a person follows: roles, kinship and a child's rank
 * (`Fille aînée : Fanja`, `le petit Tojo`), procedure, and the titles a hurried note writes in
 * lower case (`vu mme Dubois`). A plural one announces a list.
 */
export const ROLE_TRIGGERS = words(`
  juge juges president presidente greffier greffiere sergent inspecteur inspectrice commissaire brigadier
  gendarme capitaine lieutenant adjudant colonel commandant caporal agent docteur professeur maitre
  monsieur madame mademoiselle requerant requerante requerants requerantes temoin denomme denommee nomme nommee
  prenomme prenommee epouse epoux veuve nee fils fille enfant enfants frere soeur pere mere mari femme
  compagnon compagne concubin concubine patient patiente victime prevenu prevenue accuse accusee soussigne
  soussignee interesse interessee defendeur defenderesse demandeur demanderesse avocat avocate avocats
  consorts ayants heritier heritiere heritiers affaire affaires famille
  mme mmes mlle mlles mr aine ainee cadet cadette petit petite
`);
export const PLURAL_ROLE_TRIGGERS = words(
  `juges enfants requerants requerantes epoux consorts avocats heritiers affaires mmes mlles`
);

/**
 * Kinship written before a name as a title is, capitalised at the start of a line: `Fils de Thomas
 * OLIVEIRA`, `Veuve Martin`, `Née Claire Fontanel`, `Famille KARIMI`. Such a word starts no name;
 * after a given name it may be one (`Pierre Fils`).
 */
export const KINSHIP_BEFORE_NAMES = words(`fils fille epoux epouse veuf veuve nee famille`);

/** Words that continue a title rather than start a name: `Lord Justice Mance`, `Lord Chief Justice`. */
export const TITLE_CONTINUATIONS = words(`justice chief`);

/**
 * Words before a name that make it a place or an institution named after someone: `lycée
 * Victor-Hugo`, `CHU Claude Huriez`; at a run's start, capitalised, too: `Hôpital Édouard
 * Herriot`, `COLLÈGE JEAN MOULIN`.
 */
export const PLACE_WORDS = words(`
  rue avenue boulevard bd place quai allee impasse chemin route square cours passage esplanade parvis
  lycee college ecole groupe scolaire gymnase stade salle centre hopital clinique espace maison residence
  pont port parc jardin square fondation institut universite campus station metro gare aeroport
  prix fonds promotion musee bibliotheque mediatheque theatre cinema consulat consulate ambassade embassy
  chu ch chr chru chs cmp cmpp ehpad hospitalier hospitaliere st ste saint sainte
`);

/** Words before a lone capital letter that make it a label (`règlement B`, `annexe C`), not an initial. */
export const LETTER_LABELS = words(`
  reglement annexe annexes categorie type section partie point titre chapitre liste zone classe groupe
  niveau vitamine plan option serie batiment escalier porte lot hepatite piece pieces tableau figure
  modele formulaire colonne ligne case rubrique article paragraphe alinea lettre etage aile bloc
`);

/**
 * Capitalised words that are not names: function words at the start of a sentence, roles and
 * institutions, months and days, a letter's greetings (`Bonjour Nathalie,`). A name run stops
 * before them; a known name never includes them.
 */
export const NOT_NAMES = words(`
  le la les l un une des du de d au aux il elle ils elles on nous vous je tu ce cet cette ces cela ceci
  et ou mais donc or ni car si que qui quoi dont ou en dans par pour sur sous avec sans chez vers entre
  selon lors apres avant depuis pendant puis alors ainsi enfin toutefois cependant neanmoins par
  son sa ses leur leurs notre nos votre vos mon ma mes ton ta tes tout toute tous toutes aucun aucune
  chaque plusieurs certains certaines autre autres meme tel telle
  oui non ne pas plus moins tres bien voir vu attendu considerant
  quel quelle quels quelles lequel laquelle comment pourquoi combien quand ou est-ce
  cour tribunal conseil commission convention gouvernement etat etats republique ministere ministre
  prefet prefecture prefete maire mairie president presidente procureur parquet juge juges greffe greffier
  avocat avocats barreau batonnier directeur directrice secretaire general generale recteur doyen
  chambre section division service bureau departement region commune ville cedex article articles
  loi lois decret code arret arrets affaire requete requerant requerante requerants gouvernement
  royaume uni unis europe europeenne europeen union nations assemblee senat parlement police gendarmerie
  monsieur madame mademoiselle messieurs mesdames maitre docteur professeur sir lord lady dame justice
  judiciaire administratif administrative correctionnel correctionnelle commercial commerciale civil civile
  penal penale social sociale appel instance supreme constitutionnel national nationale regional regionale
  departemental departementale municipal municipale prefectoral public publique francais francaise rcs
  mr mrs ms miss qc kc chief chancellor advocate clerk messrs
  janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
  lundi mardi mercredi jeudi vendredi samedi dimanche
  objet reference references pj copie destinataire expediteur signature fait le
  bonjour rebonjour bonsoir salut coucou hello hi dear merci cher chere chers cheres cordialement
  salutations amities bises respectueusement sincerement
  nord sud est ouest saint sainte
  nir iban rib bic siren siret tva caf cpam cnaf urssaf msa mdph rsa apl aah ars cnil insee
  sncf edf ratp ape naf rg tgi tj bp
  dgfip ddfip drfip dgddi dgccrf dgs dgos dgcs dgcl dgafp dgesco dgesip dgec dgac dreal dreets ddets
  ddt ddtm ddpp draaf drac sgar sgami dnum dinum ants anah ofii ofpra cnav carsat cnam ccas cnfpt
  afpa anct ademe inpi chu chru cmp cmpp ehpad
  avis ok opj apj travail st ste dmla avc bpco hta nom noms prenom prenoms pays
  a b
`);

/**
 * A form field whose value is a name: `Nom de naissance : GRONDIN`, `Prénom(s) : Samir`; a
 * message's header first on its line (`À : Jean Dupont`), where `né le … à : Wroclaw` is a place.
 * Folded text.
 */
export const FORM_LABEL =
  /(?:^|[\s(/-])(?:nom(?:s)?(?: (?:de naissance|d'usage|d’usage|de famille|marital|patronymique|d'epouse|d’epouse|de jeune fille|et prenoms?|, prenoms?))?|prenoms?|prenom\(s\)|nom \/ prenom|epouse|conjointe?|titulaire(?: du compte)?|beneficiaire|assuree?|salariee?|demandeur|demanderesse|declarante?|redacteur|redactrice|signataire|interlocuteur|interlocutrice|contact|destinataire|expediteur)\s*:\s*$|^\s*(?:de|a|cc|from|to)\s*:\s*$/;
