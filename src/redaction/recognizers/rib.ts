import { ribKey } from "../checksums.ts";
import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { compact, LONG_NUMBER, numberRegex, SEP_OPT } from "./identifier-parts.ts";

/** Bank code, branch code, account number (letters allowed), key: `30002 00550 0000157845Z 02`. */
export const RIB = `\\d{5}${SEP_OPT}\\d{5}${SEP_OPT}[0-9A-Za-z]{11}${SEP_OPT}\\d\\d`;

/** French bank details (relevé d'identité bancaire), reported only when the RIB key holds. */
export const ribRecognizer = createPatternRecognizer({
  name: "rib",
  type: "RIB",
  patterns: [{ name: "rib", regex: numberRegex(RIB), score: 0.75, gate: LONG_NUMBER }],
  validate: (value) => {
    const rib = compact(value);
    return ribKey(rib.slice(0, 5), rib.slice(5, 10), rib.slice(10, 21)) === rib.slice(21);
  },
  normalize: compact,
  context: { words: ["rib", "releve d'identite bancaire", "code banque", "compte"] },
});
