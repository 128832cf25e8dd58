import { spanishSocialSecurityHolds } from "../foreign-checksums.ts";
import { namedNumberRecognizer } from "./named-number.ts";

/** Spain's social security number (NUSS): province, number and check, `28 1234567840`. */
export const spanishSocialSecurityRecognizer = namedNumberRecognizer({
  name: "spanish-social-security",
  type: "NIR",
  shape: "\\d\\d[ -]?\\d{8}[ -]?\\d\\d",
  holds: spanishSocialSecurityHolds,
  words: ["seguridad social", "afiliacion", " nuss"],
});
