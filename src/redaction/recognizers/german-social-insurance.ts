import { CAPITALS_AND_DIGITS } from "./identifier-parts.ts";
import { namedNumberRecognizer } from "./named-number.ts";

/**
 * Germany's social insurance number (Sozialversicherungsnummer), `65 120385 S 052`: the insurer's
 * area, the birth date, the surname's initial, a serial and a check.
 */
export const germanSocialInsuranceRecognizer = namedNumberRecognizer({
  name: "german-social-insurance",
  type: "NIR",
  shape: "\\d\\d ?\\d{6} ?[A-Z] ?\\d{3}",
  holds: (value) => /^\d{8}[A-Z]\d{3}$/.test(value),
  words: ["sozialversicherung", "rentenversicherung", "versicherungsnummer"],
  // At the birth date's last digit, before the initial: the number starts nine characters before.
  gate: { ...CAPITALS_AND_DIGITS, before: 12 },
});
