import { luhn } from "../checksums.ts";
import { namedNumberRecognizer } from "./named-number.ts";

/** Sweden's personnummer, `750221-4427`: birth date, order, and a Luhn check on the ten digits. */
export const swedishPersonnummerRecognizer = namedNumberRecognizer({
  name: "swedish-personnummer",
  type: "NIR",
  shape: "(?:19|20)?\\d{6}[-+]?\\d{4}",
  holds: (digits) => luhn(digits.slice(-10)),
  words: ["personnummer"],
});
