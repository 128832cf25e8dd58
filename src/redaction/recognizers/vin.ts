import { createPatternRecognizer, type Gate } from "../pattern-recognizer.ts";
import { TOKEN_END } from "./fixed-format-parts.ts";

/** Seventeen capitals and digits, without I, O and Q, which a VIN never holds. */
const VIN = `(?<![\\p{L}\\p{N}_])[A-HJ-NPR-Z0-9]{17}${TOKEN_END}`;

/**
 * Where a VIN may be: its serial, four digits or more after a capital (`…CS123456`), which every
 * maker's numbers end with; found at the digits the search shared by such gates stops at.
 */
const SERIAL_AFTER_CAPITAL: Gate = {
  regex: /\d(?<=[A-HJ-NPR-Z]\d)\d{3}/gu,
  before: 16,
  after: 0,
  atDigit: true,
};

/**
 * A vehicle's identification number (VIN, field E of the registration certificate:
 * `VF3LBHZRJCS123456`), which names its owner as a plate does. So long a run of capitals and digits
 * is a reference too: reported only where the text names the vehicle's number, with a letter in it
 * (and, by its gate, a serial of four digits or more after a capital).
 */
export const vinRecognizer = createPatternRecognizer({
  name: "vin",
  type: "IDENTIFIANT",
  patterns: [{ name: "vin", regex: new RegExp(VIN, "gu"), score: 0.3 }],
  validate: (value) => /[A-Z]/.test(value),
  context: {
    words: ["vin", "numéro de série", "châssis", "chassis", "identification du véhicule", "(e)"],
    boost: 0.55,
  },
  contextRequired: true,
  gate: SERIAL_AFTER_CAPITAL,
});
