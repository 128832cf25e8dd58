import { nhsNumberHolds } from "../foreign-checksums.ts";
import { namedNumberRecognizer } from "./named-number.ts";

/** The United Kingdom's NHS number, `943 476 5919`. */
export const ukNhsNumberRecognizer = namedNumberRecognizer({
  name: "uk-nhs-number",
  type: "NIR",
  shape: "\\d{3}[ -]?\\d{3}[ -]?\\d{4}",
  holds: nhsNumberHolds,
  words: [" nhs"],
});
