import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { afterLabel, anyCaseOf } from "./fixed-format-parts.ts";
import { AFTER_NUMBER_SIGNS } from "./identifier-parts.ts";

/** The civil status records a town hall numbers in its registers, one per year. */
const RECORD = anyCaseOf([
  "acte de naissance",
  "acte de mariage",
  "acte de décès",
  "acte de reconnaissance",
  "acte d'état civil",
]);
/** The record, maybe its commune in brackets or a word (`acte de naissance intégral`), then `n°`. */
const LABEL =
  `(?<![\\p{L}\\p{N}])${RECORD}(?:\\s+[\\p{L}'’-]{1,20}|\\s*\\([^()\\n]{1,30}\\))?` +
  `\\s*[nN]°\\s*:?\\s*`;
/** A record's number in its year's register (`457`), maybe after the year (`2019/0457`). */
const NUMBER = "(?:(?:19|20)\\d\\d\\s?[/-]\\s?)?\\d{1,8}";

/**
 * A civil status record's number after its name (`acte de mariage n° 457`, `acte de naissance n°
 * 1989/1823`): with the commune and the year a letter gives beside it, it points to one person's
 * record. Short (a register restarts each year), so only right after the record's name and `n°`.
 */
export const civilStatusRecordRecognizer = createPatternRecognizer({
  name: "civil-status-record",
  type: "IDENTIFIANT",
  patterns: [
    {
      name: "after-label",
      regex: new RegExp(`${afterLabel(LABEL, NUMBER)}(?![\\p{L}\\p{N}]|[.,/-]\\p{N})`, "gu"),
      score: 0.8,
      gate: AFTER_NUMBER_SIGNS,
    },
  ],
});
