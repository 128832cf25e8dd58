import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { TOKEN_END, tokenStart } from "./fixed-format-parts.ts";

const CARD_WORDS = [
  "carte nationale d'identité",
  "carte d'identité",
  "pièce d'identité",
  "titre d'identité",
  "cni",
];
const ALNUM = "[A-Z0-9]";

/**
 * French national identity card numbers: twelve digits on cards issued from 1995 to 2021, nine
 * capitals and digits mixed since (neither a word in capitals nor a nine-digit SIREN). Both shapes
 * are common elsewhere: reported only when the card is named nearby. The characters are matched
 * first and checked after (boundary, a digit, a letter), which lets the regex engine skip fast.
 */
export const identityCardRecognizer = createPatternRecognizer({
  name: "identity-card",
  type: "PASSEPORT",
  patterns: [
    {
      name: "cni-1995",
      regex: new RegExp(`${tokenStart("\\d".repeat(12))}${TOKEN_END}`, "gu"),
      score: 0.3,
    },
    {
      name: "cni-2021",
      regex: new RegExp(
        `${tokenStart(ALNUM.repeat(9))}(?<=\\d${ALNUM}{0,8})(?<=[A-Z]${ALNUM}{0,8})${TOKEN_END}`,
        "gu"
      ),
      score: 0.3,
    },
    {
      // All nine may be letters; then only right after `n°`, where a word in capitals is unlikely.
      name: "cni-2021-letters",
      regex: new RegExp(
        `${tokenStart("[A-Z]".repeat(9))}(?<=[nN][°o]\\s?[A-Z]{9})${TOKEN_END}`,
        "gu"
      ),
      score: 0.3,
    },
  ],
  context: { words: CARD_WORDS.flatMap((word) => [word, word.replace("'", "’")]), boost: 0.55 },
  // Spelled out rather than with the `i` flag, which makes the search a quarter slower.
  gate: /[iI][dD][eE][nN][tT][iI][tT]|[cC][nN][iI]/g,
});
