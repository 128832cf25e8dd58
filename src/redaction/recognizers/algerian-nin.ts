import { namedNumberRecognizer } from "./named-number.ts";

/** Algeria's national identification number (NIN): eighteen digits, on the identity card. */
export const algerianNinRecognizer = namedNumberRecognizer({
  name: "algerian-nin",
  type: "NIR",
  shape: "\\d{18}",
  holds: (digits) => /^\d{18}$/.test(digits),
  words: [" nin", "identification national"],
});
