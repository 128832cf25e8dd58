import { namedNumberRecognizer } from "./named-number.ts";

/** The United States' Social Security number, `287-65-4321`: no area 000, 666 nor 9xx. */
export const usSsnRecognizer = namedNumberRecognizer({
  name: "us-ssn",
  type: "NIR",
  shape: "(?!000|666|9)\\d{3}([- ])(?!00)\\d\\d\\1(?!0000)\\d{4}",
  holds: (digits) => /^\d{9}$/.test(digits),
  words: ["social security", " ssn"],
});
