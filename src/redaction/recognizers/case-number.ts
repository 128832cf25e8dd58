import { createPatternRecognizer, type Gate } from "../pattern-recognizer.ts";
import { afterLabel, anyCase, anyCaseOf, tokenStart } from "./fixed-format-parts.ts";

/** The fewest digits a case number without a letter has. */
const MIN_DIGITS = 3;

/** Not the start or the end of a longer reference (`2019-1234/5`). */
const NOT_AFTER = "./-";
const END = "(?![\\p{L}\\p{N}]|[./-][\\p{L}\\p{N}])";

/** `n°`, `no`, `nos` (ECHR), `numéro`. */
const NUMBER_SIGN = `${anyCaseOf(["n°", "n°s", "no", "nos", "numéro", "num."])}\\.?`;

/** Répertoire général of a court: `RG 21/04567`, `RG n° 21/04567`, `n° RG : 21/04567`. */
const RG = anyCaseOf(["RG", "R.G.", "R.G", "répertoire général"]);

/** `n° de parquet 21012000123`, `parquet n° 21/123/45`, `PARQUET : 20.123.45678`. */
const PARQUET = anyCase("parquet");

/**
 * A court's record of a decision (`Minute n° 24/1893`), a legal aid decision (`aide
 * juridictionnelle totale n° 2023/009874`), a police procedure and its statements (`Procédure n°
 * 2025/004871 - PV n° 00123/2025`).
 */
const COURT_RECORD =
  `${anyCase("minute")}|${anyCase("aide juridictionnelle")}` +
  `(?:\\s+${anyCaseOf(["totale", "partielle"])})?` +
  `|${anyCaseOf(["procédure", "procès-verbal", "PV", "recours"])}`;

/** European Court: `requête no 20022/92`, `une requête à la Cour (no 34127/03)`. */
const APPLICATION =
  `${anyCaseOf(["requête", "requêtes", "req.", "application", "applications"])}` +
  "(?:\\s+[^\\s()]+){0,3}?\\s*\\(?";

/**
 * An administration's file: `n° de dossier : 2021-ABC-00123`, `dossier n° AB123456`, with the
 * body, the scheme or the kind it is at, in two words at most: `N° dossier MDPH :`, `Réf. dossier
 * ASE :`, `N° dossier Parcoursup :`, `numéro de dossier logement social :`, `dossier fsl n°`,
 * `Dossier surendettement BDF n°`, `dossier de mariage n°`.
 */
const DOSSIER = `${anyCase("dossier")}(?:\\s+(?:\\p{Lu}{2,6}|\\p{L}[\\p{Ll}'’]{1,15}|${anyCase("logement social")})){0,2}`;
const FILE_NUMBER =
  `${anyCaseOf(["n°", "no", "numéro", "num.", "référence", "réf.", "ref"])}\\s*` +
  `(?:${anyCaseOf(["de", "du"])}\\s+)?${DOSSIER}`;

/**
 * The labels that announce a case identifier; `décret n°`, `loi n°`, `article` are none of them.
 * The number sign, which most labels end with, is written once: its look-behind, checked from
 * the right, then reads it once before the words that may come before it, instead of once per
 * label, which made numbers after `loi n°` or `école n°` slow to reject.
 */
const LABEL =
  `(?:${RG}|${PARQUET}|${APPLICATION}|${DOSSIER}|${COURT_RECORD})\\s*${NUMBER_SIGN}|` +
  `${RG}|${PARQUET}|${FILE_NUMBER}`;

/** Letters, digits and inner `/ . -`: `21/04567`, `20.123.45678`, `2021-ABC-00123`. */
const ID_REST = "[A-Z0-9]*(?:[./-][A-Z0-9]+)*";

/**
 * An identifier right after a label, the label outside the entity. A list after one label is
 * announced by it too: `requêtes (nos 43185/98 et 43186/98)`.
 */
function labelled(head: string, rest = ""): RegExp {
  const value = `${head}${rest}`;
  const list = `(?:(?:${value})(?:\\s*,\\s*|\\s+${anyCase("et")}\\s+))*`;
  // The rest is matched atomically (a look-ahead's capture, then a back-reference): a shorter
  // rest would end before a letter, a digit or `/1`, which the end forbids, and the label does
  // not depend on it, so giving characters back would only check the label again, and again.
  const atomicRest = rest && `(?=(?<rest>${rest}))\\k<rest>`;
  return new RegExp(
    `${afterLabel(`(?<![\\p{L}\\p{N}])(?:${LABEL})\\s*:?\\s*${list}`, `${head}${atomicRest}`)}${END}`,
    "gu"
  );
}

/**
 * The last characters of a label: `RG`, `R.G`, `général`, `parquet`, `dossier`, `n°`, `n°s`,
 * `no`, `nos`, `numéro`, `num.`, maybe with a period (`R.G.`, `no.`).
 */
const LABEL_WORD_END =
  "(?:[rR.][gG]|[rR][aA][lL]|[uU][eE][tT]|[sS][iI][eE][rR]|[nN][°oO]|[oO°][sS]|[rR][oO]|[uU][mM]\\.)\\.?";

/**
 * What comes right before an identifier's blank: a label's end, a colon, or a list's `,` or `et`
 * after a previous identifier. Checked before the full label, which would otherwise run after
 * every `janvier 1`, `art. 6` and `juillet 2` of the text.
 */
const LABEL_END = `(?:${LABEL_WORD_END}|:|[A-Z0-9]\\s*,|[A-Z0-9]\\s+[eE][tT])`;

/** Identifiers of a list before the one being checked, loosely: the patterns check them. */
const EARLIER_IDS = "(?:[A-Z0-9][A-Z0-9 ./-]*(?:\\s*,\\s*|\\s+[eE][tT]\\s+))*";

/** The letters before the first digit of `AB123456`, or a section's letter (`F 22/06040`). */
const FIRST_LETTERS = "(?:[A-Z][A-Z./-]*|[A-Z] )?";

/**
 * The first digit of every labelled identifier (the label checked in full, lists included), and
 * the digit of every Portalis number (`B7F`). A one-class look at the character before the blank
 * comes first, which most digits fail at once. One search over the digits then tells the four
 * patterns the few places where to run, instead of each trying at every digit or capital.
 */
const CASE_DIGIT = new RegExp(
  "\\d(?<=[:°.,gGtTrRoOsSlLA-Z/-]\\s*\\d)" +
    `(?<=(?<![\\p{L}\\p{N}])(?:${LABEL})\\s*:?\\s*${EARLIER_IDS}${FIRST_LETTERS}\\d|-[A-Z]-[A-Z]\\d)`,
  "gu"
);

/** Numbers start at the digit, a section's letter two characters before it. */
const AT_CASE_DIGIT: Gate = { regex: CASE_DIGIT, before: 2, after: 0, atDigit: true };

/**
 * Lettered identifiers and Portalis numbers start before their digit: `AB123456` two letters
 * before it, `DOSSIER-ABC-1` a dozen, a Portalis number eight characters. One whose first digit
 * comes later than this is not found.
 */
const BEFORE_CASE_DIGIT: Gate = { regex: CASE_DIGIT, before: 40, after: 0, atDigit: true };

/**
 * Identifiers starting with a digit. Any number could be one: in the gate's windows, the label's
 * end is checked first, after a one-class look at the character before the blank.
 */
const NUMBERED = labelled(`\\d(?<=[:°.,gGtTrRoOsSlL]\\s*\\d)(?<=${LABEL_END}\\s*\\d)`, ID_REST);

/**
 * Identifiers starting with letters (`AB123456`) hold a digit (`numéro de dossier INCONNU` is
 * none) and start with two capitals or a capital and a digit.
 */
const LETTERED = labelled(
  `[A-Z][A-Z0-9](?:(?<=\\d)|(?=[A-Z0-9./-]*\\d))(?<=${LABEL_END}\\s*[A-Z][A-Z0-9])`,
  ID_REST
);

/**
 * A file's number of three groups or more right after `dossier`, without `n°`, as notes give it
 * (`dossier 76-ASE-2021-00812`, `dossier SIAO 44-2024-3392`, `(dossier 2024-LF-0931)`): a body's
 * letters or a year between hyphens, which neither dates nor laws' numbers have.
 */
const STRUCTURED = "\\d{1,4}-(?:[A-Z]{2,5}|\\d{4})(?:-[A-Z0-9]{1,8}){1,3}";
const DOSSIER_STRUCTURED = new RegExp(
  `${afterLabel(`(?<![\\p{L}\\p{N}])${DOSSIER}\\s+`, STRUCTURED)}${END}`,
  "gu"
);
const STRUCTURED_DIGITS: Gate = {
  regex: /\d(?<!\d\d)\d{0,3}-(?:[A-Z]{2,5}-|\d{4}-[A-Z0-9])/gu,
  before: 0,
  after: 0,
  atDigit: true,
};

/** Labour courts put the section's letter before the RG number: `RG F 22/06040`. */
const SECTION_LETTERED = labelled(`[A-Z] \\d\\d/\\d{3,6}`);

/** Portalis, the courts' national number: `DBVX-V-B7F-NQ5T`, `35L7-V-B7E-CBXYZ`. Distinctive alone. */
const PORTALIS = new RegExp(
  `${tokenStart("[A-Z0-9]", NOT_AFTER)}[A-Z0-9][A-Z0-9][A-Z0-9]-[A-Z]-[A-Z]\\d[A-Z]-[A-Z0-9]{4,5}${END}`,
  "gu"
);

/** Cour de cassation appeals: `Y 19-19.463`, `19-19.463`; the letter is optional. */
const POURVOI = new RegExp(
  `(?:${tokenStart("[A-Z]", NOT_AFTER)} ?\\d|${tokenStart("\\d", NOT_AFTER)})\\d-\\d\\d\\.\\d\\d\\d${END}`,
  "gu"
);

/** Old ECHR case numbers: `(no 30/1993/425/504)`. */
const ECHR_CASE = new RegExp(
  `${tokenStart("\\d", NOT_AFTER)}\\d?\\d?/(?:19|20)\\d\\d/\\d\\d?\\d?\\d?/\\d\\d?\\d?\\d?${END}`,
  "gu"
);

/**
 * Where a pourvoi or an old ECHR case number may start: its digits around a hyphen and a period,
 * or around the slashes of the year. Made of digits and separators at fixed places, the search
 * skips through prose several characters at a time, and serves both patterns.
 */
const POURVOI_OR_ECHR_CASE: Gate = {
  regex: /\d\d-\d\d\.\d\d\d|\d\/(?:19|20)\d\d\//gu,
  before: 2,
  after: 0,
  atDigit: true,
};

/** One key per case: without spaces, the pourvoi without its letter, the RG year on two digits. */
function caseKey(value: string): string {
  const id = value.replace(/\s+/g, "").toUpperCase();
  const pourvoi = /^[A-Z]?(\d\d-\d\d\.\d\d\d)$/.exec(id);
  if (pourvoi) return pourvoi[1]!;
  return id.replace(/^(?:19|20)(\d\d\/\d{5})$/, "$1");
}

/**
 * Case identifiers of French and European justice: RG, parquet, ECHR application, administrative
 * file, Portalis and pourvoi numbers. The label (`RG`, `n°`, `pourvoi`) is left out of the entity;
 * numbers under other labels (`décret n° 2019-1234`, `loi n° 78-17`) are not found.
 */
export const caseNumberRecognizer = createPatternRecognizer({
  name: "case-number",
  type: "DOSSIER",
  patterns: [
    { name: "labelled", regex: NUMBERED, score: 0.9, gate: AT_CASE_DIGIT },
    { name: "labelled-lettered", regex: LETTERED, score: 0.85, gate: BEFORE_CASE_DIGIT },
    { name: "labelled-section", regex: SECTION_LETTERED, score: 0.85, gate: AT_CASE_DIGIT },
    { name: "dossier-structured", regex: DOSSIER_STRUCTURED, score: 0.85, gate: STRUCTURED_DIGITS },
    { name: "portalis", regex: PORTALIS, score: 0.85, gate: BEFORE_CASE_DIGIT },
    { name: "pourvoi", regex: POURVOI, score: 0.6, gate: POURVOI_OR_ECHR_CASE },
    { name: "echr-case", regex: ECHR_CASE, score: 0.75, gate: POURVOI_OR_ECHR_CASE },
  ],
  // `dossier n° 3`, `Minute n° 12`: digits so few, without a letter, are a rank, and masked they
  // would be masked everywhere they are written, in every date and amount.
  validate: (value) => /\p{L}/u.test(value) || value.replace(/\D/g, "").length >= MIN_DIGITS,
  normalize: caseKey,
  context: { words: ["pourvoi", "cassation", "portalis", "n°"], boost: 0.3 },
});
