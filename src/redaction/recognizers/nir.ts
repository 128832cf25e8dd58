import { nirKey } from "../checksums.ts";
import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { numberRegex, SEP_OPT } from "./identifier-parts.ts";

/**
 * Nothing or one separator between two groups: a space (no-break and narrow no-break ones
 * included, as word processors put them), a period or a hyphen (`2-84-05-2A-123-456-32`).
 */
const GROUP_SEP_OPT = "[ \\u00A0\\u202F.-]?";

/** INSEE months: 01–12, 20–42 for some registrations, 50–99 when the month of birth is unknown. */
const MONTH = "(?:0[1-9]|1[0-2]|[23]\\d|4[0-2]|[5-9]\\d)";

/** The key may stand apart: `… 456 78`, `… 456-78`, `… 456 / 78`, `… 456, clé 78`. */
const KEY_SEP = `(?:${SEP_OPT}[-/]${SEP_OPT}|,?${SEP_OPT}[Cc][Ll][EeÉé]${SEP_OPT}:?${SEP_OPT}|${GROUP_SEP_OPT})`;

/**
 * The place of birth: the département's two characters (`2A`, `2B` for Corsica) and the commune's
 * three; overseas, the département's three and the commune's two (`974 16`, La Réunion's).
 */
const PLACE = `(?:(?:\\d\\d|2[ABab])${GROUP_SEP_OPT}\\d{3}|9[78]\\d${GROUP_SEP_OPT}\\d\\d)`;

/** Sex (1/2, 3/4 and 7/8 for provisional and foreign-born registrations), year, month, place, order. */
export const NIR_BODY = ["[1-478]", "\\d\\d", MONTH, PLACE, "\\d{3}"].join(GROUP_SEP_OPT);

/** The body, then its key. */
export const NIR = `${NIR_BODY}${KEY_SEP}\\d\\d`;

/** Words that name a NIR. */
export const NIR_CONTEXT = {
  words: [
    "securite sociale",
    "secu",
    " nir",
    // `N° SS`, as forms abbreviate it.
    " ss ",
    "n.i.r",
    "insee",
    "carte vitale",
    "assure",
    "immatriculation",
  ],
};

/** The characters of a NIR, upper-cased, without separators or the word `clé`. */
function nirCharacters(value: string): string {
  return value
    .toUpperCase()
    .replace(/CL[EÉ]/, "")
    .replace(/[^0-9AB]/g, "");
}

/**
 * The identity of a NIR: its first 13 characters, upper-cased. The key only repeats them, so a NIR
 * written with its key and without it (or with a typo in it) is one value with one placeholder.
 */
export function normalizeNir(value: string): string {
  return nirCharacters(value).slice(0, 13);
}

/** French social security numbers (NIR), reported only when their key holds. */
export const nirRecognizer = createPatternRecognizer({
  name: "nir",
  type: "NIR",
  patterns: [{ name: "nir", regex: numberRegex(NIR), score: 0.85 }],
  validate: (value) => {
    const nir = nirCharacters(value);
    return nirKey(nir.slice(0, 13)) === nir.slice(13);
  },
  normalize: normalizeNir,
  context: NIR_CONTEXT,
});
