import { portugueseNifHolds } from "../foreign-checksums.ts";
import { namedNumberRecognizer } from "./named-number.ts";

/** Portugal's NIF (número de identificação fiscal), a person's from 1 to 3. */
export const portugueseNifRecognizer = namedNumberRecognizer({
  name: "portuguese-nif",
  type: "NUMERO_FISCAL",
  shape: "[123]\\d\\d ?\\d{3} ?\\d{3}",
  holds: portugueseNifHolds,
  words: [" nif", "contribuinte", "identificação fiscal"],
});
