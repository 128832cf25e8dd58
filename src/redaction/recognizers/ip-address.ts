import { createPatternRecognizer, type Gate, type Pattern } from "../pattern-recognizer.ts";
import { anyCaseOf, tokenStart } from "./fixed-format-parts.ts";

const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4 = `${OCTET}(?:\\.${OCTET}){3}`;
const HEX = "[0-9A-Fa-f]";

/**
 * An IPv4 address is not part of a longer dotted number (`1.2.3.4.5`, a version, a section) nor
 * the end of an IPv6 one (`::ffff:192.0.2.1`).
 */
const IPV4_REGEX = new RegExp(
  `(?<![\\p{L}\\p{N}_.])(?<!:${HEX}{0,4}:)${IPV4}(?![\\p{L}\\p{N}_]|\\.\\p{N})`,
  "gu"
);

/**
 * IPv6, full, compressed (`::`) or ending in IPv4: one regex per length of the first group (none
 * for `::1`), each beginning with that group and its colon, the boundary checked after them. So
 * written, the regex engine skips fast to the colons; a single regex with a `{1,4}` first group stops
 * at every hexadecimal letter, that is at every `e` and `a` of French prose, 20 times slower.
 * They run only around the colons of the text (its gate), which prose has few of: an address starts
 * at its first colon or at most four characters (its first group) before it.
 */
const FIRST_COLON: Gate = { regex: /:/g, before: 4, after: 0 };

const IPV6_PATTERNS: Pattern[] = [4, 3, 2, 1, 0].map((firstGroupLength) => {
  const first = firstGroupLength === 0 ? ":" : HEX.repeat(firstGroupLength);
  const more = firstGroupLength === 0 ? "{0,6}" : "{1,6}";
  return {
    name: `ipv6-${firstGroupLength}`,
    regex: new RegExp(
      `${tokenStart(`${first}:`, ":.")}${HEX}{0,4}(?::${HEX}{0,4})${more}` +
        `(?:(?<=:)${IPV4})?(?![\\p{L}\\p{N}_:]|\\.\\p{N})`,
      "gu"
    ),
    score: 0.85,
    gate: FIRST_COLON,
  };
});

/** Words that say an address is a network one. Whole words: `ip` is in `principe`. */
const IP_WORDS = new RegExp(
  `(?<![\\p{L}\\p{N}])${anyCaseOf([
    "ip",
    "ipv4",
    "ipv6",
    "connexion",
    "connexions",
    "connecté",
    "connectée",
    "serveur",
    "serveurs",
    "routeur",
    "réseau",
    "hôte",
    "host",
    "proxy",
    "vpn",
    "dns",
    "passerelle",
    "pare-feu",
    "firewall",
    "log",
    "logs",
    "ping",
  ])}(?![\\p{L}\\p{N}])`,
  "gu"
);

/** Labels of numbered parts of a text (`article 1.2.3.4`), where four small numbers are no address. */
const PART_LABEL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${anyCaseOf([
    "article",
    "articles",
    "art.",
    "section",
    "chapitre",
    "paragraphe",
    "alinéa",
    "titre",
    "livre",
    "partie",
    "annexe",
    "point",
    "version",
    "v",
    "tome",
  ])}|§)\\s*(?:n[°o]\\.?\\s*)?$`,
  "gu"
);

const CONTEXT_WINDOW = 48;

/** A currency after four dotted numbers makes them an amount: `12.100.150.200 €`. */
const CURRENCY_AFTER = /^\s*(?:€|EUR|euros?)(?![\p{L}\p{N}])/u;

/**
 * Whether `words` (a global regex) matches within the window around [start, end). The regex runs
 * on the text itself from the window's start, so that its look-behind sees the letter before a
 * word cut by the window; the text is cut at the window's end, so that the search stops there.
 */
function matchesNear(
  text: string,
  start: number,
  end: number,
  words: RegExp,
  window: number
): boolean {
  words.lastIndex = Math.max(0, start - window);
  return words.exec(text.slice(0, end + Math.ceil(window / 2))) !== null;
}

function endsWith(text: string, start: number, label: RegExp, window: number): boolean {
  label.lastIndex = Math.max(0, start - window);
  return label.exec(text.slice(0, start)) !== null;
}

/** The eight groups of an IPv6 address, in lower case and without leading zeros; undefined if invalid. */
function ipv6Groups(value: string): string[] | undefined {
  let text = value.toLowerCase();
  const lastColon = text.lastIndexOf(":");
  const tail = text.slice(lastColon + 1);
  if (tail.includes(".")) {
    const [a = 0, b = 0, c = 0, d = 0] = tail.split(".").map(Number);
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2 || !/[0-9a-f]/.test(text)) return undefined;
  const parts = halves.map((half) => (half === "" ? [] : half.split(":")));
  if (parts.some((groups) => groups.some((group) => !/^[0-9a-f]{1,4}$/.test(group))))
    return undefined;
  const [head = [], rest] = parts;
  const missing = rest === undefined ? 8 - head.length : 8 - head.length - rest.length;
  if (rest === undefined ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(missing).fill("0"), ...(rest ?? [])];
  return groups.map((group) => group.replace(/^0+(?=.)/, ""));
}

/** One key per address: IPv6 expanded (an IPv4-mapped one as its IPv4), IPv4 as written. */
function ipKey(value: string): string {
  if (!value.includes(":")) return value;
  const groups = ipv6Groups(value);
  if (!groups) return value.toLowerCase();
  if (groups.slice(0, 5).every((g) => g === "0") && groups[5] === "ffff") {
    const [high, low] = [parseInt(groups[6]!, 16), parseInt(groups[7]!, 16)];
    return [high >> 8, high & 255, low >> 8, low & 255].join(".");
  }
  return groups.join(":");
}

/**
 * IP addresses, v4 and v6. A network word nearby (ip, serveur, connexion…) makes them certain;
 * four small numbers after `article` or `§`, or with no context at all, look like the numbering
 * of a text and stay below the reporting threshold.
 */
export const ipAddressRecognizer = createPatternRecognizer({
  name: "ip-address",
  type: "ADRESSE_IP",
  patterns: [{ name: "ipv4", regex: IPV4_REGEX, score: 0.65 }, ...IPV6_PATTERNS],
  validate: (value, text, start) => {
    const isV6 = value.includes(":");
    const end = start + value.length;
    if (isV6 ? !ipv6Groups(value) : CURRENCY_AFTER.test(text.slice(end, end + 8))) return false;
    if (matchesNear(text, start, end, IP_WORDS, CONTEXT_WINDOW)) return 0.95;
    if (isV6) return true;
    if (endsWith(text, start, PART_LABEL, 24)) return 0.2;
    if (value.split(".").every((octet) => octet.length === 1)) return 0.4;
    return true;
  },
  normalize: ipKey,
});
