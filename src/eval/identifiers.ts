/**
 * Valid identifiers for the generated corpus, with their real check digits. Written here rather than
 * borrowed from the engine, so that a checksum bug in the engine cannot hide in its own gold data.
 */
import type { Random } from "./random.ts";

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** Letters used on French plates (I, O and U look like digits or V). */
const PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTVWXYZ";

/** Remainder modulo 97 of a decimal string of any length. */
export function mod97(digits: string): number {
  let rest = 0;
  for (const digit of digits) rest = (rest * 10 + Number(digit)) % 97;
  return rest;
}

/** The digit that makes `payload` followed by it pass the Luhn test. */
export function luhnCheckDigit(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let digit = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** Spaces a compact value into groups of the given sizes (the rest goes into a last group). */
export function group(value: string, sizes: readonly number[], separator = " "): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= value.length) break;
    parts.push(value.slice(at, at + size));
    at += size;
  }
  if (at < value.length) parts.push(value.slice(at));
  return parts.join(separator);
}

/**
 * NIR (numéro de sécurité sociale), 15 characters: sex, year, month, the INSEE code of the place of
 * birth (`69123`, `2A004`, `97411`, `99350` abroad), order number, key = 97 - (number mod 97) where
 * Corsica's 2A and 2B count as 19 and 18.
 */
export function nir(
  sex: 1 | 2,
  year: number,
  month: number,
  inseeCode: string,
  order: number
): string {
  const body = `${sex}${pad(year % 100, 2)}${pad(month, 2)}${inseeCode}${pad(order, 3)}`;
  const numeric = body.replace("2A", "19").replace("2B", "18");
  return body + pad(97 - mod97(numeric), 2);
}

/** The French RIB key of a bank code, branch code and account number (digits only). */
export function ribKey(bank: string, branch: string, account: string): string {
  return pad(97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(account)) % 97), 2);
}

const lettersAsDigits = (value: string) =>
  value.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));

/** A compact IBAN from a country code and a BBAN, with its mod-97 check digits. */
export function iban(country: string, bban: string): string {
  const check = 98 - mod97(lettersAsDigits(bban + country) + "00");
  return country + pad(check, 2) + bban;
}

export interface FrenchAccount {
  bank: string;
  branch: string;
  account: string;
  key: string;
}

export function frenchAccount(random: Random, bank: string): FrenchAccount {
  const branch = random.digits(5);
  const account = random.digits(11);
  return { bank, branch, account, key: ribKey(bank, branch, account) };
}

export const frenchIban = (a: FrenchAccount) => iban("FR", a.bank + a.branch + a.account + a.key);

/** IBANs of neighbouring countries, with their national check digits where they have simple ones. */
export function foreignIban(random: Random): string {
  switch (random.pick(["DE", "BE", "ES", "GB"] as const)) {
    case "DE":
      return iban("DE", random.digits(18));
    case "BE": {
      const base = random.digits(10);
      return iban("BE", base + pad(Number(base) % 97 || 97, 2));
    }
    case "ES": {
      const bankBranch = random.digits(8);
      const account = random.digits(10);
      return iban(
        "ES",
        bankBranch + spanishControl("00" + bankBranch) + spanishControl(account) + account
      );
    }
    case "GB":
      return iban("GB", random.pick(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + random.digits(14));
  }
}

function spanishControl(digits: string): string {
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  const control = 11 - (sum % 11);
  return String(control === 11 ? 0 : control === 10 ? 1 : control);
}

export function siren(random: Random): string {
  const payload = String(random.int(1, 9)) + random.digits(7);
  return payload + luhnCheckDigit(payload);
}

/** A SIRET: the SIREN, then an establishment number whose last digit makes all 14 pass Luhn. */
export function siret(random: Random, sirenValue: string): string {
  const payload = sirenValue + "000" + random.int(1, 9);
  return payload + luhnCheckDigit(payload);
}

/** French intra-community VAT number: FR, key (12 + 3 × (SIREN mod 97)) mod 97, SIREN. */
export function tva(sirenValue: string): string {
  return "FR" + pad((12 + 3 * (Number(sirenValue) % 97)) % 97, 2) + sirenValue;
}

/** Numéro fiscal (SPI): 13 digits, the first 0 to 3, the last three = the first ten mod 511. */
export function numeroFiscal(random: Random): string {
  const head = String(random.int(0, 3)) + random.digits(9);
  return head + pad(Number(head) % 511, 3);
}

/** A 16-digit Visa or Mastercard number passing Luhn. */
export function bankCard(random: Random): string {
  const prefix = random.pick(["4", "4", "51", "53", "55", "2221", "2720"]);
  const payload = prefix + random.digits(15 - prefix.length);
  return payload + luhnCheckDigit(payload);
}

/** A French phone number, 10 digits, mobiles more often than landlines. */
export function phoneNumber(random: Random): string {
  return "0" + random.pick(["6", "6", "7", "1", "2", "3", "4", "5", "9"]) + random.digits(8);
}

export function formatPhone(digits: string, random: Random): string {
  const national = digits.slice(1);
  const pairs = group(national.slice(1), [2, 2, 2, 2]);
  switch (random.int(0, 8)) {
    case 0:
      return `+33 ${national[0]} ${pairs}`;
    case 1:
      return `0033 ${national[0]} ${pairs}`;
    case 2:
      return group(digits, [2, 2, 2, 2, 2], ".");
    case 3:
      return digits;
    case 4:
      return `+33 (0)${national[0]} ${pairs}`;
    case 5:
      return `+33${national}`;
    case 6:
      return group(digits, [2, 2, 2, 2, 2], "-");
    default:
      return group(digits, [2, 2, 2, 2, 2]);
  }
}

/**
 * A foreign number as French documents write them, in international writing: Belgium, Switzerland,
 * the United Kingdom, Morocco, Algeria, Italy, the United States.
 */
export function foreignPhone(random: Random): string {
  switch (random.int(0, 6)) {
    case 0:
      return `+32 4${random.digits(2)} ${group(random.digits(6), [2, 2, 2])}`;
    case 1:
      return `+41 7${random.int(5, 9)} ${group(random.digits(7), [3, 2, 2])}`;
    case 2:
      return `+44 (0)7${random.digits(3)} ${random.digits(6)}`;
    case 3:
      return `00212 6 ${group(random.digits(8), [2, 2, 2, 2])}`;
    case 4:
      return `+213 5${random.digits(2)} ${group(random.digits(6), [2, 2, 2])}`;
    case 5:
      return `+39 3${random.digits(2)} ${random.digits(3)} ${random.digits(4)}`;
    default:
      return `+1 ${random.int(201, 989)} ${random.int(201, 999)} ${random.digits(4)}`;
  }
}

/**
 * A phone's IMEI: a maker's eight-digit type code, a serial, the Luhn key; grouped as boxes print
 * it, or not.
 */
export function imei(random: Random): string {
  const payload = random.pick(["35", "86", "01"]) + random.digits(12);
  const value = payload + luhnCheckDigit(payload);
  return random.chance(0.5) ? value : group(value, [2, 6, 6, 1], "-");
}

/**
 * A vehicle's identification number: a French maker's code, eight more characters, a six-digit
 * serial.
 */
export function vin(random: Random): string {
  const characters = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
  return random.pick(["VF1", "VF3", "VF7"]) + random.chars(8, characters) + random.digits(6);
}

/** A plate of the current system (`AB-123-CD`) or of the old one (`123 ABC 75`). */
export function plate(random: Random, department: string): string {
  if (random.chance(0.7)) {
    const first = random.chars(2, PLATE_LETTERS);
    const last = random.chars(2, PLATE_LETTERS);
    // SS is never issued; WW marks temporary plates and only opens one.
    if (first === "SS" || last === "SS" || last === "WW") return plate(random, department);
    const number = pad(random.int(1, 999), 3);
    const separator = random.pick(["-", "-", "-", " ", ""]);
    return [first, number, last].join(separator);
  }
  const digits = String(random.int(1, 9999));
  return `${digits} ${random.chars(digits.length === 4 ? 2 : 3, PLATE_LETTERS)} ${department}`;
}

/** A French passport number: two digits, two letters, five digits. */
export function passport(random: Random): string {
  return random.digits(2) + random.chars(2, UPPER) + random.digits(5);
}

/** An identity card number: the 12-digit one of older cards, or the 9 characters of the new card. */
export function identityCard(
  random: Random,
  issued: { year: number; month: number },
  department: string
): string {
  if (random.chance(0.5)) return random.chars(9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789");
  return (
    pad(issued.year % 100, 2) +
    pad(issued.month, 2) +
    department.padStart(3, "0").slice(-3) +
    random.digits(5)
  );
}

/**
 * A driving licence number: the card's, shaped as a passport's, or the NEPH of twelve characters
 * (year and month, the département as the commune's INSEE code begins, `2A` in Corse-du-Sud, six
 * digits).
 */
export function drivingLicence(
  random: Random,
  issued: { year: number; month: number },
  insee: string
): string {
  if (random.chance(0.5)) return passport(random);
  return pad(issued.year % 100, 2) + pad(issued.month, 2) + insee.slice(0, 2) + random.digits(6);
}

const PUBLIC_IPV4_FIRST_OCTETS = [
  2, 5, 31, 37, 46, 62, 77, 78, 80, 81, 82, 83, 86, 88, 90, 91, 92, 109, 176, 185, 193, 194, 195,
  212, 213, 217,
];

export function ipv4(random: Random): string {
  return [
    random.pick(PUBLIC_IPV4_FIRST_OCTETS),
    random.int(0, 255),
    random.int(0, 255),
    random.int(1, 254),
  ].join(".");
}

export function ipv6(random: Random): string {
  const hextet = () => random.int(0, 0xffff).toString(16);
  const head = [random.pick(["2a01", "2a02", "2001", "2a00"]), hextet(), hextet(), hextet()];
  if (random.chance(0.5)) return [...head, hextet(), hextet(), hextet(), hextet()].join(":");
  return `${head.join(":")}::${hextet()}`;
}

/** A court docket number (numéro RG): year, slash, five digits. */
export function rgNumber(random: Random, year: number): string {
  return `${pad(year % 100, 2)}/${pad(random.int(1, 12000), 5)}`;
}

/** A Portalis number: court code, a letter, a year code, a case code (`DBVX-V-B7F-NXYZ`). */
export function portalisNumber(random: Random): string {
  const court = random.chars(4, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789");
  const caseCode = random.chars(random.int(4, 5), "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789");
  return `${court}-${random.pick(["V", "W", "B"])}-B7${random.pick(["D", "E", "F", "G", "H"])}-${caseCode}`;
}

/** A Cour de cassation appeal number, `Y 19-19.463`, the letter sometimes left out. */
export function pourvoiNumber(random: Random, year: number): string {
  const number = `${pad(year % 100, 2)}-${pad(random.int(10, 26), 2)}.${random.digits(3)}`;
  return random.chance(0.7) ? `${random.chars(1, "ABCDEFGHJKMNPQRSTUVWXYZ")} ${number}` : number;
}

/** A prosecution number (numéro de parquet): year, day of the year, sequence, 11 digits. */
export function parquetNumber(random: Random, year: number): string {
  return pad(year % 100, 2) + pad(random.int(1, 365), 3) + pad(random.int(1, 999999), 6);
}
