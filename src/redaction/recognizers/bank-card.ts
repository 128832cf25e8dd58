import { luhn } from "../checksums.ts";
import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { digitsOf, LONG_NUMBER, numberRegex, WORD_END } from "./identifier-parts.ts";

/**
 * Groups of four with one separator throughout (16 or 19 digits), Amex's 4-6-5, or one run. Every
 * network's numbers start with 2 to 6, which lets the scan skip years like 1998 at once.
 */
const BY_FOUR = "[2-6]\\d{3}([ \\u00A0\\u202F-])\\d{4}\\1\\d{4}\\1\\d{4}(?:\\1\\d{3})?";
const AMEX = "3[47]\\d\\d([ \\u00A0\\u202F-])\\d{6}\\2\\d{5}";
const RUN = "[2-6]\\d{12,18}";

/**
 * Whether the first digits and the length fit a card network: Visa, Mastercard, American Express,
 * Maestro, Discover, UnionPay, JCB, Diners, Mir (French CB cards are Visa or Mastercard numbers).
 * Fourteen-digit Diners numbers are left out: they would collide with every SIRET.
 */
function isPlausibleCard(digits: string): boolean {
  const length = digits.length;
  const prefix2 = Number(digits.slice(0, 2));
  const prefix4 = Number(digits.slice(0, 4));
  if (length === 13) return digits.startsWith("4");
  if (length === 15) return prefix2 === 34 || prefix2 === 37;
  if (length < 16 || length > 19) return false;
  if ((prefix2 >= 51 && prefix2 <= 55) || (prefix4 >= 2221 && prefix4 <= 2720))
    return length === 16;
  return (
    digits.startsWith("4") ||
    (prefix4 >= 2200 && prefix4 <= 2204) ||
    prefix2 === 50 ||
    (prefix2 >= 56 && prefix2 <= 69) ||
    (prefix4 >= 3528 && prefix4 <= 3589) ||
    prefix2 === 36 ||
    (prefix4 >= 3000 && prefix4 <= 3059) ||
    prefix2 === 38 ||
    prefix2 === 39
  );
}

/** Payment card numbers, reported when Luhn holds and the number fits a network. */
export const bankCardRecognizer = createPatternRecognizer({
  name: "bank-card",
  type: "CARTE_BANCAIRE",
  patterns: [
    {
      name: "card",
      regex: numberRegex(`${BY_FOUR}|${AMEX}|${RUN}`, WORD_END),
      score: 0.85,
      gate: LONG_NUMBER,
    },
  ],
  validate: (value) => {
    const digits = digitsOf(value);
    return isPlausibleCard(digits) && luhn(digits);
  },
  normalize: digitsOf,
  context: { words: ["carte", "cb", "visa", "mastercard", "paiement", "credit", "debit", "amex"] },
});
