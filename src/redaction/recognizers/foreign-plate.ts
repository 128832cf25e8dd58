import { createPatternRecognizer, type Gate } from "../pattern-recognizer.ts";
import { compact } from "./identifier-parts.ts";

/**
 * Two or three groups of capitals or digits joined by a hyphen or a space, as other European
 * countries write their plates: Belgium's `1-ABC-123`, Germany's `B-AB 1234`, Spain's
 * `1234 ABC`, Switzerland's `GE 123456`, the Netherlands' `12-ABC-3`; and the United Kingdom's
 * `AB12 CDE`.
 */
const GROUPS = "(?:[A-Z]{1,3}|\\d{1,6})(?:[ -](?:[A-Z]{1,3}|\\d{1,6})){1,2}";
const UNITED_KINGDOM = "[A-Z]{2}\\d{2} ?[A-Z]{3}";
const PLATE = new RegExp(
  `(?<![\\p{L}\\p{N}_-])(?:${UNITED_KINGDOM}|${GROUPS})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`,
  "gu"
);
/**
 * A plate's word, which the value must follow closely: the pattern runs only after one, so that
 * texts without it cost one search (the capitals against digits of other texts opened windows
 * for it everywhere: 10 µs on the gateway bench's letter).
 */
const AFTER_PLATE_WORD: Gate = { regex: /plaque|immatricul/gi, before: 0, after: 48 };

/**
 * A foreign registration plate, where the text says it is a plate and from where: a plate's word
 * before it (`plaque`, `immatriculé`) and a country's (`belge`, `allemande`, `en Espagne`…). So
 * loose a shape is common in references: both words are needed, and the value must mix capitals
 * and digits, five to nine of them.
 */
export const foreignPlateRecognizer = createPatternRecognizer({
  name: "foreign-plate",
  type: "PLAQUE",
  patterns: [{ name: "foreign-plate", regex: PLATE, score: 0.3 }],
  validate: (value) => {
    const characters = compact(value);
    return (
      characters.length >= 5 &&
      characters.length <= 9 &&
      /[A-Z]/.test(characters) &&
      /\d/.test(characters)
    );
  },
  normalize: compact,
  context: {
    words: [
      "belge",
      "belgique",
      "allemand",
      "allemagne",
      "espagnol",
      "espagne",
      "italien",
      "italie",
      "suisse",
      "luxembourg",
      "néerlandais",
      "pays-bas",
      "britannique",
      "anglais",
      "royaume-uni",
      "portugais",
      "portugal",
      "polonais",
      "pologne",
      "roumain",
      "roumanie",
      "étranger",
      "étrangère",
    ],
    after: 0,
    boost: 0.55,
  },
  contextRequired: true,
  gate: AFTER_PLATE_WORD,
});
