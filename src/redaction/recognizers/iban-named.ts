import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { compact } from "./identifier-parts.ts";
import { CHECK_DIGITS, IBAN_LENGTHS, ibanRegex } from "./iban.ts";

/**
 * An IBAN the text names (`IBAN : FR76 1820 …`) whose check digits fail: a typo, or a number
 * copied wrong, which still names the person's account to a digit or two. `iban.ts` takes only
 * IBANs whose check digits hold, anywhere; this one takes the IBAN's shape (its country's length)
 * right after the word: within a label's reach of it, not a paragraph about banks.
 */
export const ibanNamedRecognizer = createPatternRecognizer({
  name: "iban-named",
  type: "IBAN",
  patterns: [{ name: "iban-any-key", regex: ibanRegex(), score: 0.3, gate: CHECK_DIGITS }],
  validate: (value) => {
    const iban = compact(value);
    return iban.length === IBAN_LENGTHS[iban.slice(0, 2)];
  },
  normalize: compact,
  context: { words: ["iban"], window: 24, after: 0, boost: 0.55 },
  contextRequired: true,
});
