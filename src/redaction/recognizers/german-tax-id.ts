import { mod11_10 } from "../checksums.ts";
import { namedNumberRecognizer } from "./named-number.ts";

/** Germany's tax identification number (Steuer-ID), eleven digits checked by ISO 7064. */
export const germanTaxIdRecognizer = namedNumberRecognizer({
  name: "german-tax-id",
  type: "NUMERO_FISCAL",
  shape: "\\d\\d ?\\d{3} ?\\d{3} ?\\d{3}",
  holds: mod11_10,
  words: ["steuer", "identifikationsnummer", " idnr"],
});
