import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { afterLabel, anyCase, anyCaseOf, tokenStart } from "./fixed-format-parts.ts";

/** Not the start or the end of a longer reference (`2019-1234/5`). */
const NOT_AFTER = "./-";
const END = "(?![\\p{L}\\p{N}]|[./-][\\p{L}\\p{N}])";

/** `n°`, `no`, `nos` (ECHR), `numéro`. */
const NUMBER_SIGN = `${anyCaseOf(["n°", "n°s", "no", "nos", "numéro", "num."])}\\.?`;

/** Répertoire général of a court: `RG 21/04567`, `RG n° 21/04567`, `n° RG : 21/04567`. */
const RG_LABEL = `${anyCaseOf(["RG", "R.G.", "R.G", "répertoire général"])}(?:\\s*${NUMBER_SIGN})?`;

/** `n° de parquet 21012000123`, `parquet n° 21/123/45`, `PARQUET : 20.123.45678`. */
const PARQUET_LABEL = `${anyCase("parquet")}(?:\\s*${NUMBER_SIGN})?`;

/** European Court: `requête no 20022/92`, `une requête à la Cour (no 34127/03)`. */
const APPLICATION_LABEL =
  `${anyCaseOf(["requête", "requêtes", "req.", "application", "applications"])}` +
  `(?:\\s+[^\\s()]+){0,3}?\\s*\\(?\\s*${NUMBER_SIGN}`;

/** An administration's file: `n° de dossier : 2021-ABC-00123`, `dossier n° AB123456`. */
const FILE_LABEL =
  `${anyCaseOf(["n°", "no", "numéro", "num.", "référence", "réf.", "ref"])}\\s*` +
  `(?:${anyCaseOf(["de", "du"])}\\s+)?${anyCase("dossier")}|${anyCase("dossier")}\\s*${NUMBER_SIGN}`;

/** The labels that announce a case identifier; `décret n°`, `loi n°`, `article` are none of them. */
const LABEL = [RG_LABEL, PARQUET_LABEL, APPLICATION_LABEL, FILE_LABEL].join("|");

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
 * How every label ends, or a list's `,` and `et`: the last characters of `RG`, `R.G`, `R.G.`,
 * `général`, `parquet`, `dossier`, `n°`, `n°s`, `no`, `nos`, `numéro`, `num.`, or a colon. A quick
 * look at them before the blank comes before the full check of the label, which would otherwise
 * run after every `mars` and `avril` of the text's dates.
 */
const LABEL_END = "(?:[:°.,]|[rR.][gG]|[aA][lL]|[eE][tT]|[nN][oO]|[rR][oO]|[oO°][sS]|[eE][rR])";

/**
 * Identifiers starting with a digit. Any number could be one: the label's end is checked first,
 * after a one-class look at the character before the blank, which most digits fail at once.
 */
const NUMBERED = labelled(`\\d(?<=[:°.,gGtTrRoOsSlL]\\s*\\d)(?<=${LABEL_END}\\s*\\d)`, ID_REST);

/**
 * Identifiers starting with letters (`AB123456`) hold a digit (`numéro de dossier INCONNU` is
 * none) and start with two capitals or a capital and a digit: a pair rare in prose, which the
 * regex engine skips to.
 */
const LETTERED = labelled(
  `[A-Z][A-Z0-9](?:(?<=\\d)|(?=[A-Z0-9./-]*\\d))(?<=${LABEL_END}\\s*[A-Z][A-Z0-9])`,
  ID_REST
);

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
    { name: "labelled", regex: NUMBERED, score: 0.9 },
    { name: "labelled-lettered", regex: LETTERED, score: 0.85 },
    { name: "labelled-section", regex: SECTION_LETTERED, score: 0.85 },
    { name: "portalis", regex: PORTALIS, score: 0.85 },
    { name: "pourvoi", regex: POURVOI, score: 0.6 },
    { name: "echr-case", regex: ECHR_CASE, score: 0.75 },
  ],
  normalize: caseKey,
  context: { words: ["pourvoi", "cassation", "portalis", "n°"], boost: 0.3 },
});
