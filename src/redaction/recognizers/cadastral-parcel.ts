import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { afterLabel, anyCase, anyCaseOf } from "./fixed-format-parts.ts";
import { AFTER_NUMBER_SIGNS, CAPITALS_AND_DIGITS, compact } from "./identifier-parts.ts";

/**
 * One parcel's reference in the land register: the commune's three-digit prefix at times, the
 * section's one or two capitals, then its number (`AB 123`, `AB n° 122`, `000 ZA 45`).
 */
const PARCEL = "(?:\\d{3}\\s?)?[A-Z]{1,2}\\s?(?:n°\\s?)?\\d{1,4}";
/** `parcelle cadastrée section`, `cadastré`, `référence cadastrale :`, then maybe `section`. */
const LABEL =
  `(?<![\\p{L}\\p{N}])(?:${anyCaseOf(["parcelle", "parcelles", "cadastré", "cadastrée", "cadastrés", "cadastrées", "cadastre", "référence cadastrale", "références cadastrales", "cadastral parcel", "cadastral parcels"])})` +
  `(?:\\s+${anyCaseOf(["cadastrée", "cadastrées"])})?\\s*:?\\s*(?:${anyCase("section")}\\s+)?`;
/**
 * The parcels listed before this one after the same label: `AB 123, AB 124 et`. Thirty at most:
 * each parcel's look-behind reads the list back to its label, which a list without end would
 * make the square of its length.
 */
const LISTED = `(?:${PARCEL}(?:\\s*,\\s*|\\s+${anyCase("et")}\\s+)(?:${anyCase("section")}\\s+)?){0,30}`;
const REGEX = new RegExp(`${afterLabel(`${LABEL}${LISTED}`, PARCEL)}(?![\\p{L}\\p{N}])`, "gu");

/**
 * A land parcel's cadastral reference after the words that name it (`parcelle cadastrée section
 * AB n° 123 et AB 124`, `référence cadastrale : 000 AB 123`), each parcel of a list on its own. A
 * planning dispute or a succession gives them, and they name a person's land as an address names
 * their home: typed `ADRESSE`. Searched where capitals meet digits (`AB 123`) and after each `n°`
 * (`AB n° 122`), the label read backwards from there.
 */
export const cadastralParcelRecognizer = createPatternRecognizer({
  name: "cadastral-parcel",
  type: "ADRESSE",
  patterns: [
    { name: "section-and-number", regex: REGEX, score: 0.85, gate: CAPITALS_AND_DIGITS },
    {
      name: "section-number-sign",
      regex: REGEX,
      score: 0.85,
      gate: { ...AFTER_NUMBER_SIGNS, before: 8 },
    },
  ],
  // `AB n° 123` and `AB 123` are one parcel.
  normalize: (value) => compact(value.replace("n°", "")),
});
