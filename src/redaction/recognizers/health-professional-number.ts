import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { afterLabel, anyCaseOf } from "./fixed-format-parts.ts";
import { atDigitRunStart, compact } from "./identifier-parts.ts";

const NUMBER_SIGN = `(?:${anyCaseOf(["n°", "no", "numéro"])}\\.?\\s*)?`;
const label = (name: string) => `(?<![\\p{L}\\p{N}])${NUMBER_SIGN}${name}\\s*:?\\s*${NUMBER_SIGN}`;
const END = "(?![\\p{L}\\p{N}])";

/**
 * A health professional's number in the national directories, after its name: the RPPS (eleven
 * digits, `RPPS 10003456789`) and the older ADELI (nine digits, `n° ADELI 751234567`). Both name a
 * doctor, a nurse, a pharmacist in the public directory of health professionals: a certificate that
 * masks the doctor's name and leaves the number names the doctor still.
 */
export const healthProfessionalNumberRecognizer = createPatternRecognizer({
  name: "health-professional-number",
  type: "IDENTIFIANT",
  patterns: [
    {
      name: "rpps",
      regex: new RegExp(`${afterLabel(label("RPPS"), "\\d{11}")}${END}`, "gu"),
      score: 0.85,
    },
    {
      name: "adeli",
      regex: new RegExp(`${afterLabel(label(anyCaseOf(["ADELI"])), "\\d{9}")}${END}`, "gu"),
      score: 0.85,
    },
  ],
  normalize: compact,
  // Nine digits in a run at least: the search shared by such gates skips years and amounts.
  gate: atDigitRunStart("\\d{8}"),
});
