/**
 * Check digits of other countries' national numbers, as their issuers publish them. Inputs are
 * compact strings (no separators). Each returns false for a string of the wrong shape.
 */

const digitsOnly = (value: string, length: number) =>
  value.length === length && /^\d+$/.test(value);

const digitAt = (value: string, i: number) => value.charCodeAt(i) - 48;

/** A weighted sum of the first `weights.length` digits. */
function weighted(value: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += digitAt(value, i) * weights[i]!;
  return sum;
}

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

/**
 * Spain's DNI (`12345678Z`) and NIE (`X1234567L`): the letter is the number modulo 23, an NIE's
 * first letter read as 0, 1 or 2.
 */
export function spanishIdHolds(value: string): boolean {
  const nie = "XYZ".indexOf(value[0]!);
  const digits = nie >= 0 ? `${nie}${value.slice(1, -1)}` : value.slice(0, -1);
  if (!digitsOnly(digits, 8)) return false;
  return DNI_LETTERS[Number(digits) % 23] === value[value.length - 1];
}

/** The values of a codice fiscale's characters at odd places (1st, 3rd…), digits as letters. */
const ODD_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

/** Italy's codice fiscale: the last letter checks the fifteen characters before it. */
export function italianFiscalCodeHolds(code: string): boolean {
  if (!/^[A-Z0-9]{15}[A-Z]$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = code.charCodeAt(i);
    // A digit counts as the letter of its rank (0 as A) at odd places, as itself at even ones.
    const rank = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? ODD_VALUES[rank]! : rank;
  }
  return code.charCodeAt(15) - 65 === sum % 26;
}

/**
 * Belgium's national register number (`85.07.30-033.28`): 97 minus the first nine digits modulo
 * 97; for people born from 2000, with a 2 before them.
 */
export function belgianNationalNumberHolds(value: string): boolean {
  if (!digitsOnly(value, 11)) return false;
  const check = Number(value.slice(9));
  const body = value.slice(0, 9);
  return 97 - (Number(body) % 97) === check || 97 - (Number(`2${body}`) % 97) === check;
}

/** EAN-13 (GS1): Switzerland's AVS number, `756.1234.5678.97`. */
export function ean13Holds(value: string): boolean {
  if (!digitsOnly(value, 13)) return false;
  const sum = weighted(value, [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]);
  return (10 - (sum % 10)) % 10 === digitAt(value, 12);
}

/** Poland's PESEL: eleven digits, the last checking the ten before it. */
export function peselHolds(value: string): boolean {
  if (!digitsOnly(value, 11)) return false;
  const sum = weighted(value, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
  return (10 - (sum % 10)) % 10 === digitAt(value, 10);
}

/** Romania's CNP: thirteen digits, the last checking the twelve before it (10 written 1). */
export function cnpHolds(value: string): boolean {
  if (!digitsOnly(value, 13) || value[0] === "0") return false;
  const rest = weighted(value, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return (rest === 10 ? 1 : rest) === digitAt(value, 12);
}

/** The Netherlands' BSN: the eleven test, the last digit weighted −1. */
export function bsnHolds(value: string): boolean {
  if (!digitsOnly(value, 9)) return false;
  const sum = weighted(value, [9, 8, 7, 6, 5, 4, 3, 2]) - digitAt(value, 8);
  return sum % 11 === 0 && sum > 0;
}

/** The United Kingdom's NHS number: modulo 11 over nine digits, 11 written 0, 10 never issued. */
export function nhsNumberHolds(value: string): boolean {
  if (!digitsOnly(value, 10)) return false;
  const check = 11 - (weighted(value, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return check !== 10 && (check === 11 ? 0 : check) === digitAt(value, 9);
}

/** Portugal's NIF: modulo 11 over eight digits, 10 and 11 written 0. */
export function portugueseNifHolds(value: string): boolean {
  if (!digitsOnly(value, 9)) return false;
  const check = 11 - (weighted(value, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (check >= 10 ? 0 : check) === digitAt(value, 8);
}

/**
 * Spain's social security number (NUSS), `28 1234567840`: province, number, and two digits
 * checking them modulo 97 (the province counted in units of 10^7 when the number is shorter).
 */
export function spanishSocialSecurityHolds(value: string): boolean {
  if (!digitsOnly(value, 12)) return false;
  const province = Number(value.slice(0, 2));
  const number = Number(value.slice(2, 10));
  const checked = number < 10_000_000 ? province * 10_000_000 + number : Number(value.slice(0, 10));
  return checked % 97 === Number(value.slice(10));
}
