/// <reference types="office-js" />

/** French unless Office says otherwise: the product is French first. */
const DEFAULT_LANGUAGE = "fr-FR";

/** Office's display language as BCP 47 ("fr-FR", "en-US"). */
export function displayLanguage(office: typeof Office): string {
  return office.context.displayLanguage || DEFAULT_LANGUAGE;
}
