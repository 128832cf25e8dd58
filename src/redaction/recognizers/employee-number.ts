import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { afterLabel, anyCase, anyCaseOf } from "./fixed-format-parts.ts";
import { atDigitRunStart } from "./identifier-parts.ts";

const NUMBER_SIGN = `${anyCaseOf(["n°", "no", "numéro"])}\\s+(?:${anyCaseOf(["de", "d'"])}\\s*)?`;
const STAFF = anyCaseOf(["agent", "salarié", "employé"]);
/** The Éducation nationale's staff number: two digits, a letter, seven digits, three letters. */
const NUMEN = "\\d\\d[A-Z]\\d{7}[A-Z]{3}";

/**
 * The labels of an employee's number in an HR file or an agent's record, as whole words (a vehicle
 * `immatriculé` announces nothing): `Matricule`, `N° de matricule`, `matricule agent`; `N° d'agent`,
 * `numéro de salarié`, or `Agent :` as a form's field, but not `l'agent` in prose.
 */
const LABEL =
  `(?<![\\p{L}\\p{N}])(?:(?:${NUMBER_SIGN})?${anyCase("matricule")}` +
  `(?:\\s+${anyCaseOf(["agent", "RH", "n°"])})?\\s*:?|${NUMBER_SIGN}${STAFF}\\s*:?|${STAFF}\\s*:)\\s*`;

/**
 * An employee number right after its label, the label outside the entity: up to three capitals
 * then five to ten digits (`0045123`, `A123456`, `RH-2023045`); a shorter number is as often a
 * year or a grade, and an amount in euros is none. Employers number their staff as they like, so
 * the label is the only sign. The Éducation nationale's NUMEN has a shape of its own (two digits,
 * a letter, seven digits, three letters: `12E1234567ABC`), taken after its name.
 */
export const employeeNumberRecognizer = createPatternRecognizer({
  name: "employee-number",
  type: "IDENTIFIANT",
  patterns: [
    {
      name: "after-label",
      regex: new RegExp(
        `${afterLabel(LABEL, "(?:[A-Z]{1,3}[- ]?)?\\d{5,10}")}` +
          "(?![\\p{L}\\p{N}]|[.,/-]\\p{N}|\\s*(?:€|[eE][uU][rR][oO]))",
        "gu"
      ),
      score: 0.85,
    },
    {
      name: "numen",
      regex: new RegExp(
        `${afterLabel(`${anyCase("NUMEN")}\\s*:?\\s*`, NUMEN)}(?![\\p{L}\\p{N}])`,
        "gu"
      ),
      score: 0.85,
    },
  ],
  // At the digits (the search shared by such gates), not at the label's words: a search for
  // those, in any case, stopped at every letter of the text (1.5 ms a megabyte of judgments).
  gate: atDigitRunStart("\\d{4}", 4),
});
