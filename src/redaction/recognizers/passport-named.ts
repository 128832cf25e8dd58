import { createPatternRecognizer, type FoundGate, type Gate } from "../pattern-recognizer.ts";
import { afterLabel, anyCaseOf } from "./fixed-format-parts.ts";
import { AFTER_NUMBER_SIGNS, atDigitRunStart, compact } from "./identifier-parts.ts";

/**
 * `passeport n°`, `numéro de passeport :`, `passport number is`, `passport no.`: the label right
 * before a passport's number, whatever country issued it.
 */
const NAMED = anyCaseOf(["numéro de passeport", "n° de passeport", "passport number"]);
const NUMBER_SIGN = anyCaseOf(["n°", "no", "nr", "numéro", "number", "#"]);
const LABEL =
  `(?<![\\p{L}\\p{N}])(?:${NAMED}|${anyCaseOf(["passeport", "passport"])}(?:\\s*${NUMBER_SIGN}\\.?)?)` +
  `\\s*(?:${anyCaseOf([":", "is"])}\\s*)?`;
/** Six to nine capitals and digits, two digits at least: every country's passport numbers. */
const NUMBER = "(?=[A-Z]*\\d[A-Z]*\\d)[A-Z0-9]{6,9}";

/** The labels' word, `passeport` or `passport`, found by a search that begins with a literal. */
const AFTER_LABEL: Gate = { regex: /[Pp]asse?port|PASSE?PORT/g, before: 0, after: 40 };

/**
 * The documents a letter gives the number of after their name and `n°`, of any country: a visa, a
 * residence permit or its receipt, an identity or residence card (other countries' by their own
 * names), a European health insurance card; a passport whose country or kind is said (`LABEL`
 * reads `passeport n°`).
 */
const DOCUMENT = anyCaseOf([
  "visa",
  "titre de séjour",
  "titre de voyage",
  "récépissé",
  "carte d'identité",
  "carte nationale d'identité",
  "carte de séjour",
  "carte de résident",
  "CNI",
  "carte EHIC",
  "CEAM",
  "carte européenne d'assurance maladie",
  "permis G",
  "permis de séjour",
  "cartão de cidadão",
  "carta d'identità",
  "dowód osobisty",
]);
/**
 * Up to three words that say whose country or which kind: `vietnamien`, `D étudiant`,
 * `(frontalier)`.
 */
const WHICH = "(?:\\s+[\\p{L}'’-]{1,20}|\\s*\\([^()\\n]{1,20}\\))";
const DOCUMENT_LABEL =
  `(?<![\\p{L}\\p{N}])(?:${anyCaseOf(["passeport", "passport"])}(?:${WHICH}){1,3}|${DOCUMENT}(?:${WHICH}){0,3})` +
  `\\s*[nN]°\\s*:?\\s*`;
/**
 * An identity card named by its country's own word, then a colon, as a form's field: `CIN
 * marocaine : AB123456`, `Personalausweisnummer: L01X00T47`, `Documento de identidad: 12345678Z`,
 * `N° d'identification DNI : 72591846Q` (whatever its check letter says).
 */
const CARD_FIELD =
  `(?<![\\p{L}\\p{N}])(?:${anyCaseOf(["CIN", "DNI", "NIE", "Personalausweis", "Personalausweisnummer", "documento de identidad", "cartão de cidadão", "carta d'identità", "dowód osobisty"])})` +
  `(?:${WHICH}){0,2}\\s*:\\s*`;
/**
 * A Maghreb identity card's number right after `CIN` and its country's word, without a colon, as a
 * sentence gives it (`CIN marocaine D456789`, `sa CIN AB123456`): one or two capitals and six to
 * eight digits (Morocco's), or eight digits (Tunisia's).
 */
const CIN_NUMBER = "[A-Z]{0,2}\\d{6,8}";
const CIN_BEFORE = "(?<![\\p{L}\\p{N}])CIN(?:\\s+\\p{Ll}{3,20}){0,2}\\s+";
/** Where the digit gates' shared search stops: each run of six digits, its capitals reached. */
const CIN_DIGITS = atDigitRunStart("\\d{5}", 2);
/** A card's word in the 48 characters before a colon: most colons follow none. */
const CARD_WORD = /CIN|DNI|NIE|[Aa]usweis|[Ii]dentidad|[Cc]idad|[Ii]dentit|[Oo]sobist/;
const CARD_WORD_REACH = 48;
/** After every colon, found by `indexOf`, that a card's word comes before: its value starts there. */
const AFTER_CARD_COLONS: FoundGate = {
  find(text) {
    const found: number[] = [];
    for (let at = text.indexOf(":"); at >= 0; at = text.indexOf(":", at + 1))
      if (CARD_WORD.test(text.slice(Math.max(0, at - CARD_WORD_REACH), at)))
        found.push(at + 1, at + 1);
    return found;
  },
  before: 0,
  after: 3,
};
/**
 * Capitals and digits, maybe in groups, each after the first holding a digit or a country's
 * letters (`R69-2025-004512`, `12345678 9 ZX4`); the words after it are not taken.
 */
const DOCUMENT_NUMBER = "[A-Z0-9]+(?:[ -](?:[A-Z]{0,3}\\d[A-Z0-9]*|[A-Z]{1,3}(?![\\p{L}\\p{N}])))*";
/** Two digits at least, as every document's number has, and no longer than a line of a form. */
const isDocumentNumber = (value: string) => {
  const characters = compact(value);
  return characters.length >= 6 && characters.length <= 20 && /\d.*\d/.test(characters);
};
/**
 * A passport's number right after its label, of any country (`passport number is 533380006`, a
 * British one; `passeport n° C01X00T47`): `passport.ts` knows the French shape alone, and that
 * shape anywhere near the word; this one any shape, but only after the label. So too the number
 * of any travel, residence or identity document after its name and `n°` (`Passeport vietnamien
 * n° C1234567`, `visa D étudiant n° FRA12345678`, `Récépissé n° R69-2025-004512`, `carte
 * d'identité portugaise n° 12345678 9 ZX4`).
 */
export const passportNamedRecognizer = createPatternRecognizer({
  name: "passport-named",
  type: "PASSEPORT",
  patterns: [
    {
      name: "after-label",
      regex: new RegExp(`${afterLabel(LABEL, NUMBER)}(?![\\p{L}\\p{N}])`, "gu"),
      score: 0.85,
      gate: AFTER_LABEL,
    },
    {
      name: "document-after-number-sign",
      regex: new RegExp(
        `${afterLabel(DOCUMENT_LABEL, DOCUMENT_NUMBER)}(?![\\p{L}\\p{N}]|[ -]?\\d)`,
        "gu"
      ),
      score: 0.8,
      gate: AFTER_NUMBER_SIGNS,
    },
    {
      name: "cin-in-prose",
      regex: new RegExp(`${afterLabel(CIN_BEFORE, CIN_NUMBER)}(?![\\p{L}\\p{N}])`, "gu"),
      score: 0.8,
      gate: CIN_DIGITS,
    },
    {
      name: "card-field",
      regex: new RegExp(
        `${afterLabel(CARD_FIELD, DOCUMENT_NUMBER)}(?![\\p{L}\\p{N}]|[ -]?\\d)`,
        "gu"
      ),
      score: 0.8,
      gate: AFTER_CARD_COLONS,
    },
  ],
  validate: isDocumentNumber,
  normalize: compact,
});
