import { createPatternRecognizer } from "../pattern-recognizer.ts";
import { fold } from "../text/fold.ts";
import { FRENCH_MONTHS } from "../text/months.ts";
import { afterLabel, anyCase, anyCaseOf } from "./fixed-format-parts.ts";

const MONTH_ABBREVIATIONS = ["janv.", "févr.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc."];
const MONTHS = FRENCH_MONTHS;
const MONTH = anyCaseOf([...MONTHS, ...MONTH_ABBREVIATIONS]);

const YEAR = "(?:1[89]|20)\\d\\d";
const DAY = "(?:3[01]|[12]\\d|0?[1-9])";
const MONTH_NUMBER = "(?:1[0-2]|0?[1-9])";

/** A day: `3 mars 1980`, `1er janvier 1975`, `03/03/1980`, `3.3.1980`, `03/03/80`, `1980-03-03`. */
const FULL_DATE = [
  `(?:1er|1ᵉʳ|${DAY})\\s+${MONTH}\\s+${YEAR}`,
  `${DAY}[/.-]${MONTH_NUMBER}[/.-](?:${YEAR}|\\d\\d)`,
  `${YEAR}-(?:1[0-2]|0[1-9])-(?:3[01]|[12]\\d|0[1-9])`,
].join("|");

const WORD_START = "(?<![\\p{L}\\p{N}])";
const END = "(?![\\p{L}\\p{N}]|[/.-]\\p{N})";

/** né, née, né(e), nés…, then maybe a place: `né à Saint-Étienne (Loire), le`. */
const BORN_WORDS = ["né", "née", "nés", "nées", "né(e)", "né(e)s", "né·e", "né (e)", "born"];
const BORN = `${WORD_START}${anyCaseOf(BORN_WORDS)}\\s+`;
/** A place name: capitalised words and their particles (`La Roche-sur-Yon`, `Aix en Provence`). */
const PLACE_WORD =
  "(?:(?:sur|sous|en|de|du|des|la|le|les|lès|d['’]|l['’])\\s*)?\\p{Lu}[^\\s,;:.()]*";
const PLACE =
  `(?:${anyCaseOf(["à", "au", "aux", "en", "in"])}\\s+${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,3}` +
  `(?:\\s*\\([^()\\n]{1,30}\\))?,?\\s+)?`;
const BORN_ON = `${BORN}${PLACE}${anyCaseOf(["le", "on"])}\\s*:?\\s*`;
/**
 * `né en 1980`, `nés respectivement en 1929 et 1923`; `né en mars 1980` gives the year only, the
 * month alone saying little.
 */
const BORN_IN =
  `${BORN}(?:${anyCase("respectivement")}\\s+)?${PLACE}${anyCaseOf(["en", "in"])}\\s+` +
  `(?:${MONTH}\\s+)?(?:${YEAR}(?:\\s*,\\s*|\\s+${anyCase("et")}\\s+))*`;

/** Labels of forms: `Date de naissance : 03/03/1980`, `DN : 03/03/1980`. */
const BIRTH_LABEL_WORDS = [
  "date de naissance",
  "date et lieu de naissance",
  "date of birth",
  "DOB",
  "DN",
  "D.N.",
];
const BIRTH_LABEL = `${WORD_START}${anyCaseOf(BIRTH_LABEL_WORDS)}\\s*:?\\s*(?:${anyCase("le")}\\s+)?`;

const regex = (label: string, value: string) =>
  new RegExp(`${afterLabel(label, value)}${END}`, "gu");

/** The year of a two-digit one: the latest past year that ends so. */
function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 4) return year;
  const thisYear = new Date().getFullYear();
  return year <= thisYear % 100 ? 2000 + year : 1900 + year;
}

function monthNumber(word: string): number {
  const folded = fold(word).replace(".", "");
  return MONTHS.findIndex((month) => fold(month).startsWith(folded)) + 1;
}

const pad = (n: number) => String(n).padStart(2, "0");

const isPast = (year: number) => year <= new Date().getFullYear();

/** `yyyy-mm-dd` if the day exists and is not in a coming year; undefined otherwise. */
function isoDay(year: number, month: number, day: number): string | undefined {
  if (!isPast(year) || month < 1 || month > 12) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/** The date in ISO form (the year alone for a year), its identity whatever the writing. */
function birthKey(value: string): string | undefined {
  let parts = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (parts) return isoDay(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  parts = /^(\d\d?)[/.-](\d\d?)[/.-](\d{2,4})$/.exec(value);
  if (parts) return isoDay(fullYear(parts[3]!), Number(parts[2]), Number(parts[1]));
  parts = /^(\d\d?)(?:er|ᵉʳ)?\s+(\S+)\s+(\d{4})$/u.exec(value);
  if (parts) return isoDay(Number(parts[3]), monthNumber(parts[2]!), Number(parts[1]));
  return /^\d{4}$/.test(value) && isPast(Number(value)) ? value : undefined;
}

/**
 * Dates of birth, and no other date: a date counts only right after `né le`, `née à Lyon le`,
 * `date de naissance :` or `DN :`, which stay outside the entity; `né en 1980` gives the year.
 * `l'audience du 3 mars 2021` is not found.
 */
export const birthDateRecognizer = createPatternRecognizer({
  name: "birth-date",
  type: "DATE_NAISSANCE",
  patterns: [
    { name: "date", regex: regex(`${BORN_ON}|${BIRTH_LABEL}`, FULL_DATE), score: 0.9 },
    { name: "year", regex: regex(`${BORN_IN}|${BIRTH_LABEL}`, YEAR), score: 0.8 },
  ],
  validate: (value) => birthKey(value) !== undefined,
  normalize: (value) => birthKey(value) ?? value,
});
