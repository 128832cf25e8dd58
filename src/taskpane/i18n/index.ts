import { en } from "./en.ts";
import { fr, type Catalogue } from "./fr.ts";

export type { Catalogue };

/** French unless Office's display language is another one: French first, English for everyone else. */
export function catalogueFor(displayLanguage: string | undefined): Catalogue {
  return !displayLanguage || /^fr\b/i.test(displayLanguage) ? fr : en;
}

export function languageOf(catalogue: Catalogue): "fr" | "en" {
  return catalogue === fr ? "fr" : "en";
}
