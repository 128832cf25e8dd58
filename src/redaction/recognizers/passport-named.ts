import { createPatternRecognizer, type Gate } from "../pattern-recognizer.ts";
import { afterLabel, anyCaseOf } from "./fixed-format-parts.ts";
import { compact } from "./identifier-parts.ts";

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
const AFTER_LABEL: Gate = { regex: /pass(?:e)?port/gi, before: 0, after: 40 };

/**
 * A passport's number right after its label, of any country (`passport number is 533380006`, a
 * British one; `passeport n° C01X00T47`): `passport.ts` knows the French shape alone, and that
 * shape anywhere near the word; this one any shape, but only after the label.
 */
export const passportNamedRecognizer = createPatternRecognizer({
  name: "passport-named",
  type: "PASSEPORT",
  patterns: [
    {
      name: "after-label",
      regex: new RegExp(`${afterLabel(LABEL, NUMBER)}(?![\\p{L}\\p{N}])`, "gu"),
      score: 0.85,
    },
  ],
  normalize: compact,
  gate: AFTER_LABEL,
});
