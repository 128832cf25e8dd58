/**
 * The vocabulary of French postal addresses (after the AFNOR NF Z10-011 layout and La Poste's
 * abbreviations): street types, address complements, particles of street and commune names.
 * Forms are written in lower case, with their accents and without the abbreviation dot: the
 * recognizer accepts any case, the accent left out and a trailing dot.
 */

import { FRENCH_MONTHS } from "../text/months.ts";

/** A word of an address and its other writings. */
export interface AddressWord {
  /** The full word, used in identity keys so that `av.` and `avenue` agree. */
  canonical: string;
  /** Abbreviations and variant spellings besides the canonical word. */
  forms?: readonly string[];
}

export interface StreetType extends AddressWord {
  /**
   * The name may be written in lower case (`12 rue de la paix`): only for types that have no
   * everyday meaning after a number (`3 quai de la gare`, `1 chemin de fer`, `1 voie de recours`).
   */
  lowercaseName?: boolean;
  /** The type is a whole street name by itself (`12 Grande Rue`). */
  nameOptional?: boolean;
}

export const STREET_TYPES: readonly StreetType[] = [
  { canonical: "rue", lowercaseName: true },
  { canonical: "avenue", forms: ["av", "ave", "avn"], lowercaseName: true },
  { canonical: "boulevard", forms: ["bd", "boul", "bld", "blvd", "bvd"], lowercaseName: true },
  { canonical: "impasse", forms: ["imp"], lowercaseName: true },
  { canonical: "allée", forms: ["allées"], lowercaseName: true },
  { canonical: "quai" },
  { canonical: "chemin", forms: ["ch", "chem"] },
  { canonical: "route", forms: ["rte"] },
  { canonical: "place", forms: ["pl"] },
  { canonical: "cours" },
  { canonical: "square", forms: ["sq"] },
  { canonical: "passage", forms: ["pass"] },
  { canonical: "cité" },
  { canonical: "résidence", forms: ["rés", "résid"] },
  { canonical: "lotissement", forms: ["lotiss"] },
  { canonical: "lieu-dit", forms: ["lieudit", "ld"] },
  { canonical: "hameau", forms: ["ham"] },
  { canonical: "faubourg", forms: ["fg", "fbg", "faub"] },
  { canonical: "promenade", forms: ["prom"] },
  { canonical: "voie" },
  { canonical: "sentier", forms: ["sente"] },
  { canonical: "rond-point", forms: ["rd-pt"] },
  { canonical: "esplanade", forms: ["espl"] },
  { canonical: "parvis" },
  { canonical: "traverse", forms: ["trav"] },
  { canonical: "montée" },
  { canonical: "villa" },
  { canonical: "domaine", forms: ["dom"] },
  { canonical: "ruelle" },
  { canonical: "venelle" },
  { canonical: "clos" },
  { canonical: "chaussée" },
  { canonical: "corniche" },
  { canonical: "digue" },
  { canonical: "levée" },
  { canonical: "galerie" },
  { canonical: "parc" },
  { canonical: "terrasse" },
  { canonical: "rampe" },
  { canonical: "carrefour" },
  { canonical: "zone artisanale", forms: ["za", "zone d'activités", "zone d'activité", "zae"] },
  { canonical: "zone industrielle", forms: ["zi"] },
  { canonical: "zone d'aménagement concerté", forms: ["zac"] },
  { canonical: "zone commerciale", forms: ["zc"] },
  { canonical: "grande rue", forms: ["grand'rue", "grand-rue"], nameOptional: true },
];

/** Complements that name a building or a group of houses (`Immeuble Le Bellevue`). */
export const NAMED_COMPLEMENTS: readonly AddressWord[] = [
  { canonical: "immeuble", forms: ["imm"] },
  { canonical: "bâtiment", forms: ["bât"] },
  { canonical: "tour" },
];

/** Complements followed by a short identifier (`Bâtiment B`, `Appartement 12`, `Porte 4`). */
export const UNIT_COMPLEMENTS: readonly AddressWord[] = [
  { canonical: "appartement", forms: ["appart", "appt", "apt", "app"] },
  { canonical: "bâtiment", forms: ["bât", "bt"] },
  { canonical: "escalier", forms: ["esc"] },
  { canonical: "étage", forms: ["ét"] },
  { canonical: "porte" },
  { canonical: "entrée" },
  { canonical: "bloc" },
  { canonical: "lot" },
  { canonical: "pavillon", forms: ["pav"] },
  { canonical: "logement", forms: ["log"] },
  { canonical: "tour" },
  { canonical: "immeuble", forms: ["imm"] },
  { canonical: "chambre" },
];

/** Postal boxes, followed by a number (`BP 1234`, `CS 70001`, `TSA 30110`). */
export const POSTAL_BOXES: readonly AddressWord[] = [
  { canonical: "bp", forms: ["b.p", "boîte postale"] },
  { canonical: "cs", forms: ["c.s"] },
  { canonical: "tsa" },
  { canonical: "cidex" },
  { canonical: "case postale" },
];

/** Particles inside street and commune names (`rue de la Paix`, `Saint-Germain-en-Laye`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de",
  "du",
  "des",
  "la",
  "le",
  "les",
  "aux",
  "au",
  "sur",
  "sous",
  "en",
  "lez",
  "et",
]);

/** Particles after which a street name may hold a date or an ordinal (`rue du 8 Mai 1945`). */
export const DATE_PARTICLES: ReadonlySet<string> = new Set(["du", "des", "la"]);

/** After these particles a name written in lower case may go on (`rue du pont de pierre`). */
export const LOWERCASE_PARTICLES: ReadonlySet<string> = new Set([
  "de",
  "du",
  "des",
  "la",
  "le",
  "les",
]);

export const MONTHS: readonly string[] = FRENCH_MONTHS;

/** Words that open the next part of a letter or a signature, never part of a name (folded). */
export const NAME_STOPS: ReadonlySet<string> = new Set([
  "tel",
  "telephone",
  "fax",
  "mobile",
  "portable",
  "courriel",
  "email",
  "e-mail",
  "mail",
  "france",
  "cedex",
  "objet",
  "ref",
  "reference",
  "euros",
  "euro",
  "eur",
  "francs",
  "habitants",
]);

/** Titles of persons, never part of a street name even after a particle (`1 mail de Monsieur X`). */
export const TITLES: ReadonlySet<string> = new Set([
  "monsieur",
  "madame",
  "mademoiselle",
  "maitre",
  "mme",
  "mlle",
  "me",
]);

/** First words of a commune that call for a second one (`Le Mans`, `Saint Étienne`), folded. */
export const COMMUNE_PREFIXES: ReadonlySet<string> = new Set([
  "le",
  "la",
  "les",
  "saint",
  "sainte",
  "st",
  "ste",
]);

/**
 * Words before a street with no number or a lone postcode that make it a person's address
 * (folded, whole words; the look-up regex in postal-address.ts finds their stems).
 */
export const RESIDENCE_WORDS: ReadonlySet<string> = new Set([
  "demeurant",
  "demeurante",
  "demeurants",
  "demeurantes",
  "demeure",
  "demeurent",
  "domicilie",
  "domiciliee",
  "domicilies",
  "domiciliees",
  "domicile",
  "residant",
  "residante",
  "residants",
  "residantes",
  "reside",
  "resident",
  "residente",
  "habitant",
  "habitante",
  "habitants",
  "habite",
  "habitent",
  "sis",
  "sise",
  "sises",
  "situe",
  "situee",
  "situes",
  "situees",
  "adresse",
]);

/**
 * Words near a street line or a postcode that confirm it is an address: beginnings of words
 * (`demeur` for `demeurant`, `demeure`), then whole words.
 */
export const ADDRESS_CONTEXT_PREFIXES: readonly string[] = [
  "demeur",
  "domicil",
  "résid",
  "habit",
  "adress",
  "code postal",
  "situé",
];
export const ADDRESS_CONTEXT_WORDS: readonly string[] = ["sis", "sise", "sises", "cp"];

/** Abbreviations inside names written out in identity keys (folded words). */
export const KEY_WORDS: ReadonlyMap<string, string> = new Map([
  ["st", "saint"],
  ["ste", "sainte"],
]);
