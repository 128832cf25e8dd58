import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { atDigitRunStart, digitsOf, numberRegex } from "./identifier-parts.ts";

/**
 * A British bank account's number, eight digits, given with the branch's sort code (`sort code
 * 60-16-13, account 31926819`), as a British citizen writing to a French office gives a refund's
 * details. Eight digits are common elsewhere: reported only when a sort code is named nearby.
 * The sort code names a branch, not a person, and stays, as a French RIB's bank and branch codes
 * do (`rib-labelled.ts`). Typed as French bank details are, `RIB`.
 */
export const ukBankAccountRecognizer = createPatternRecognizer({
  name: "uk-bank-account",
  type: "RIB",
  patterns: [
    {
      name: "account",
      regex: numberRegex("\\d{8}"),
      score: 0.3,
      gate: atDigitRunStart("\\d{7}"),
    },
  ],
  normalize: digitsOf,
  context: { words: [" sort code", " sort-code"], window: 60, after: 60, boost: 0.55 },
  contextRequired: true,
});
