import { luhn, mod11_10, mod97, tvaKey } from "../checksums.ts";
import { createPatternRecognizer } from "../pattern-recognizer.ts";
import {
  CAPITALS_AND_DIGITS,
  compact,
  NUMBER_END,
  SEP_OPT,
  startBehind,
} from "./identifier-parts.ts";

/** Dutch VAT numbers: the old BSN-style eleven test, or (since 2020) ISO 7064 MOD 97-10. */
function dutchVatHolds(number: string): boolean {
  let sum = -Number(number[8]);
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(number[i]);
  return (sum % 11 === 0 && !number.endsWith("B00")) || mod97(`NL${number}`) === 1;
}

interface VatCountry {
  /** The number after the country code, as it may be written. */
  body: string;
  /** Takes the number without separators. */
  check: (number: string) => boolean;
  /** Follows the strength of the check: a Luhn or MOD 11,10 digit lets one number in ten through. */
  score: number;
}

const GROUP3 = `\\d{3}${SEP_OPT}\\d{3}${SEP_OPT}\\d{3}`;

/**
 * The EU VAT numbers whose check is cheap: France, and the neighbours whose numbers show up in
 * French files. Only France's code is also read in lower case: `de`, `it` and `lu` are words.
 */
const COUNTRIES: Readonly<Record<string, VatCountry>> = {
  FR: {
    body: `\\d\\d${SEP_OPT}${GROUP3}`,
    check: (n) => tvaKey(n.slice(2)) === n.slice(0, 2),
    score: 0.9,
  },
  BE: {
    body: "[01]?\\d{3}[ .\\u00A0]?\\d{3}[ .\\u00A0]?\\d{3}",
    check: (n) => 97 - (Number(n.slice(0, 8)) % 97) === Number(n.slice(8)),
    score: 0.85,
  },
  LU: {
    body: "\\d{8}",
    check: (n) => Number(n.slice(0, 6)) % 89 === Number(n.slice(6)),
    score: 0.8,
  },
  NL: { body: "\\d{9}[Bb]\\d\\d", check: dutchVatHolds, score: 0.8 },
  DE: { body: "[1-9]\\d{8}", check: mod11_10, score: 0.6 },
  IT: { body: "\\d{11}", check: luhn, score: 0.6 },
};

const TVA_REGEX = new RegExp(
  `(?:${Object.entries(COUNTRIES)
    .map(
      ([code, { body }]) => `${code === "FR" ? "[Ff][Rr]" : code}${startBehind(2)}${SEP_OPT}${body}`
    )
    .join("|")})${NUMBER_END}`,
  "gu"
);

/** Country code and number, upper case, no separators; old nine-digit Belgian numbers get their 0. */
function normalizeTva(value: string): string {
  const id = compact(value);
  return id.startsWith("BE") && id.length === 11 ? `BE0${id.slice(2)}` : id;
}

/** Intra-community VAT numbers: French, and Belgian, German, Italian, Luxembourg and Dutch ones. */
export const tvaRecognizer = createPatternRecognizer({
  name: "tva",
  type: "TVA",
  patterns: [{ name: "vat", regex: TVA_REGEX, score: 0.9, gate: CAPITALS_AND_DIGITS }],
  validate: (value) => {
    const id = normalizeTva(value);
    const country = COUNTRIES[id.slice(0, 2)];
    return country?.check(id.slice(2)) ? country.score : false;
  },
  normalize: normalizeTva,
  context: {
    words: [
      "tva",
      "intracommunautaire",
      "intra-communautaire",
      "vat",
      "ust-id",
      "partita iva",
      "btw",
    ],
  },
});
