import { cnpHolds } from "../foreign-checksums.ts";
import { namedNumberRecognizer } from "./named-number.ts";

/** Romania's CNP (cod numeric personal): sex and century, birth date, county, order, check. */
export const romanianCnpRecognizer = namedNumberRecognizer({
  name: "romanian-cnp",
  type: "NIR",
  shape: "[1-8]\\d{12}",
  holds: cnpHolds,
  words: [" cnp", "cod numeric personal"],
});
