import { peselHolds } from "../foreign-checksums.ts";
import { namedNumberRecognizer } from "./named-number.ts";

/** Poland's PESEL: eleven digits, the birth date first. */
export const polishPeselRecognizer = namedNumberRecognizer({
  name: "polish-pesel",
  type: "NIR",
  shape: "\\d{11}",
  holds: peselHolds,
  words: ["pesel"],
});
