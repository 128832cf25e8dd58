import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { afterLabel, anyCase, anyCaseOf, tokenStart } from "./fixed-format-parts.ts";

/** Not the start or the end of a longer reference (`2019-1234/5`). */
const START_AFTER = "./-";
const END = "(?![\\p{L}\\p{N}]|[./-][\\p{L}\\p{N}])";
const WORD_START = "(?<![\\p{L}\\p{N}])";

/** `n°`, `no`, `nos` (ECHR), `numéro`, then maybe a colon. */
const NUMBER_SIGN = `${anyCaseOf(["n°", "n°s", "no", "nos", "numéro", "num."])}\\.?`;
const COLON = "\\s*:?\\s*";

/**
 * A pattern for identifiers of shape `value` announced by `label`, the label outside the entity.
 * A list after one label is announced by it too: `requêtes (nos 43185/98 et 43186/98)`.
 */
function labelled(label: string, value: string): RegExp {
  const list = `(?:(?:${value})(?:\\s*,\\s*|\\s+${anyCase("et")}\\s+))*`;
  return new RegExp(`${afterLabel(`${WORD_START}(?:${label})${COLON}${list}`, value)}${END}`, "gu");
}

/** Répertoire général of a court: `RG 21/04567`, `RG n° 21/04567`, `n° RG : 21/04567`, `R.G. 2021/04567`. */
const RG = labelled(`${anyCaseOf(["RG", "R.G.", "R.G", "répertoire général"])}(?:\\s*${NUMBER_SIGN})?`, "\\d\\d(?:\\d\\d)?/\\d{3,6}");

/** Parquet numbers: `n° de parquet 21012000123`, `parquet n° 21/123/45`, `PARQUET : 20.123.45678`. */
const PARQUET = labelled(`${anyCase("parquet")}(?:\\s*${NUMBER_SIGN})?`, "\\d\\d[\\d./-]{3,14}\\d");

/** Applications to the European Court: `requête no 20022/92`, `une requête à la Cour (no 34127/03)`. */
const APPLICATION = labelled(
  `${anyCaseOf(["requête", "requêtes", "req.", "application", "applications"])}(?:\\s+[^\\s()]+){0,3}?\\s*\\(?\\s*${NUMBER_SIGN}`,
  "\\d\\d{0,5}/\\d\\d",
);

/** An administration's file number: `n° de dossier : 2021-ABC-00123`, `dossier n° AB123456`. */
const FILE_LABEL =
  `${anyCaseOf(["n°", "no", "numéro", "num.", "référence", "réf.", "ref"])}\\s*(?:${anyCaseOf(["de", "du"])}\\s+)?${anyCase("dossier")}` +
  `|${anyCase("dossier")}\\s*${NUMBER_SIGN}`;
/**
 * Those starting with a digit: any number could be one, so a quick look at the character before
 * the blank (the end of `dossier`, `n°`, `no`, `num.`) comes before the full label's check.
 */
const FILE_NUMBERED = labelled(FILE_LABEL, "\\d(?<=[:°rRoOsS.]\\s*\\d)[A-Z0-9]*(?:[./-][A-Z0-9]+)*");
/**
 * Those starting with letters hold a digit (`numéro de dossier INCONNU` is none) and start with
 * two capitals or a capital and a digit: a pair rare in prose, which the regex engine skips to.
 */
const FILE_LETTERED = labelled(FILE_LABEL, "[A-Z][A-Z0-9](?:(?<=\\d)|(?=[A-Z0-9./-]*\\d))[A-Z0-9]*(?:[./-][A-Z0-9]+)*");

/** Portalis, the courts' national number: `DBVX-V-B7F-NQ5T`, `35L7-V-B7E-CBXYZ`. Distinctive alone. */
const PORTALIS = new RegExp(
  `${tokenStart("[A-Z0-9]", START_AFTER)}[A-Z0-9][A-Z0-9][A-Z0-9]-[A-Z]-[A-Z]\\d[A-Z]-[A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9][A-Z0-9]?${END}`,
  "gu",
);

/** Cour de cassation appeals: `Y 19-19.463`, `19-19.463`; the letter is optional. */
const POURVOI = new RegExp(
  `(?:${tokenStart("[A-Z]", START_AFTER)} ?\\d|${tokenStart("\\d", START_AFTER)})\\d-\\d\\d\\.\\d\\d\\d${END}`,
  "gu",
);

/** Old ECHR case numbers: `(no 30/1993/425/504)`. */
const ECHR_CASE = new RegExp(`${tokenStart("\\d", START_AFTER)}\\d?\\d?/(?:19|20)\\d\\d/\\d\\d?\\d?\\d?/\\d\\d?\\d?\\d?${END}`, "gu");

/** One key per case: without spaces, the pourvoi without its letter, the RG year on two digits. */
function caseKey(value: string): string {
  const id = value.replace(/\s+/g, "").toUpperCase();
  const pourvoi = /^[A-Z]?(\d\d-\d\d\.\d\d\d)$/.exec(id);
  if (pourvoi) return pourvoi[1]!;
  return id.replace(/^(?:19|20)(\d\d\/\d{5})$/, "$1");
}

/**
 * Case identifiers of French and European justice: RG, Portalis, pourvoi, parquet, ECHR
 * application and administrative file numbers. The keyword (`RG`, `n°`, `pourvoi`) is left out of
 * the entity, and numbers under other labels (`décret n° 2019-1234`, `loi n° 78-17`) are not found.
 */
export const caseNumberRecognizer = createPatternRecognizer({
  name: "case-number",
  type: "DOSSIER",
  patterns: [
    { name: "rg", regex: RG, score: 0.9 },
    { name: "parquet", regex: PARQUET, score: 0.9 },
    { name: "application", regex: APPLICATION, score: 0.9 },
    { name: "file", regex: FILE_NUMBERED, score: 0.85 },
    { name: "file-lettered", regex: FILE_LETTERED, score: 0.85 },
    { name: "portalis", regex: PORTALIS, score: 0.85 },
    { name: "pourvoi", regex: POURVOI, score: 0.6 },
    { name: "echr-case", regex: ECHR_CASE, score: 0.75 },
  ],
  normalize: caseKey,
  context: { words: ["pourvoi", "cassation", "portalis", "n°"], boost: 0.3 },
});
