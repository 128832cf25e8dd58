import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { digitsOf, isAmount, LONG_NUMBER, numberRegex } from "./identifier-parts.ts";

/**
 * A number as other countries write theirs without their code: a trunk 0 and an area or mobile
 * prefix (`0171 2345678`, `07700 900123`, `056 33 44 55`), or none (`91 523 45 67`), in groups
 * of two to five digits.
 */
const LOCAL = "(?:0\\d{1,4}|\\d{2,3})(?:[ .-]?\\d{2,5}){1,4}";
/** The fewest and most digits of a subscriber's number in any plan (E.164 allows 15 in all). */
const MIN_DIGITS = 7;
const MAX_DIGITS = 12;

/**
 * A telephone number written as its own country writes it (Spain's, Germany's, Belgium's, the
 * United Kingdom's, Algeria's), which `phone.ts` cannot tell from other numbers without the
 * country's code: only right after a word that says it is a phone (`Mobil:`, `fijo`, `fixe :`,
 * `tel.`), in any of the languages such letters come in.
 */
export const labelledPhoneRecognizer = createPatternRecognizer({
  name: "labelled-phone",
  type: "TELEPHONE",
  patterns: [{ name: "after-label", regex: numberRegex(LOCAL), score: 0.3 }],
  validate: (value, text, start) => {
    const digits = digitsOf(value).length;
    return digits >= MIN_DIGITS && digits <= MAX_DIGITS && !isAmount(text, start + value.length);
  },
  normalize: digitsOf,
  gate: LONG_NUMBER,
  context: {
    // Each at a word's start: `hotel`, `automobile` and `préfixe` hold none of them.
    words: [
      " tel",
      " phone",
      " telephone",
      " mobile",
      " mobil",
      " portable",
      " fixe",
      " fijo",
      " movil",
      " telefono",
      " telefone",
      " handy",
      " gsm",
      " cell",
      " fax",
    ],
    window: 24,
    after: 0,
    boost: 0.45,
  },
  contextRequired: true,
});
