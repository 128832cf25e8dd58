import { namedNumberRecognizer } from "./named-number.ts";

/** Portugal's social security number (NISS): eleven digits, a person's beginning with 1 or 2. */
export const portugueseNissRecognizer = namedNumberRecognizer({
  name: "portuguese-niss",
  type: "NIR",
  shape: "[12]\\d{10}",
  holds: (digits) => /^[12]\d{10}$/.test(digits),
  words: ["seguranca social", "numero de seguranca", " niss"],
});
