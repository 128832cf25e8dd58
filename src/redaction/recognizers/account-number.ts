import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { afterLabel, anyCase, anyCaseOf } from "./fixed-format-parts.ts";
import { atDigitRunStart } from "./identifier-parts.ts";

const NOT_IN_WORD = "(?<![\\p{L}\\p{N}])";
const NUMBER_SIGN = `${anyCaseOf(["n°", "no", "numéro", "num", "référence", "réf", "code"])}\\.?\\s*`;
const OF = `(?:${anyCaseOf(["de", "d'"])}\\s*)?`;
/**
 * Whose number it is: a company's customer, a subscriber, a member, a pensioner, a patient and
 * their hospital stay, a university's student; a family's record book; a person in an administration's files (`N°
 * individu`), a contributor, a tax filer (`télédéclarant`), a prisoner (`n° d'écrou`); a fine's
 * notice, a vehicle's registration certificate; a child minder's approval (`n° d'agrément`).
 */
const HOLDER = anyCaseOf([
  "client",
  "abonné",
  "adhérent",
  "sociétaire",
  "contrat",
  "pension",
  "patient",
  "séjour",
  "étudiant",
  "livret de famille",
  "individu",
  "cotisant",
  "télédéclarant",
  "écrou",
  "avis de contravention",
  "certificat d'immatriculation",
  "agrément",
  "locataire",
]);
/** What may come between the label and the number: `:`, `n°`, or prose's `est le`. */
const THEN = `\\s*(?:${anyCaseOf(["n°", "no"])}\\.?\\s*)?:?\\s*(?:${anyCaseOf(["est le", "est"])}\\s+)?`;

/**
 * The labels of a person's number at a body that serves them, as whole words: `N° client`,
 * `numéro d'abonné`, `Référence client`, `n° de contrat`, `Contrat n°`, `N° de police`, `Client :`
 * as a form's field; the tax notice's `référence de l'avis`; the consulate's `immatriculation
 * consulaire`; a hospital's patient number (`IPP`, `n° patient`); the social housing request's
 * `numéro unique`; a professional order's registration (`inscrit à l'Ordre des architectes sous
 * le n°`); the European health card's `Personal identification number`.
 */
/**
 * What says which: a kind after `de` (`contrat de location`, `contrat d'occupation`), or the
 * body's acronym (`N° étudiant UGA`).
 */
const WHICH = `(?:\\s+(?:${anyCaseOf(["de", "d'", "d’", "du"])})\\s*\\p{Ll}{3,15}|\\s+\\p{Lu}{2,6})?`;
const LABEL =
  `${NOT_IN_WORD}(?:${NUMBER_SIGN}${OF}(?:${HOLDER}${WHICH}|${anyCase("police")})` +
  `|${HOLDER}${WHICH}(?=\\s*(?:${anyCaseOf(["n°", "no"])}|:))` +
  `|${anyCase("référence")}\\s+${OF}${anyCaseOf(["l'avis", "avis"])}` +
  `(?:\\s+${anyCaseOf(["d'impôt", "d'imposition"])})?` +
  `|${anyCase("immatriculation consulaire")}|IPP` +
  `|${anyCaseOf(["personal identification number", "personal number"])}` +
  `|${anyCaseOf(["inscrit", "inscrite"])}\\s+(?:${anyCase("au tableau de")}\\s+|[àÀ]\\s+)l['’]${anyCase("ordre")}(?:\\s+[\\p{L}'’-]+){0,4}?\\s+${anyCase("sous le")}` +
  `|${anyCase("numéro unique")}(?:\\s+(?:${anyCaseOf(["de", "d'", "du", "demande", "logement", "social", "régional", "national"])}))*)${THEN}`;

/**
 * Groups of capitals and digits, each after the first joined by one space, period, slash or
 * hyphen and holding a digit (a lone capital before one: `23 75 A 123456 78`; a short code between
 * two: `24-URG-0087123`), so that the words after the number are not taken.
 */
const VALUE =
  "(?:[A-Z]{1,4}[- ]?)?\\d[A-Z0-9]*(?:[ ./-](?:[A-Z]{0,3}\\d[A-Z0-9]*|[A-Z](?= \\d)|[A-Z]{1,4}(?=[./-]\\d))){0,6}";

const MIN_DIGITS = 5;
const MAX_CHARACTERS = 24;

/**
 * A person's number at a company or a body that serves them, right after its label: a customer
 * or subscriber number (`N° client : 4012 345 678`, `Référence client : 60012345678`), a contract
 * or insurance policy number, a mutual's member number, a pension number (`n° de pension
 * 1234567E`), the reference of a tax notice (`référence de l'avis 23 75 A123456 78`), a consular
 * registration number, a hospital's patient number (`IPP 2019004512`), a social housing request's
 * number (`Numéro unique de demande de logement social : 0751219123456A1234`), a family record
 * book's (`Livret de famille n° 2015/0456`). Each body numbers as it likes, so the label is the
 * only sign: five digits at least (a shorter one is as often a year or a rank), an amount in euros
 * and a date none.
 */
export const accountNumberRecognizer = createPatternRecognizer({
  name: "account-number",
  type: "IDENTIFIANT",
  patterns: [
    {
      name: "after-label",
      regex: new RegExp(
        `${afterLabel(LABEL, `(?<=[\\s:°])(?=(?<whole>${VALUE}))\\k<whole>`)}(?![\\p{L}\\p{N}]|[.,/-]\\p{N}|\\s*(?:€|[eE][uU][rR][oO]))`,
        "gu"
      ),
      score: 0.85,
    },
  ],
  validate: (value) => {
    const characters = value.replace(/[^A-Z0-9]/g, "");
    const digits = characters.replace(/\D/g, "").length;
    const date = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(value);
    const years = /^(?:19|20)\d\d ?[/-] ?(?:19|20)\d\d$/.test(value);
    return digits >= MIN_DIGITS && characters.length <= MAX_CHARACTERS && !date && !years;
  },
  // Five digits with a separator at most between two, at the start of a run: near every such
  // number (`4012 345 678`, the `123456` of `23 75 A123456 78`), the label's words are read.
  gate: atDigitRunStart("(?:[ ./-]?\\d){4}", 12),
});
