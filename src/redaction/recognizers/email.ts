import { createPatternRecognizer } from "../pattern-recognizer.ts";

/** E-mail addresses: a dotted local part, `@`, a domain with a top-level label of letters. */
export const emailRecognizer = createPatternRecognizer({
  name: "email",
  type: "COURRIEL",
  patterns: [
    {
      name: "address",
      regex: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,24}(?![\p{L}\p{N}-])/gu,
      score: 0.95,
    },
  ],
  validate: (value) => !value.startsWith(".") && !value.includes(".."),
  normalize: (value) => value.toLowerCase(),
});
