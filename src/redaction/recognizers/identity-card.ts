import { createPatternRecognizer, type Gate } from "../pattern-recognizer.ts";
import { TOKEN_END, tokenStart, TWELVE_DIGITS } from "./fixed-format-parts.ts";
import { wordStarts } from "../text/word-starts.ts";
import { LONG_NUMBER } from "./identifier-parts.ts";

const CARD_WORDS = [
  "carte nationale d'identité",
  "carte d'identité",
  "pièce d'identité",
  "titre d'identité",
  "cni",
];
const ALNUM = "[A-Z0-9]";

/**
 * A digit beside a capital: nine capitals and digits, with at least one of each, hold one, at most
 * eight characters after the start.
 */
const CAPITAL_BESIDE_DIGIT: Gate = {
  regex: /\d(?:(?<=[A-Z]\d)|[A-Z])/gu,
  before: 8,
  after: 0,
  atDigit: true,
};

const isCapitalLetter = (code: number) => code >= 65 && code <= 90;

/**
 * Nine capitals at a word start, as start and end pairs: where a card number of letters only may
 * begin. Read at the word starts the analysis finds once for every recognizer that needs them: a
 * search of its own (`[A-Z]{9}`) stopped at every capital of the text.
 */
function nineCapitalWords(text: string): number[] {
  const found: number[] = [];
  const starts = wordStarts(text);
  // An index, not `for…of`: V8 makes an object per step of a typed array's iterator.
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i]!;
    // Most capitals begin a word in lower case: one more read tells them apart.
    if (!isCapitalLetter(text.charCodeAt(at + 1)) || !isCapitalLetter(text.charCodeAt(at)))
      continue;
    let end = at + 2;
    while (end < at + 9 && isCapitalLetter(text.charCodeAt(end))) end++;
    if (end === at + 9) found.push(at, end);
  }
  return found;
}

/**
 * French national identity card numbers: twelve digits on cards issued from 1995 to 2021, nine
 * capitals and digits mixed since (neither a word in capitals nor a nine-digit SIREN). Both shapes
 * are common elsewhere: reported only when the card is named nearby. The characters are matched
 * first and checked after (boundary, a digit, a letter), which lets the regex engine skip fast;
 * each pattern runs only where its shape may be, found by searches shared with other recognizers
 * (the card's words, whose letters are common, would take a search of their own stopping at most
 * words of the text).
 */
export const identityCardRecognizer = createPatternRecognizer({
  name: "identity-card",
  type: "PASSEPORT",
  patterns: [
    {
      name: "cni-1995",
      regex: new RegExp(TWELVE_DIGITS, "gu"),
      score: 0.3,
      gate: LONG_NUMBER,
    },
    {
      name: "cni-2021",
      regex: new RegExp(
        `${tokenStart(ALNUM.repeat(9))}(?<=\\d${ALNUM}{0,8})(?<=[A-Z]${ALNUM}{0,8})${TOKEN_END}`,
        "gu"
      ),
      score: 0.3,
      gate: CAPITAL_BESIDE_DIGIT,
    },
    {
      // All nine may be letters; then only right after `n°`, where a word in capitals is unlikely.
      name: "cni-2021-letters",
      regex: new RegExp(
        `${tokenStart("[A-Z]".repeat(9))}(?<=[nN][°o]\\s?[A-Z]{9})${TOKEN_END}`,
        "gu"
      ),
      score: 0.3,
      gate: { find: nineCapitalWords, before: 0, after: 0 },
    },
  ],
  context: { words: CARD_WORDS, boost: 0.55 },
  contextRequired: true,
});
