import type { Entity } from "../entity.ts";
import { createPatternRecognizer, type Gate } from "../pattern-recognizer.ts";
import type { Recognizer } from "../recognizer.ts";
import { fold } from "../text/fold.ts";
import { ENGLISH_MONTHS, FOREIGN_MONTHS, FRENCH_MONTHS } from "../text/months.ts";
import { afterLabel, anyCase, anyCaseOf } from "./fixed-format-parts.ts";

const MONTH_ABBREVIATIONS = ["janv.", "févr.", "avr.", "juil.", "sept.", "oct.", "nov.", "déc."];
/** English forms write three letters, without a period: `DOB: 5 Nov 2009`. */
const ENGLISH_ABBREVIATIONS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];
const MONTHS = FRENCH_MONTHS;
const MONTH = anyCaseOf([
  ...MONTHS,
  ...ENGLISH_MONTHS,
  ...new Set(FOREIGN_MONTHS.flat()),
  ...MONTH_ABBREVIATIONS,
  ...ENGLISH_ABBREVIATIONS,
]);
/** `de` between a day, its month and its year, as Spanish and Portuguese write them. */
const OF = `(?:\\s+${anyCaseOf(["de", "del"])})?`;

const YEAR = "(?:1[89]|20)\\d\\d";
const DAY = "(?:3[01]|[12]\\d|0?[1-9])";
const MONTH_NUMBER = "(?:1[0-2]|0?[1-9])";

/** English ordinal suffixes: `12th March 1985`, `March 1st, 1985`. */
const ORDINAL = "(?:st|nd|rd|th)?";
/**
 * A day: `3 mars 1980`, `1er janvier 1975`, `3 juillet 91`, `03/03/1980`, `3.3.1980`, `03/03/80`,
 * `1980-03-03`; in English, `12 March 1985`, `12th March, 1985`, `March 12, 1985`, and the
 * month first where the day cannot be a month (`02/28/1978`).
 */
const FULL_DATE = [
  `(?:1er|1ᵉʳ|${DAY}${ORDINAL}\\.?)${OF}\\s+${MONTH},?${OF}\\s+(?:${YEAR}|\\d\\d)`,
  `${anyCaseOf([...ENGLISH_MONTHS])}\\s+${DAY}${ORDINAL},?\\s+${YEAR}`,
  `${DAY}[/.-]${MONTH_NUMBER}[/.-](?:${YEAR}|\\d\\d)`,
  `${MONTH_NUMBER}/(?:1[3-9]|2\\d|3[01])/${YEAR}`,
  `${YEAR}-(?:1[0-2]|0[1-9])-(?:3[01]|[12]\\d|0[1-9])`,
].join("|");

const WORD_START = "(?<![\\p{L}\\p{N}])";
const END = "(?![\\p{L}\\p{N}]|[/.-]\\p{N})";

/** né, née, né(e), nés…, then maybe a place: `né à Saint-Étienne (Loire), le`. */
const BORN_WORDS = [
  "né",
  "née",
  "nés",
  "nées",
  "né(e)",
  "né(e)s",
  "né·e",
  "né (e)",
  "born",
  // Spanish, Italian, Portuguese and German.
  "nacido",
  "nacida",
  "nato",
  "nata",
  "nascido",
  "nascida",
  "geboren",
];
const BORN = `${WORD_START}${anyCaseOf(BORN_WORDS)}\\s+`;
/** A place name: capitalised words and their particles (`La Roche-sur-Yon`, `Aix en Provence`). */
const PLACE_WORD =
  "(?:(?:sur|sous|en|de|du|des|la|le|les|lès|d['’]|l['’])\\s*)?\\p{Lu}[^\\s,;:.()]*";
/** A city's district after its name: `Paris 13ème`, `Lyon 3e arrondissement`. */
const DISTRICT = `(?:\\s+\\d{1,2}(?:er|e|ème|eme|è)(?:\\s+${anyCase("arrondissement")})?)?`;
const PLACE =
  `(?:${anyCaseOf(["à", "au", "aux", "en", "in", "a", "em"])}\\s+${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,3}` +
  `${DISTRICT}(?:\\s*\\([^()\\n]{1,30}\\))?,?\\s+)?`;
/** A maiden name between the word and the date: `née Fabre le 3 mars 1980`. */
const MAIDEN_NAME = "(?:\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2},?\\s+)?";
/** `le` or `on` before the day, which a hurried note leaves out (`born 02/28/1978`). */
const BORN_ON = `${BORN}${MAIDEN_NAME}${PLACE}(?:${anyCaseOf(["le", "on", "el", "il", "em", "am"])}\\s*:?\\s*)?`;
/**
 * `né en 1980`, `nés respectivement en 1929 et 1923`, `né en mars 1980` (the month joins the year
 * afterwards: see {@link withMonth}).
 */
const MONTH_BEFORE_YEAR = `(?:${MONTH}\\s+)?`;
const BORN_IN =
  `${BORN}(?:${anyCase("respectivement")}\\s+)?${PLACE}${anyCaseOf(["en", "in"])}\\s+` +
  `${MONTH_BEFORE_YEAR}(?:${YEAR}(?:\\s*,\\s*|\\s+${anyCase("et")}\\s+))*`;

/**
 * Labels of forms: `Date de naissance : 03/03/1980`, `DN : 03/03/1980`, `DDN 12/06/62`, `date de
 * naiss. 12/03/85`, and the genealogist's `°` for born (`° 03/07/1991`; `n°` is no label).
 */
const BIRTH_LABEL_WORDS = [
  "date de naissance",
  "date et lieu de naissance",
  "date de naiss.",
  "date de naiss",
  "date of birth",
  "DOB",
  "DDN",
  "D.D.N.",
  "DN",
  "D.N.",
  "°",
  "fecha de nacimiento",
  "data di nascita",
  "data de nascimento",
  "Geburtsdatum",
  "geb.",
];
const BIRTH_LABEL =
  `${WORD_START}${anyCaseOf(BIRTH_LABEL_WORDS)}\\s*:?\\s*` +
  `(?:${anyCaseOf(["le", "is", "was"])}\\s+)?`;

/**
 * The words every label holds, found by a search far cheaper than the patterns' look-behinds,
 * which would otherwise run at every date of the text: `né` and its forms at a word start, with
 * what may follow them (a capital, `à`, `au`, `en`, `in`, `le`, `on`, `respectivement`, `(e)`),
 * `born`, `naiss…`, `birth`, `DOB`, `DN`, a `°` after no letter. A date counts only when it follows one within
 * {@link LABEL_REACH} characters. The search stops at every `n` and `b` only: `DN` and `DOB` are
 * read back from their last letter, not at every `d` of the text.
 */
const LABEL_FOLLOWER =
  "\\S{0,4}\\s+(?:\\p{Lu}|\\(|[àÀaA]|[eE][nN]|[iI][nN]|[lL][eE]|[oO][nN]|[rR][eE]|\\d)";
const LABEL_WORDS = new RegExp(
  // `né…`, `naiss…`, `DN`; Spanish, Italian and Portuguese `nacid…`, `nacim…`, `nato `, `nata `,
  // `nasc…`: one branch per first letter, the search stopping at each `n` once.
  `[nN](?:[éÉeE](?<![\\p{L}\\p{N}][nN][éÉeE])${LABEL_FOLLOWER}` +
    `|[aA](?:[iI][sS][sS]|[cC][iI][dDmM]|[tT][aAoO] |[sS][cC])|(?<=[dD]\\.?[nN]))` +
    `|[bB](?:[oO][rR][nN]${LABEL_FOLLOWER}|${anyCase("irth")}|(?<=[dD][oO][bB]))` +
    // German's `geb.`, `geboren`, `Geburtsdatum`.
    `|[gG][eE][bB](?:\\.|[oO][rR]|[uU][rR][tT])` +
    `|(?<![\\p{L}\\p{N}])°`,
  "gu"
);
/**
 * How far after a label word its date may start: past a maiden name, a birthplace with its
 * department in brackets, and a list of years (`nés respectivement en 1929, 1931 et 1935`).
 */
const LABEL_REACH = 250;
const LABELLED: Gate = { regex: LABEL_WORDS, before: 0, after: LABEL_REACH };

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
  const folded = fold(word).replace(".", "").replace(/,$/, "");
  const french = MONTHS.findIndex((month) => fold(month).startsWith(folded)) + 1;
  if (french) return french;
  const english = ENGLISH_MONTHS.findIndex((month) => month.startsWith(folded)) + 1;
  if (english) return english;
  for (const months of FOREIGN_MONTHS) {
    const foreign = months.findIndex((month) => fold(month) === folded) + 1;
    if (foreign) return foreign;
  }
  return 0;
}

const pad = (n: number) => String(n).padStart(2, "0");

const isPast = (year: number) => year <= new Date().getFullYear();

/** `yyyy-mm-dd` if the day exists and is not in a coming year; undefined otherwise. */
function isoDay(year: number, month: number, day: number): string | undefined {
  if (!isPast(year) || month < 1 || month > 12) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/**
 * The date in ISO form (the year alone for a year), its identity whatever the writing; undefined
 * when it is no past date. The table reader keys its birth dates' cells with it too.
 */
export function birthKey(value: string): string | undefined {
  let parts = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (parts) return isoDay(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  parts = /^(\d\d?)[/.-](\d\d?)[/.-](\d{2,4})$/.exec(value);
  if (parts) {
    // The month first, as American forms write it, where the second number is no month.
    const [day, month] = Number(parts[2]) > 12 ? [parts[2], parts[1]] : [parts[1], parts[2]];
    return isoDay(fullYear(parts[3]!), Number(month), Number(day));
  }
  parts = /^(\d\d?)(?:er|ᵉʳ|st|nd|rd|th|\.)?\s+(\S+)\s+(\d{4}|\d\d)$/u.exec(
    value.replace(/\s+de[l]?(?=\s)/giu, "")
  );
  if (parts) return isoDay(fullYear(parts[3]!), monthNumber(parts[2]!), Number(parts[1]));
  parts = /^(\p{L}+)\s+(\d\d?)(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(value);
  if (parts) return isoDay(Number(parts[3]), monthNumber(parts[1]!), Number(parts[2]));
  parts = /^(\S+)\s+(\d{4})$/u.exec(value);
  if (parts) return isoDay(Number(parts[2]), monthNumber(parts[1]!), 1)?.slice(0, 7);
  return /^\d{4}$/.test(value) && isPast(Number(value)) ? value : undefined;
}

/** A month written right before a year, as the whole of it: `mars 1980` of `né en mars 1980`. */
const MONTH_ENDING = new RegExp(`(?<![\\p{L}\\p{N}])${MONTH}\\s+$`, "u");

/**
 * The year of a birth given with its month (`né en mars 1980`) widened to the month, which tells
 * much more than the year alone. The patterns cannot match it: they begin with a digit, which
 * keeps them fast, and the label's look-behind has already read the month.
 */
function withMonth(text: string, entity: Entity): Entity {
  if (entity.end - entity.start !== 4) return entity;
  const month = MONTH_ENDING.exec(text.slice(Math.max(0, entity.start - 16), entity.start));
  if (!month) return entity;
  const start = entity.start - month[0].length;
  const value = text.slice(start, entity.end);
  const key = birthKey(value);
  return key === undefined ? entity : { ...entity, start, key };
}

const patternRecognizer = createPatternRecognizer({
  name: "birth-date",
  type: "DATE_NAISSANCE",
  patterns: [
    { name: "date", regex: regex(`${BORN_ON}|${BIRTH_LABEL}`, FULL_DATE), score: 0.9 },
    {
      name: "year",
      regex: regex(`${BORN_IN}|${BIRTH_LABEL}${MONTH_BEFORE_YEAR}`, YEAR),
      score: 0.8,
    },
  ],
  validate: (value) => birthKey(value) !== undefined,
  normalize: (value) => birthKey(value) ?? value,
  gate: LABELLED,
});

/**
 * Dates of birth, and no other date: a date counts only right after `né le`, `née à Lyon le`,
 * `date de naissance :` or `DN :`, which stay outside the entity; `né en 1980` gives the year,
 * `né en mars 1980` the month and year. `l'audience du 3 mars 2021` is not found.
 */
export const birthDateRecognizer: Recognizer = {
  name: patternRecognizer.name,
  type: patternRecognizer.type,
  analyze: (text) => patternRecognizer.analyze(text).map((entity) => withMonth(text, entity)),
};
