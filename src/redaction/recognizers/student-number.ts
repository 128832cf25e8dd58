import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { TOKEN_END } from "./fixed-format-parts.ts";
import { atDigitRunStart, numberRegex } from "./identifier-parts.ts";

/**
 * A pupil's or student's national identifier (INE): eleven characters, ten digits and a letter
 * or nine digits and two letters. Reported only when the INE is named nearby; the acronym alone
 * is looked for between spaces or before a colon, not inside words (`machine`).
 */
export const studentNumberRecognizer = createPatternRecognizer({
  name: "student-number",
  type: "IDENTIFIANT",
  patterns: [
    {
      name: "ine",
      regex: numberRegex("\\d{9}(?:\\d[A-Z]|[A-Z][A-Z])", TOKEN_END),
      score: 0.3,
      gate: atDigitRunStart("\\d{8}(?:\\d[A-Z]|[A-Z][A-Z])"),
    },
  ],
  context: {
    words: [" ine ", " ine:", " ine :", "identifiant national", "n° ine", "numéro ine"],
    boost: 0.55,
  },
  contextRequired: true,
});
