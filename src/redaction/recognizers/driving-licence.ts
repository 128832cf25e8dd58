import { createPatternRecognizer } from "../pattern-recognizer.ts";
import {
  PASSPORT_SHAPE,
  PASSPORT_SHAPE_GATE,
  TOKEN_END,
  tokenStart,
  TWELVE_DIGITS,
} from "./fixed-format-parts.ts";
import { atDigitRunStart, compact, LONG_NUMBER } from "./identifier-parts.ts";

/**
 * French driving licence numbers. Twelve characters on the pink paper licences and as the NEPH, the
 * number a driver keeps for life from the first registration (year and month, the département,
 * `2A` and `2B` for Corsica, then six digits); the passport's shape, two digits, two letters, five
 * digits, on cards. Each shape is common elsewhere: reported only when the licence is named nearby.
 * Typed as the other identity documents are, `PASSEPORT`.
 */
export const drivingLicenceRecognizer = createPatternRecognizer({
  name: "driving-licence",
  type: "PASSEPORT",
  patterns: [
    {
      name: "neph",
      regex: new RegExp(TWELVE_DIGITS, "gu"),
      score: 0.3,
      gate: LONG_NUMBER,
    },
    {
      name: "neph-corsica",
      regex: new RegExp(`${tokenStart("\\d{4}")}2[AB]\\d{6}${TOKEN_END}`, "gu"),
      score: 0.3,
      gate: atDigitRunStart("\\d{3}2[AB]\\d"),
    },
    {
      name: "card",
      regex: new RegExp(PASSPORT_SHAPE, "gu"),
      score: 0.3,
      gate: PASSPORT_SHAPE_GATE,
    },
  ],
  normalize: compact,
  context: { words: ["permis", "neph"], boost: 0.55 },
  contextRequired: true,
});
