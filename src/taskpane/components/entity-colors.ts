import { tokens } from "@fluentui/react-components";
import type { EntityType } from "../../redaction/entity-types.ts";

/** Families of data share a colour, from Fluent's palette so that dark mode and contrast follow. */
const FAMILY = {
  person: [tokens.colorPaletteBlueBackground2, tokens.colorPaletteBlueForeground2],
  place: [tokens.colorPaletteGreenBackground2, tokens.colorPaletteGreenForeground2],
  money: [tokens.colorPaletteRedBackground2, tokens.colorPaletteRedForeground2],
  contact: [tokens.colorPalettePurpleBackground2, tokens.colorPalettePurpleForeground2],
  case: [tokens.colorPaletteMarigoldBackground2, tokens.colorPaletteMarigoldForeground2],
  other: [tokens.colorNeutralBackground5, tokens.colorNeutralForeground2],
} as const;

const FAMILY_OF: Record<EntityType, keyof typeof FAMILY> = {
  PERSONNE: "person",
  DATE_NAISSANCE: "person",
  ADRESSE: "place",
  PLAQUE: "place",
  NIR: "money",
  IBAN: "money",
  RIB: "money",
  CARTE_BANCAIRE: "money",
  NUMERO_FISCAL: "money",
  PASSEPORT: "money",
  IDENTIFIANT: "money",
  SIREN: "case",
  SIRET: "case",
  TVA: "case",
  DOSSIER: "case",
  TELEPHONE: "contact",
  COURRIEL: "contact",
  ADRESSE_IP: "contact",
  TERME: "other",
  BALISE: "other",
};

export function entityColors(type: EntityType): { background: string; color: string } {
  const [background, color] = FAMILY[FAMILY_OF[type]];
  return { background, color };
}
