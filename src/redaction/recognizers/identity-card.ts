import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { TOKEN_END, TOKEN_START } from "./label-parts.ts";

const CARD_WORDS = ["carte nationale d'identité", "carte d'identité", "pièce d'identité", "titre d'identité", "cni"];

/**
 * French national identity card numbers: twelve digits on cards issued before 2021, nine letters
 * and digits since. Both shapes are common elsewhere: reported only when the card is named near.
 */
export const identityCardRecognizer = createPatternRecognizer({
  name: "identity-card",
  type: "PASSEPORT",
  patterns: [
    { name: "cni-1995", regex: new RegExp(`${TOKEN_START}\\d\\d{11}${TOKEN_END}`, "gu"), score: 0.3 },
    { name: "cni-2021", regex: new RegExp(`${TOKEN_START}[A-Z0-9][A-Z0-9]{8}${TOKEN_END}`, "gu"), score: 0.3 },
  ],
  // The 2021 number mixes letters and digits: a capitalised word or a nine-digit SIREN is no card.
  validate: (value) => /^\d{12}$/.test(value) || (/\d/.test(value) && /[A-Z]/.test(value)),
  context: { words: CARD_WORDS.flatMap((word) => [word, word.replace("'", "’")]), boost: 0.55 },
});
