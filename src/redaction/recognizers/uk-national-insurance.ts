import { CAPITALS_AND_DIGITS } from "./identifier-parts.ts";
import { namedNumberRecognizer } from "./named-number.ts";

/** The United Kingdom's National Insurance number, `QQ 12 34 56 C`. */
export const ukNationalInsuranceRecognizer = namedNumberRecognizer({
  name: "uk-national-insurance",
  type: "NIR",
  shape: "[A-Z]{2} ?\\d\\d ?\\d\\d ?\\d\\d ?[A-D]",
  holds: (value) => /^[A-Z]{2}\d{6}[A-D]$/.test(value),
  words: ["national insurance", " nino", "ni number", "insurance number"],
  gate: { ...CAPITALS_AND_DIGITS, before: 3 },
});
