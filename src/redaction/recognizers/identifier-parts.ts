import type { FoundGate, Gate } from "../pattern-recognizer.ts";

/**
 * Regex pieces and helpers shared by the recognizers of numbered identifiers (NIR, IBAN, RIB,
 * SIREN, SIRET, TVA, numéro fiscal, bank cards).
 */

/** One separator between the groups of a number: space, no-break space, narrow no-break space. */
export const SEP = "[ \\u00A0\\u202F]";

/** An optional separator between two groups. */
export const SEP_OPT = `${SEP}?`;

/**
 * A letter or digit that may touch a number in a French text: ASCII and the Latin letters with
 * diacritics. Spelled out rather than `[\\p{L}\\p{N}]`, which the regex engine checks about twice
 * as slowly on number-dense text.
 */
export const WORD_CHAR = "[0-9A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]";

/**
 * The start of a number: not inside a word or a longer number, and not in the middle of a grouped
 * one (`123 456 789` in `1 123 456 789 €` or in `FR 40 303 265 045`).
 */
export const NUMBER_START = `(?<!${WORD_CHAR})(?<![0-9][ \\u00A0\\u202F.,-])`;

/** The end of a number: the same, and not followed by decimals (`123 456 789,50`). */
export const NUMBER_END = `(?!${WORD_CHAR})(?![ \\u00A0\\u202F.,-][0-9])`;

/** A looser end that lets another number follow after a space (`… 3456 7890 12/25`), not decimals. */
export const WORD_END = `(?!${WORD_CHAR})(?![.,][0-9])`;

/**
 * The start boundary of a value that begins with `prefixLength` letters (`FR40…`), written to
 * follow them: a look-behind placed first would cost a check at every letter of the text.
 */
export function startBehind(prefixLength: number): string {
  return `(?<!${WORD_CHAR}.{${prefixLength}})`;
}

/**
 * Where a value made of capitals then digits may start (`FR 40 303…` for TVA, `AB-123-CD`, the old
 * plates' `123 ABC 75`): the first digit after two capitals (or `fr`) and a separator at most,
 * or a digit before a capital. Prose puts few capitals against digits, and the search skips
 * from digit to digit, so the patterns run in a few short windows instead of over every capital.
 */
export const CAPITALS_AND_DIGITS: Gate = {
  regex: /\d(?:(?<=(?:[A-Z][A-Z]|[Ff][Rr])[ \u00A0\u202F-]?\d)|[ \u00A0-]?[A-Z])/gu,
  before: 3,
  after: 0,
  atDigit: true,
};

/**
 * Where a long number may start: two digits, then seven more with at most one separator (space,
 * period, hyphen) between two. Every national phone number, SIREN, SIRET, RIB, bank card and
 * numéro fiscal begins so, while prose seldom does (its dates, article numbers and amounts are
 * shorter), and a search that begins with two digits skips through prose fast. Their patterns
 * need no reach: a number starts where an occurrence starts or inside one, since the search reads
 * the text once from left to right.
 */
export const LONG_NUMBER: Gate = {
  regex: /\d\d(?:[ .\-\u00A0\u202F]?\d){7}/gu,
  before: 0,
  after: 0,
  atDigit: true,
};

/**
 * A gate at the first digit of a run of digits that `rest` continues (its other digits, and what
 * follows them). In a long run of digits (a table without separators, or hostile text) it has one
 * occurrence, where `\d{7}` has one at every seventh digit, each opening a window for its pattern:
 * a 400 KB run took three times as long with five gates of that kind.
 */
export function atDigitRunStart(rest: string, before = 0): Gate {
  return { regex: new RegExp(`\\d(?<!\\d\\d)${rest}`, "gu"), before, after: 0, atDigit: true };
}

/**
 * Where a value may start after `n°`: each `°` found by `indexOf` (a rare character, read at
 * memory speed), after an `n` or an `N`, as an occurrence's start and end. For values that only their labels, ending in `n°`, tell
 * apart (`carte d'identité portugaise n° 12345678 9 ZX4`, `acte de mariage n° 457`).
 */
export const AFTER_NUMBER_SIGNS: FoundGate = {
  find(text) {
    const found: number[] = [];
    for (let at = text.indexOf("°"); at >= 0; at = text.indexOf("°", at + 1))
      if (text[at - 1] === "n" || text[at - 1] === "N") found.push(at + 1, at + 1);
    return found;
  },
  before: 0,
  after: 4,
};

/** A global regex matching `body` as a whole number between these boundaries. */
export function numberRegex(body: string, end = NUMBER_END): RegExp {
  return new RegExp(`${NUMBER_START}(?:${body})${end}`, "gu");
}

/** The letters and digits of a value, upper-cased: its identity whatever the spacing. */
export function compact(value: string): string {
  return value.replace(/[^0-9A-Za-z]/g, "").toUpperCase();
}

/** The digits of a value. */
export function digitsOf(value: string): string {
  return value.replace(/\D/g, "");
}

/** Whether a currency or a percent sign follows the end of a number: an amount, not an identifier. */
export function isAmount(text: string, end: number): boolean {
  return /^[ \u00A0\u202F]?(?:€|EUR\b|euros?\b|\$|%)/i.test(text.slice(end, end + 7));
}

/** A run of one repeated digit (`000000000`) passes Luhn but is a placeholder, not an identifier. */
export function isOneDigitRepeated(digits: string): boolean {
  return /^(\d)\1*$/.test(digits);
}

/** Words that announce a company identifier, shared by the SIREN and SIRET recognizers. */
export const COMPANY_CONTEXT = [
  "siren",
  "siret",
  "rcs",
  "r.c.s",
  "registre du commerce",
  "immatricul",
  "entreprise",
  "societe",
  "etablissement",
  "greffe",
  "sas",
  "sarl",
  "insee",
] as const;

/**
 * The validation shared by SIREN and SIRET: the checksum holds on the digits, and the number is
 * neither an amount (`123 456 789 €`) nor one digit repeated.
 */
export function companyNumberValidator(checksumHolds: (digits: string) => boolean) {
  return (value: string, text: string, start: number): boolean => {
    const digits = digitsOf(value);
    return (
      checksumHolds(digits) && !isOneDigitRepeated(digits) && !isAmount(text, start + value.length)
    );
  };
}
