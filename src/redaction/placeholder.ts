import { ENTITY_TYPES, type EntityType } from "./entity-types.ts";

/** `[PERSONNE_1]`: the label of the type and a number counted per type from 1. */
export function formatPlaceholder(type: EntityType, index: number): string {
  return `[${type}_${index}]`;
}

/** The canonical placeholder for a label and number as a model may have written them. */
export function canonicalPlaceholder(label: string, index: string | number): string {
  return `[${label.toUpperCase().replace(/[\s_-]+/g, "_")}_${Number(index)}]`;
}

/** The canonical placeholder of a mention matched by {@link placeholderMentionPattern}. */
export function placeholderOfMention(mention: string): string {
  const [, label = "", index = ""] =
    /^(.*?)[\s_-]*(\d+)$/u.exec(mention.replace(/[\\[\]]/g, "").trim()) ?? [];
  return canonicalPlaceholder(label, index);
}

/** True for a mention written without brackets (`PERSONNE_1`), which may be an ordinary word. */
export function isBareMention(mention: string): boolean {
  return !mention.endsWith("]");
}

/** A bare mention in lower case without underscore (`personne 1`) is prose, never a placeholder. */
export function isProse(mention: string): boolean {
  return isBareMention(mention) && !mention.includes("_") && mention !== mention.toUpperCase();
}

/**
 * A piece of the placeholder grammar: the regex source of what it matches, the source of any
 * prefix of that (the empty one included), and the length of its longest match. Deriving the
 * prefixes from the same pieces keeps the streaming hold-back exactly in step with the grammar.
 */
interface Piece {
  full: string;
  prefix: string;
  max: number;
}

const escapeRegex = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");

function literal(text: string): Piece {
  const chars = [...text].map(escapeRegex);
  return {
    full: chars.join(""),
    prefix: chars.reduceRight((inner, ch) => `(?:${ch}${inner})?`, ""),
    max: text.length,
  };
}

/** The closing text of a mention: once it is there the mention is complete, so only its proper prefixes count. */
function closing(text: string): Piece {
  return { ...literal(text), prefix: literal(text.slice(0, -1)).prefix };
}

function oneChar(characterClass: string): Piece {
  return { full: characterClass, prefix: `${characterClass}?`, max: 1 };
}

function optional(piece: Piece): Piece {
  return { full: `(?:${piece.full})?`, prefix: piece.prefix, max: piece.max };
}

function repeat(piece: Piece, min: number, max: number): Piece {
  return {
    full: `(?:${piece.full}){${min},${max}}`,
    prefix: `(?:${piece.full}){0,${max - 1}}${piece.prefix}`,
    max: piece.max * max,
  };
}

function sequence(...pieces: Piece[]): Piece {
  return {
    full: pieces.map((p) => p.full).join(""),
    prefix:
      pieces.reduceRight(
        (rest: string | null, p) => (rest === null ? p.prefix : `(?:${p.full}${rest}|${p.prefix})`),
        null
      ) ?? "",
    max: pieces.reduce((sum, p) => sum + p.max, 0),
  };
}

function anyOf(...pieces: Piece[]): Piece {
  return {
    full: `(?:${pieces.map((p) => p.full).join("|")})`,
    prefix: `(?:${pieces.map((p) => p.prefix).join("|")})`,
    max: Math.max(...pieces.map((p) => p.max)),
  };
}

// Models write the underscore as a space or a hyphen, or escape it for markdown (`\_`).
const SPACES = " \\t\\u00A0\\u202F";
const underscore = sequence(optional(literal("\\")), literal("_"));
const separator = anyOf(underscore, oneChar(`[-${SPACES}]`));
const padding = repeat(oneChar(`[${SPACES}]`), 0, 2);
const label = anyOf(
  ...[...ENTITY_TYPES]
    .sort((a, b) => b.length - a.length)
    .map((type) =>
      sequence(
        ...type
          .split("_")
          .flatMap((word, i) => (i === 0 ? [literal(word)] : [separator, literal(word)]))
      )
    )
);
const core = sequence(label, repeat(separator, 1, 3), repeat(oneChar("\\d"), 1, 6));
// Markdown escapes both brackets (`\[PERSONNE\_1\]`); a lone `\` before `[` is the text's own.
const bracketed = anyOf(
  sequence(literal("\\["), padding, core, padding, closing("\\]")),
  sequence(literal("["), padding, core, padding, closing("]"))
);
// Without brackets, a mention must stand alone: not inside a word, nor glued to one by `_`
// (`MY_PERSONNE_1`, `PERSONNE_1_2A`). What follows it therefore decides, up to `\_x`.
const ALNUM = "[\\p{L}\\p{N}]";
const BARE_START = `(?<!${ALNUM}|${ALNUM}${underscore.full})`;
// In the raw text of a JSON string an escape (`\n`, `\u00a0`) is no letter: `\nPERSONNE_1` decodes
// to a line break and the placeholder. An even run of backslashes before it is escaped backslashes.
const AFTER_JSON_ESCAPE = "(?<=(?<!\\\\)(?:\\\\\\\\)*\\\\(?:[bfnrt]|u[0-9a-fA-F]{4}))";
// Nor does it begin a longer number or an amount: `SIRET 812 345 678 00019`, `DOSSIER
// 2025-06-00417`, `TVA 20 %` are the text's own. A character after it may be such a number's
// separator: a stream holds it back until the next one decides.
const NUMBER_SEPARATOR = "[ \\u00a0\\u202f.,/-]";
const NUMBER_GOES_ON = "[ \\u00a0.,/-]?\\d|[ \\u00a0\\u202f]?[%€]";
const bareMention = (start: string): Piece => ({
  full: `${start}${core.full}(?!${ALNUM}|${underscore.full}${ALNUM}|${NUMBER_GOES_ON})`,
  prefix: `${start}(?:${core.full}(?:${underscore.prefix}|${NUMBER_SEPARATOR})|${core.prefix})`,
  max: core.max + Math.max(underscore.max, 1),
});
const bare = bareMention(BARE_START);
const bareInJson = bareMention(`(?:${BARE_START}|${AFTER_JSON_ESCAPE})`);

const BARE_BEFORE_NUMBER = new RegExp(`(${BARE_START}${core.full})${NUMBER_SEPARATOR}?$`, "iu");

/**
 * The span of a bare mention that ends right before `at`, maybe a separator between (`PERSONNE_2 `
 * before `192.168.12.7`): one the grammar leaves to the text while a number follows it, and reads
 * once that number is masked. Undefined when there is none.
 */
export function bareMentionBefore(text: string, at: number): [number, number] | undefined {
  // Two characters more before the longest mention, for its look-behind.
  const from = Math.max(0, at - bare.max - 2);
  const match = BARE_BEFORE_NUMBER.exec(text.slice(from, at));
  if (!match) return undefined;
  const start = from + match.index;
  return [start, start + match[1]!.length];
}

export interface MentionOptions {
  /** The text is the raw text of a JSON string, escapes included (a tool call's arguments). */
  jsonString?: boolean;
}

/** The longest text a mention and what decides it can be: what a stream may ever have to hold back. */
export const MAX_MENTION_LENGTH = Math.max(bracketed.max, bare.max);

/**
 * A fresh global, case-insensitive regex for placeholders as models write them back: `[PERSONNE_1]`,
 * `[personne 1]`, `[ ADRESSE-IP-2 ]`, `\[PERSONNE\_1\]`, `DATE NAISSANCE 1`. Longest number wins, so
 * `[PERSONNE_12]` never yields `[PERSONNE_1]`, nor `ADRESSE_IP_1` yields `ADRESSE_1`.
 */
export function placeholderMentionPattern(options: MentionOptions = {}): RegExp {
  return new RegExp(`${bracketed.full}|${(options.jsonString ? bareInJson : bare).full}`, "giu");
}

/**
 * A fresh global regex matching, at the end of a text only, what may still grow into a mention or
 * change one: a mention cut short (`[PERS`, `\[PERSONNE\_1`) or a bare one more digits or letters
 * would change (`PERSONNE_1`). A complete bracketed mention is final and does not match.
 */
export function placeholderMentionPrefixPattern(options: MentionOptions = {}): RegExp {
  const bareOne = options.jsonString ? bareInJson : bare;
  return new RegExp(`(?:${bracketed.prefix}|${bareOne.prefix})$`, "giu");
}
