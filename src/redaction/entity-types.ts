/**
 * The kinds of personal data the engine knows. Each label is the ASCII French word used in
 * placeholders (`[PERSONNE_1]`), chosen so that a French-speaking model keeps the sentence grammatical.
 */
export const ENTITY_TYPES = [
  "PERSONNE",
  "ADRESSE",
  "NIR",
  "IBAN",
  "RIB",
  "SIREN",
  "SIRET",
  "TVA",
  "NUMERO_FISCAL",
  "CARTE_BANCAIRE",
  "TELEPHONE",
  "COURRIEL",
  "PLAQUE",
  "PASSEPORT",
  "IDENTIFIANT",
  "ADRESSE_IP",
  "DATE_NAISSANCE",
  "DOSSIER",
  "TERME",
  "BALISE",
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}
