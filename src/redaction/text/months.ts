/** The French months, in order, as written in dates (`3 mars 1980`). */
export const FRENCH_MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
] as const;

/** The English months, in order, as foreign residents' letters write them (`12 March 1985`). */
export const ENGLISH_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

/**
 * Other languages' months, in order, as letters from abroad write a date of birth (`23 de julio
 * de 1979`, `12. März 1985`). Only the birth-date recognizer reads them, after a label.
 */
export const FOREIGN_MONTHS: readonly (readonly string[])[] = [
  // Spanish
  "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
  // Italian
  "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
  // Portuguese
  "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
  // German
  "januar februar märz april mai juni juli august september oktober november dezember",
].map((months) => months.split(" "));
