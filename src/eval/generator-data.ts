/** Word lists of the corpus generator: names common in France, places, banks, institutions. */

export const MALE_FIRST_NAMES = [
  "Jean", "Pierre", "Michel", "Philippe", "Alain", "Patrick", "Nicolas", "Christophe", "Stéphane", "Laurent", "Éric",
  "Olivier", "Julien", "Thomas", "Sébastien", "Frédéric", "Bernard", "Daniel", "Didier", "François", "Guillaume",
  "Hervé", "Thierry", "Pascal", "Benoît", "Cédric", "Maxime", "Antoine", "Alexandre", "Hugo", "Lucas", "Louis",
  "Gabriel", "Arthur", "Jules", "Léo", "Raphaël", "Nathan", "Enzo", "Mathéo", "Jean-Pierre", "Jean-Luc", "Jean-Marc",
  "Jean-François", "Pierre-Yves", "Marc-Antoine", "Mohamed", "Mehdi", "Karim", "Youssef", "Rayan", "Amine", "Bilal",
  "Ibrahim", "Moussa", "Mamadou", "Samir", "Nabil", "Hamza", "Adam", "Omar", "Kévin", "Dylan", "Minh", "Wei", "Luca",
  "Mateo", "Joaquim",
];

export const FEMALE_FIRST_NAMES = [
  "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Christine", "Sandrine", "Valérie", "Céline",
  "Aurélie", "Émilie", "Julie", "Camille", "Léa", "Manon", "Chloé", "Emma", "Jade", "Louise", "Alice", "Inès",
  "Sarah", "Élodie", "Hélène", "Brigitte", "Monique", "Martine", "Nicole", "Agnès", "Béatrice", "Véronique",
  "Laurence", "Stéphanie", "Virginie", "Audrey", "Pauline", "Océane", "Clémence", "Margaux", "Zoé", "Anaïs", "Maëlle",
  "Marie-Claire", "Anne-Sophie", "Marie-Hélène", "Anne-Laure", "Fatima", "Amina", "Nadia", "Samira", "Leïla", "Aïcha",
  "Yasmine", "Lina", "Mariam", "Fatoumata", "Aminata", "Khadija", "Linh", "Mei", "Ana", "Maria", "Sofia", "Ayşe",
];

export const SURNAMES = [
  "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon",
  "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont",
  "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefèvre", "Faure", "André", "Mercier", "Blanc", "Guérin",
  "Boyer", "Garnier", "Chevalier", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Henry",
  "Roussel", "Mathieu", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Lemaire", "Noël", "Meyer", "Dufour",
  "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez",
  "Gérard", "Roche", "Renard", "Schmitt", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Fabre", "Aubert", "Lemoine",
  "Renaud", "Dumas", "Lacroix", "Bourgeois", "Leclerc", "Payet", "Rolland", "Lecomte", "Lopez", "Dupuy", "Hubert",
  "Berger", "Carpentier", "Sanchez", "Moulin", "Deschamps", "Huet", "Vasseur", "Perez", "Fleury", "Klein", "Jacquet",
  "Poirier", "Marty", "Guyot", "Carré", "Charpentier", "Ménard", "Maillard", "Schneider", "Fernandez", "Le Gall",
  "Le Goff", "Le Bihan", "Le Floch", "Prévost", "Perrot", "Germain", "Besson", "Langlois", "Pelletier", "Lévêque",
  "Lebrun", "Weber", "Hamon", "Grondin", "Hoarau", "Tessier", "Chauvin", "Humbert", "de La Fontaine", "de Villiers",
  "d'Aubigny", "de Saint-Exupéry", "du Plessis", "Van der Berg", "Benali", "Haddad", "Belkacem", "Bouzid", "Mansouri",
  "Cherif", "Khelifi", "Amrani", "Saïdi", "Brahimi", "Meziane", "El Amrani", "Ben Salah", "Benali-Martin", "Nguyen",
  "Tran", "Pham", "Chen", "Wang", "Traoré", "Diallo", "Diop", "N'Diaye", "Coulibaly", "Keita", "Camara", "Konaté",
  "Fofana", "Mendy", "Yilmaz", "Kaya", "Öztürk", "Kowalski", "Nowak", "Rossi", "Ferrari", "Fernandes", "Ferreira",
  "Pereira", "Rodrigues", "Gonçalves", "Oliveira", "Da Silva", "Dos Santos", "Da Costa", "Lopes", "Ribeiro", "Gomes",
  "Martin-Dupuis", "Lefèvre-Durand", "Ivanov",
];

export interface Commune {
  name: string;
  /** The postcode, or its first three digits when `districts` is set. */
  postcode: string;
  /** Number of arrondissements, each with its own postcode (`69001` to `69009`). */
  districts?: number;
  /** INSEE code of the commune, as it appears in a NIR. */
  insee: string;
  /** Department code as it appears on an old number plate. */
  department: string;
  /** The department's name with its preposition, for `Préfecture du Rhône`. */
  ofDepartment: string;
  /** Seat of a cour d'appel. */
  appealCourt: boolean;
}

/**
 * Name, postcode (its first three digits when arrondissements follow), INSEE code, department,
 * department with its preposition, seat of a cour d'appel, number of arrondissements.
 */
type CommuneRow = [string, string, string, string, string, boolean?, number?];

// prettier-ignore
const COMMUNE_ROWS: readonly CommuneRow[] = [
  ["Lyon", "690", "69123", "69", "du Rhône", true, 9],
  ["Villeurbanne", "69100", "69266", "69", "du Rhône"],
  ["Paris", "750", "75056", "75", "de Paris", true, 20],
  ["Marseille", "130", "13055", "13", "des Bouches-du-Rhône", false, 16],
  ["Aix-en-Provence", "13090", "13001", "13", "des Bouches-du-Rhône", true],
  ["Toulouse", "31000", "31555", "31", "de la Haute-Garonne", true],
  ["Nice", "06000", "06088", "06", "des Alpes-Maritimes"],
  ["Nantes", "44000", "44109", "44", "de la Loire-Atlantique"],
  ["Strasbourg", "67000", "67482", "67", "du Bas-Rhin"],
  ["Montpellier", "34000", "34172", "34", "de l'Hérault", true],
  ["Bordeaux", "33000", "33063", "33", "de la Gironde", true],
  ["Lille", "59000", "59350", "59", "du Nord"],
  ["Douai", "59500", "59178", "59", "du Nord", true],
  ["Rennes", "35000", "35238", "35", "d'Ille-et-Vilaine", true],
  ["Reims", "51100", "51454", "51", "de la Marne", true],
  ["Saint-Étienne", "42000", "42218", "42", "de la Loire"],
  ["Grenoble", "38000", "38185", "38", "de l'Isère", true],
  ["Dijon", "21000", "21231", "21", "de la Côte-d'Or", true],
  ["Angers", "49000", "49007", "49", "de Maine-et-Loire", true],
  ["Nîmes", "30000", "30189", "30", "du Gard", true],
  ["Clermont-Ferrand", "63000", "63113", "63", "du Puy-de-Dôme"],
  ["Le Mans", "72000", "72181", "72", "de la Sarthe"],
  ["Brest", "29200", "29019", "29", "du Finistère"],
  ["Quimper", "29000", "29232", "29", "du Finistère"],
  ["Tours", "37000", "37261", "37", "d'Indre-et-Loire"],
  ["Amiens", "80000", "80021", "80", "de la Somme", true],
  ["Limoges", "87000", "87085", "87", "de la Haute-Vienne", true],
  ["Metz", "57000", "57463", "57", "de la Moselle", true],
  ["Besançon", "25000", "25056", "25", "du Doubs", true],
  ["Orléans", "45000", "45234", "45", "du Loiret", true],
  ["Rouen", "76000", "76540", "76", "de la Seine-Maritime", true],
  ["Caen", "14000", "14118", "14", "du Calvados", true],
  ["Nancy", "54000", "54395", "54", "de Meurthe-et-Moselle", true],
  ["Poitiers", "86000", "86194", "86", "de la Vienne", true],
  ["Pau", "64000", "64445", "64", "des Pyrénées-Atlantiques", true],
  ["Colmar", "68000", "68066", "68", "du Haut-Rhin", true],
  ["Chambéry", "73000", "73065", "73", "de la Savoie", true],
  ["Versailles", "78000", "78646", "78", "des Yvelines", true],
  ["Nanterre", "92000", "92050", "92", "des Hauts-de-Seine"],
  ["Bobigny", "93000", "93008", "93", "de la Seine-Saint-Denis"],
  ["Créteil", "94000", "94028", "94", "du Val-de-Marne"],
  ["Argenteuil", "95100", "95018", "95", "du Val-d'Oise"],
  ["Roubaix", "59100", "59512", "59", "du Nord"],
  ["Avignon", "84000", "84007", "84", "de Vaucluse"],
  ["Perpignan", "66000", "66136", "66", "des Pyrénées-Orientales"],
  ["Ajaccio", "20000", "2A004", "20", "de la Corse-du-Sud"],
  ["Bastia", "20200", "2B033", "20", "de la Haute-Corse", true],
  ["Pointe-à-Pitre", "97110", "97120", "971", "de la Guadeloupe"],
  ["Fort-de-France", "97200", "97209", "972", "de la Martinique", true],
  ["Saint-Denis", "97400", "97411", "974", "de La Réunion", true],
  ["Cayenne", "97300", "97302", "973", "de la Guyane"],
];

export const COMMUNES: readonly Commune[] = COMMUNE_ROWS.map(
  ([name, postcode, insee, department, ofDepartment, appealCourt = false, districts]) => ({
    name,
    postcode,
    insee,
    department,
    ofDepartment,
    appealCourt,
    ...(districts && { districts }),
  }),
);

/** Places of birth abroad, with the INSEE country code that a NIR carries after 99. */
export const FOREIGN_BIRTHPLACES = [
  { city: "Casablanca", country: "Maroc", insee: "99350" },
  { city: "Alger", country: "Algérie", insee: "99352" },
  { city: "Oran", country: "Algérie", insee: "99352" },
  { city: "Tunis", country: "Tunisie", insee: "99351" },
  { city: "Porto", country: "Portugal", insee: "99139" },
  { city: "Madrid", country: "Espagne", insee: "99134" },
  { city: "Naples", country: "Italie", insee: "99127" },
  { city: "Dakar", country: "Sénégal", insee: "99341" },
  { city: "Istanbul", country: "Turquie", insee: "99208" },
  { city: "Hanoï", country: "Viêt Nam", insee: "99243" },
] as const;

export const STREET_TYPES = [
  "rue", "rue", "rue", "avenue", "boulevard", "allée", "impasse", "chemin", "place", "quai", "route", "cours",
];

export const STREET_NAMES = [
  "des Lilas", "Victor Hugo", "Jean Jaurès", "de la République", "du Général de Gaulle", "Pasteur", "des Écoles",
  "du Moulin", "de la Gare", "Gambetta", "Voltaire", "Émile Zola", "des Tilleuls", "du Stade", "de la Liberté",
  "Saint-Exupéry", "des Acacias", "Anatole France", "de Verdun", "Carnot", "Paul Bert", "des Peupliers",
  "du 8 Mai 1945", "du 11 Novembre", "Lamartine", "de Paris", "Jean Moulin", "Pierre Curie", "des Mimosas",
  "de l'Église", "du Château", "des Vignes", "Marcel Pagnol", "Louise Michel", "Simone Veil", "de Bretagne",
  "Saint-Michel", "des Cerisiers", "de la Paix", "Aristide Briand",
];

export const ADDRESS_COMPLEMENTS = [
  "Bâtiment B", "Résidence Les Érables", "Appartement 12", "Escalier C, 3e étage", "Lieu-dit Le Bourg",
  "Résidence du Parc, bâtiment A", "Porte 4",
];

export const BANKS = [
  { name: "BNP Paribas", code: "30004", bic: "BNPAFRPP" },
  { name: "Société Générale", code: "30003", bic: "SOGEFRPP" },
  { name: "La Banque Postale", code: "20041", bic: "PSSTFRPPLYO" },
  { name: "LCL", code: "30002", bic: "CRLYFRPP" },
  { name: "CIC", code: "30066", bic: "CMCIFRPP" },
  { name: "Crédit Mutuel", code: "10278", bic: "CMCIFR2A" },
  { name: "Crédit Agricole", code: "13906", bic: "AGRIFRPP839" },
  { name: "Caisse d'Épargne", code: "17515", bic: "CEPAFRPP751" },
  { name: "BRED", code: "10107", bic: "BREDFRPPXXX" },
];

/** Company names without any person's name in them, so that they need no annotation. */
export const COMPANY_NAMES = [
  "Transports Rapides du Sud", "Les Jardins de la Vallée", "Bâtiment Services Plus", "Nettoyage Industriel Rhodanien",
  "Informatique Conseil Atlantique", "Boulangerie des Halles", "Garage de la Gare", "Sécurité Privée Alpes",
  "Restauration Collective de l'Ouest", "Logistique Express", "Menuiserie du Centre", "Optique Horizon",
  "Énergies Nouvelles Occitanie", "Imprimerie du Littoral", "Aide à Domicile Solidaire", "Fournitures de Bureau Pro",
];

export const LEGAL_FORMS = ["SARL", "SAS", "SA", "EURL", "SASU"];

export const JOBS = [
  "chauffeur-livreur", "aide-soignante", "comptable", "agent d'entretien", "technicien de maintenance", "vendeuse",
  "cuisinier", "infirmier", "secrétaire de direction", "ouvrier du bâtiment", "développeur informatique",
  "assistante maternelle", "magasinier", "professeur des écoles", "conducteur de bus", "caissière",
];

export const CAR_MODELS = [
  "Renault Clio", "Peugeot 208", "Citroën C3", "Dacia Sandero", "Peugeot 3008", "Renault Mégane", "Volkswagen Golf",
  "Toyota Yaris", "Fiat 500",
];

export const EMAIL_DOMAINS = [
  "gmail.com", "orange.fr", "free.fr", "laposte.net", "hotmail.fr", "yahoo.fr", "sfr.fr", "outlook.fr", "wanadoo.fr",
];

export const AGENT_DOMAINS = [
  "interieur.gouv.fr", "dgfip.finances.gouv.fr", "justice.fr", "assurance-maladie.fr", "rhone.gouv.fr", "caf.fr",
  "francetravail.fr",
];

/** Code articles, as cited in decisions and letters. */
export const ARTICLES = [
  "article L. 1234-5 du code du travail", "article L. 1232-1 du code du travail",
  "article 700 du code de procédure civile", "article 1240 du code civil",
  "article R. 421-1 du code de justice administrative", "article 313-1 du code pénal",
  "article L. 212-1 du code des relations entre le public et l'administration",
  "article 75 du code de procédure pénale", "article L. 613-1 du code de la sécurité sociale",
  "article 1353 du code civil", "article L. 121-3 du code de la route", "article 9 du code civil",
  "article L. 262-2 du code de l'action sociale et des familles", "article 323-1 du code pénal",
];

export const TEXTS_OF_LAW = [
  "décret n° 2019-1234 du 12 mars 2019", "loi n° 78-17 du 6 janvier 1978", "loi n° 2016-1321 du 7 octobre 2016",
  "ordonnance n° 2020-306 du 25 mars 2020", "décret n° 2021-1947 du 31 décembre 2021", "arrêté du 14 novembre 2022",
  "loi n° 2018-493 du 20 juin 2018", "décret n° 2016-660 du 20 mai 2016",
];

/** Buildings named after people: not personal data. */
export const EPONYMS = [
  "l'hôpital Édouard-Herriot", "le lycée Victor-Hugo", "le collège Jean-Moulin", "l'aéroport Paris-Charles-de-Gaulle",
  "le centre hospitalier Sainte-Anne", "le groupe scolaire Louise-Michel", "le stade Pierre-Mauroy",
  "la gare Lyon-Part-Dieu", "la médiathèque Simone-Veil", "le gymnase Jean-Jaurès",
];

export const SOFTWARE_VERSIONS = [
  "Windows 10.0.19045.3803", "Chrome 122.0.6261.95", "Firefox 123.0.1", "Android 14.0.2", "iOS 17.3.1",
  "Outlook 16.0.17328.20162",
];

export const MONTHS = [
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
  "décembre",
];

export const WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"];
