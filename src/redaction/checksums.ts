/**
 * Check-digit algorithms of the identifiers the engine recognizes. Inputs are compact strings
 * (no separators); functions that compute a key return it zero-padded, as it is written.
 * Plain numbers only: every intermediate value stays far below 2^53, so no BigInt is needed.
 */

const isDigits = (value: string): boolean => /^\d+$/.test(value);

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

/** Luhn (ISO/IEC 7812): bank cards, SIREN, SIRET, Italian VAT numbers. */
export function luhn(digits: string): boolean {
  if (!isDigits(digits)) return false;
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Remainder modulo 97 of a number of any length written in digits and letters, each letter read
 * as the two digits of its value (A = 10 … Z = 35), as ISO 7064 MOD 97-10 and ISO 13616 do.
 * Computed digit by digit so that nothing grows past 9,700. NaN for any other character.
 */
export function mod97(value: string): number {
  let remainder = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const upper = code & ~32; // clears the ASCII lower-case bit: a–z become A–Z
    if (code >= 48 && code <= 57) remainder = (remainder * 10 + code - 48) % 97;
    else if (upper >= 65 && upper <= 90) remainder = (remainder * 100 + upper - 55) % 97;
    else return NaN;
  }
  return remainder;
}

/** The IBAN with its first four characters moved to the end, as ISO 13616 reads it. */
const ibanRemainder = (iban: string): number => mod97(iban.slice(4) + iban.slice(0, 4));

/** The ISO 13616 check: the remainder is 1. Says nothing about the length of the country. */
export function ibanChecksumHolds(iban: string): boolean {
  return iban.length > 4 && ibanRemainder(iban) === 1;
}

/** The two check digits of an IBAN for a country code and a BBAN. */
export function ibanCheckDigits(country: string, bban: string): string {
  return pad(98 - ibanRemainder(`${country}00${bban}`), 2);
}

/** French RIB letters read as digits: A/J → 1, B/K/S → 2, … I/R/Z → 9. */
function ribDigits(value: string): string {
  return value.toUpperCase().replace(/[A-Z]/g, (letter) => {
    const code = letter.charCodeAt(0);
    return String(code <= 73 ? code - 64 : code <= 82 ? code - 73 : code - 81);
  });
}

/** The RIB key of a bank code (5 digits), branch code (5 digits) and account number (11 alphanumerics). */
export function ribKey(banque: string, guichet: string, compte: string): string {
  const account = ribDigits(compte);
  if (!/^\d{5}$/.test(banque) || !/^\d{5}$/.test(guichet) || !/^\d{11}$/.test(account)) return "";
  return pad(97 - ((89 * Number(banque) + 15 * Number(guichet) + 3 * Number(account)) % 97), 2);
}

/**
 * The key of a NIR from its first 13 characters. Corsican departments are numbers for the
 * computation: 2A reads 19 and 2B reads 18.
 */
export function nirKey(first13: string): string {
  const digits = first13
    .toUpperCase()
    .replace(/^(\d{5})2A/, "$119")
    .replace(/^(\d{5})2B/, "$118");
  if (!/^\d{13}$/.test(digits)) return "";
  return pad(97 - (Number(digits) % 97), 2);
}

/** The key of a French numéro fiscal (SPI): its first 10 digits modulo 511, on three digits. */
export function spiKey(first10: string): string {
  if (!/^\d{10}$/.test(first10)) return "";
  return pad(Number(first10) % 511, 3);
}

/** The key of a French VAT number from the company's SIREN. */
export function tvaKey(siren: string): string {
  if (!/^\d{9}$/.test(siren)) return "";
  return pad((12 + 3 * (Number(siren) % 97)) % 97, 2);
}

/** The SIREN of La Poste, whose establishments' SIRET follow their own rule. */
const LA_POSTE_SIREN = "356000000";

export function isValidSiren(siren: string): boolean {
  return siren.length === 9 && luhn(siren);
}

/** Luhn on the 14 digits, except La Poste's establishments: the sum of the digits is a multiple of 5. */
export function isValidSiret(siret: string): boolean {
  if (siret.length !== 14 || !isDigits(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN)) {
    let sum = 0;
    for (let i = 0; i < siret.length; i++) sum += siret.charCodeAt(i) - 48;
    return sum % 5 === 0;
  }
  return luhn(siret);
}

/** ISO 7064 MOD 11,10, as used by German VAT numbers: true when the check digit holds. */
export function mod11_10(digits: string): boolean {
  if (!isDigits(digits)) return false;
  let product = 10;
  for (let i = 0; i < digits.length - 1; i++) {
    const sum = (digits.charCodeAt(i) - 48 + product) % 10 || 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === digits.charCodeAt(digits.length - 1) - 48;
}
