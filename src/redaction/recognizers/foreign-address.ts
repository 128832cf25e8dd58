import { createPatternRecognizer, type FoundGate } from "../pattern-recognizer.ts";
import { isDigitCode, isLetterCode, isUpperCode, occursAt } from "../text/chars.ts";
import { wordStarts } from "../text/word-starts.ts";

/** Spaces inside a line. */
const S = "[ \\t\\u00a0]";
/** A word of a street's or a town's name: capitalised, a number (`Rue 14`), or a particle. */
const NAME =
  "(?:\\p{Lu}[\\p{L}'’.-]*|\\d{1,4}|de|del|della|di|da|do|dos|das|du|des|la|le|el|al|van|der|den|am|an|na|nad|im)";
/** A house number, with its letter or its flat after a slash: `12`, `2A`, `84/92`, `88/2/14`. */
const NUMBER = "\\d{1,4}[a-zA-Z]?(?:[/-]\\d{1,4}[a-zA-Z]?)*";
/**
 * What follows the number on the street's line: a floor, a door, a box, a flat, a block, a
 * staircase (`3º B`, `2.º Esq.`, `bus 2`, `boîte 3`, `interno 4`, `m. 15`, `bl. C3, sc. 2, ap. 14`).
 */
const COMPLEMENT =
  `(?:,?${S}+(?:(?:bus|boîte|bte|interno|int\\.|piso|puerta|esc\\.|apt\\.?|apto\\.?|m\\.|ap\\.|` +
  `bl\\.|sc\\.|et\\.|n°|nr\\.|case postale|CP)${S}*[\\p{L}\\d.º°-]{1,6}|\\d{1,2}\\.?º${S}?(?:[A-Z]|Esq\\.?|Dto\\.?|Izq\\.?)?))`;
/**
 * A postcode and its town, on the street's line or the next: `28013 Madrid`, `4990-062 Ponte de
 * Lima`, `00-514 Warszawa`, `1016 GV Amsterdam`, `1070 Wien`.
 */
const POSTCODE_TOWN =
  `(?:,?${S}*(?:\\r?\\n${S}*)?(?:\\d{2}-\\d{3}|\\d{4}-\\d{3}|\\d{4,6}(?:${S}[A-Z]{2})?)` +
  `${S}+\\p{Lu}[\\p{L}'’-]*(?:${S}+(?:de|del|am|an|upon|\\p{Lu}[\\p{L}'’-]*)){0,3})`;

/** Street words written before the name, in the languages of France's neighbours and beyond. */
const STREET_FIRST = [
  "Calle",
  "C/",
  "Avenida",
  "Avda.",
  "Plaza",
  "Paseo",
  "Camino",
  "Carrer",
  "Via",
  "Viale",
  "Piazza",
  "Corso",
  "Largo",
  "Vicolo",
  "Rua",
  "Travessa",
  "Praça",
  "Estrada",
  "Str.",
  "Strada",
  "Bulevardul",
  "Ul.",
  "ul.",
  "os.",
  "al.",
  // Belgium's and Switzerland's French streets, their number after the name.
  "Rue",
  "Avenue",
  "Chemin",
  "Chaussée",
  "Place",
  "Boulevard",
  "Route",
  "Quai",
  "Allée",
  "Impasse",
  "Clos",
  "Drève",
];
/**
 * A street named first, its number after the name, then the postcode and town, which a French
 * address never has after its street: `Calle Mayor 12, 3º B, 28013 Madrid`, `Via Cavour 27`,
 * `Rue de la Station 42 boîte 3, 7700 Mouscron` (Belgium), `Chemin des Vignes 8, case postale 112,
 * 1228 Plan-les-Ouates` (Switzerland),
 * `Rua de Santa Catarina 215, 2.º Esq., 4000-447 Porto`, `ul. Marszałkowska 84/92 m. 15, 00-514
 * Warszawa`. Without the postcode a name then a number is too common a shape (`Via 2`).
 */
const NAMED_FIRST =
  `(?<![\\p{L}\\p{N}])(?:${STREET_FIRST.map((word) => word.replace(/[./]/g, "\\$&")).join("|")})` +
  `${S}*(?:${NAME}${S}+){0,5}?${NAME}${S}*,?${S}+(?:(?:nr|n°|no)\\.?${S}*)?${NUMBER}` +
  `${COMPLEMENT}{0,4}${POSTCODE_TOWN}(?![\\p{L}\\p{N}])`;

/** The endings of German and Dutch street names: `Hauptstraße`, `Kerkstraat`, `Prinsengracht`. */
const STREET_ENDINGS = [
  "straße",
  "strasse",
  "str.",
  "gasse",
  "weg",
  "platz",
  "allee",
  "ring",
  "damm",
  "ufer",
  "straat",
  "laan",
  "plein",
  "gracht",
  "dijk",
  "kade",
  "steenweg",
];
/**
 * A German, Austrian, Swiss or Dutch street, its name ending in its kind, then its number, and
 * maybe its postcode and town: `Hauptstraße 15\n10115 Berlin`, `Mariahilfer Straße 88/2/14, 1070
 * Wien`, `Kerkstraat 118 bus 2, 8500 Kortrijk`, `Prinsengracht 263`.
 */
const ENDINGS = STREET_ENDINGS.map((ending) => ending.replace(".", "\\.")).join("|");
/** The kind alone, after the name's first word: `Mariahilfer Straße`, `Lange Gasse`. */
const KIND_ALONE = STREET_ENDINGS.map(
  (ending) => ending[0]!.toUpperCase() + ending.slice(1).replace(".", "\\.")
).join("|");
const NAMED_BY_ENDING =
  `(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}-]*(?:${ENDINGS})|\\p{Lu}[\\p{L}-]*${S}+(?:${KIND_ALONE}))` +
  `${S}+${NUMBER}${COMPLEMENT}{0,4}${POSTCODE_TOWN}?(?![\\p{L}\\p{N}])`;

/** The street kinds of English addresses, written after the name. */
const ENGLISH_KINDS =
  "Street|St\\.|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Drive|Close|Way|Place|Court|Crescent|Terrace|" +
  "Boulevard|Blvd\\.?|Gardens|Grove|Square|Row|Mews|Parade";
/** A British postcode (`HG1 4RZ`, `NW1 6XE`) or an American state and ZIP code (`MA 02108`). */
const ENGLISH_POSTCODE = `(?:[A-Z]{1,2}\\d[A-Z\\d]?${S}\\d[A-Z]{2}|[A-Z]{2}${S}\\d{5}(?:-\\d{4})?)`;
/**
 * An English address: a number, the street's name and kind, maybe a flat, a town and a postcode:
 * `27 Kingsley Road, Harrogate, HG1 4RZ`, `84 Beacon Street, Apt 3B, Boston, MA 02108`, `Flat 3,
 * 27 Baker Street, London NW1 6XE`.
 */
const ENGLISH =
  `(?<![\\p{L}\\p{N}])(?:(?:Flat|Apartment|Apt\\.?|Unit|Suite)${S}+\\w{1,4},?${S}+)?\\d{1,5}[A-Za-z]?` +
  `${S}+(?:\\p{Lu}[\\p{L}'’-]*${S}+){1,3}(?:${ENGLISH_KINDS})(?![\\p{L}])` +
  `(?:,?${S}+(?:Apt|Apartment|Flat|Suite|Unit)\\.?${S}*[\\w-]{1,5})?` +
  `(?:,${S}+\\p{Lu}[\\p{L}'’-]*(?:${S}+(?:upon|on|\\p{Lu}[\\p{L}'’-]*)){0,3})?` +
  `(?:,?${S}+${ENGLISH_POSTCODE})?(?![\\p{L}\\p{N}])`;

/** Words by their first character's code: a capital that begins none of them is left at once. */
function byFirstCode(words: readonly string[]): Array<string[] | undefined> {
  const byCode: Array<string[] | undefined> = [];
  for (const word of words) (byCode[word.charCodeAt(0)] ??= []).push(word);
  return byCode;
}
const STREET_FIRST_BY_LETTER = byFirstCode(STREET_FIRST);
/** The English kinds as written (`St.`, `Rd.`, `Road`…). */
const ENGLISH_KINDS_BY_LETTER = byFirstCode(
  ENGLISH_KINDS.replace(/\\/g, "").replace(/\?/g, "").split("|")
);
/** Poland's street words in lower case, before their period: `ul.`, `os.`, `al.`. */
const POLISH_STREET_WORDS = ["ul", "os", "al"];
/** The longest word the gate reads: a street's name ending in its kind (`Mariahilferstraße`). */
const MAX_WORD = 32;
/** How far before a house number its street may start (`Mariahilfer Straße 88`). */
const BEFORE_STREET_WORD = 40;
/** How many capitalised words an English street's name has before its kind. */
const MAX_ENGLISH_NAME_WORDS = 3;

const HYPHEN = 45;
const PERIOD = 46;
const SLASH = 47;
const SPACE = 32;

/** The end of the word at `at`: letters, hyphens, and a period or slash that ends an abbreviation. */
function wordEnd(text: string, at: number): number {
  let end = at;
  for (let code = text.charCodeAt(end); end - at < MAX_WORD; code = text.charCodeAt(++end))
    if (!isLetterCode(code) && code !== HYPHEN) break;
  const code = text.charCodeAt(end);
  return code === PERIOD || code === SLASH ? end + 1 : end;
}

function startsStreetFirst(text: string, at: number): boolean {
  const words = STREET_FIRST_BY_LETTER[text.charCodeAt(at)];
  if (!words) return false;
  for (const word of words)
    if (occursAt(text, word, at) && !isLetterCode(text.charCodeAt(at + word.length))) return true;
  return false;
}

/** How far after a street word first its number is: past a name of a few words. */
const NUMBER_REACH = 64;

/** Whether a digit follows `at` within {@link NUMBER_REACH} characters, on its line. */
function digitWithin(text: string, at: number): boolean {
  const end = Math.min(text.length, at + NUMBER_REACH);
  for (let i = at; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isDigitCode(code)) return true;
    if (code === 10) return false;
  }
  return false;
}

/** The ASCII letters of a code in lower case; other codes as they are (`ß`). */
const lowerCode = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);
/** The street kinds by their last character's code: most words before a number end otherwise. */
const STREET_ENDINGS_BY_LAST: Array<string[] | undefined> = [];
for (const ending of STREET_ENDINGS)
  (STREET_ENDINGS_BY_LAST[ending.charCodeAt(ending.length - 1)] ??= []).push(ending);

/**
 * Whether a street's kind ends right before `end` (`Hauptstraße`, `Mariahilfer Straße`), read
 * backwards from a house number's space: there are fewer numbers than capitalised words.
 */
function streetKindEndsAt(text: string, end: number): boolean {
  const endings = STREET_ENDINGS_BY_LAST[lowerCode(text.charCodeAt(end - 1))];
  if (!endings) return false;
  for (const ending of endings) {
    const start = end - ending.length;
    if (start < 0) continue;
    let i = 0;
    while (i < ending.length && lowerCode(text.charCodeAt(start + i)) === ending.charCodeAt(i)) i++;
    if (i === ending.length) return true;
  }
  return false;
}

/** After an English house number: up to three capitalised words, then a street's kind. */
function englishStreetAfter(text: string, at: number): boolean {
  let word = at;
  for (let i = 0; i <= MAX_ENGLISH_NAME_WORDS; i++) {
    if (!isUpperCode(text.charCodeAt(word))) return false;
    const end = wordEnd(text, word);
    // Compared in place, by the word's first letter: no string is made per word read.
    const kinds = i > 0 ? ENGLISH_KINDS_BY_LETTER[text.charCodeAt(word)] : undefined;
    if (kinds?.some((kind) => kind.length === end - word && occursAt(text, kind, word)))
      return true;
    if (text.charCodeAt(end) !== SPACE) return false;
    word = end + 1;
  }
  return false;
}

/**
 * Where a foreign address may start, from the word starts the analysis finds once per text: a
 * street word first (`Calle`, `Via`, `Rua`), a house number after a street's kind (`Hauptstraße
 * 15`, its street up to 40 characters before it) or before a street's name and kind (`27
 * Kingsley Road`), and the Polish `ul.`, `os.` and `al.` in lower case, found from their periods.
 */
const ADDRESS_STARTS: FoundGate = {
  find(text) {
    const found: number[] = [];
    const starts = wordStarts(text);
    for (let i = 0; i < starts.length; i++) {
      const at = starts[i]!;
      const code = text.charCodeAt(at);
      if (isDigitCode(code)) {
        let end = at + 1;
        while (isDigitCode(text.charCodeAt(end))) end++;
        if (
          (text.charCodeAt(end) === SPACE && englishStreetAfter(text, end + 1)) ||
          (text.charCodeAt(at - 1) === SPACE && streetKindEndsAt(text, at - 1))
        )
          found.push(at, at);
      } else if (startsStreetFirst(text, at) && digitWithin(text, at)) {
        found.push(at, at);
      }
    }
    // From each period, which `indexOf` finds at memory speed: a search for `ul.` itself, of
    // three characters, read a megabyte in 0.5 ms.
    for (let dot = text.indexOf("."); dot >= 0; dot = text.indexOf(".", dot + 1)) {
      const at = dot - 2;
      if (at < 0 || (at > 0 && isLetterCode(text.charCodeAt(at - 1)))) continue;
      for (const word of POLISH_STREET_WORDS) if (occursAt(text, word, at)) found.push(at, at);
    }
    return found.sort((a, b) => a - b);
  },
  before: BEFORE_STREET_WORD,
  after: 0,
};

/**
 * Addresses abroad, which `postal-address.ts`, reading French ones (a number before the street's
 * kind, a five-digit postcode), leaves in clear: a street named first with its number after it
 * and its postcode (Spain, Italy, Portugal, Poland, Romania, Belgium's Flemish half), a German or
 * Dutch street whose name ends in its kind, an English one.
 */
export const foreignAddressRecognizer = createPatternRecognizer({
  name: "foreign-address",
  type: "ADRESSE",
  patterns: [
    { name: "named-first", regex: new RegExp(NAMED_FIRST, "gu"), score: 0.85 },
    { name: "named-by-ending", regex: new RegExp(NAMED_BY_ENDING, "gu"), score: 0.85 },
    { name: "english", regex: new RegExp(ENGLISH, "gu"), score: 0.85 },
  ],
  gate: ADDRESS_STARTS,
});
