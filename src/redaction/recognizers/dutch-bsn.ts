import { bsnHolds } from "../foreign-checksums.ts";
import { namedNumberRecognizer } from "./named-number.ts";

/** The Netherlands' BSN (burgerservicenummer), once the sofinummer: nine digits. */
export const dutchBsnRecognizer = namedNumberRecognizer({
  name: "dutch-bsn",
  type: "NIR",
  shape: "\\d{4}\\.?\\d\\d\\.?\\d{3}",
  holds: bsnHolds,
  words: [" bsn", "burgerservicenummer", "sofinummer"],
});
