import {
  isBareMention,
  isProse,
  MAX_MENTION_LENGTH,
  placeholderMentionPattern,
  placeholderMentionPrefixPattern,
  placeholderOfMention,
} from "./placeholder.ts";
import type { Vault } from "./vault.ts";

/** One placeholder of a pseudonymised text, in order, with the writing it replaced there. */
export interface EchoedWriting {
  placeholder: string;
  original: string;
  /** The words before it in that text ({@link wordsBefore}), by which an answer's mention is placed. */
  before?: string;
}

export interface RestoreOptions {
  /**
   * When given (the writings of the pseudonymised text the answer echoes, in order), an occurrence
   * of a placeholder is restored to the next writing recorded for it, so that restoring a
   * pseudonymised text gives back that text exactly; further occurrences get the entry's original.
   * Where the words before an occurrence are not those of the next writing but those of a later one
   * (the answer dropped a mention), the writings in between are passed over ({@link echoedWritings}).
   */
  sequence?: ReadonlyArray<EchoedWriting>;
  /**
   * The answer is the raw text of a JSON string, escapes included (a tool call's arguments, an
   * answer asked as JSON): an original is written back JSON-escaped, so that the JSON stays valid,
   * and an escape (`\n`) before a placeholder without brackets ends the word before it.
   */
  jsonString?: boolean;
}

export interface RestoreResult {
  text: string;
  /** Placeholders seen that the vault does not know, in order of first sight. */
  unknown: string[];
  /** How many placeholders were put back. */
  restored: number;
}

const PATTERNS = {
  text: { mention: placeholderMentionPattern(), prefix: placeholderMentionPrefixPattern() },
  jsonString: {
    mention: placeholderMentionPattern({ jsonString: true }),
    prefix: placeholderMentionPrefixPattern({ jsonString: true }),
  },
};
/** Input kept before the held tail for the look-behind of bare mentions (`x\_PERSONNE_1`, astral letter included). */
const LOOK_BEHIND = 4;
/**
 * In JSON text, as much as an escape before a mention and the character before it (`x\u00a0`), and
 * the whole run of backslashes before that, whose count says whether it escapes (up to a bound).
 */
const JSON_LOOK_BEHIND = 7;
const MAX_BACKSLASH_RUN = 64;
const BACKSLASH = 0x5c;
/** Words before a mention that place it; input kept for them. */
const CONTEXT_WORDS = 2;
const CONTEXT_CHARS = 80;
const WORD = /[\p{L}\p{N}]+/gu;

/** The last words of `text`, lower-cased: what tells one occurrence of a placeholder from another. */
export function wordsBefore(text: string): string {
  const words = text.slice(-CONTEXT_CHARS).match(WORD) ?? [];
  return words.slice(-CONTEXT_WORDS).join(" ").toLowerCase();
}

/**
 * The writings of a pseudonymised text (its replacements, in order), each with the words before it
 * there: restore's `sequence` for an answer that echoes the text (a correction, a rewrite), so that
 * a name comes back as the text wrote it at that place, even after a mention the answer dropped.
 */
export function echoedWritings(
  text: string,
  writings: ReadonlyArray<{ placeholder: string; original: string }>
): EchoedWriting[] {
  let cursor = 0;
  return writings.map(({ placeholder, original }) => {
    const at = text.indexOf(placeholder, cursor);
    if (at < 0) return { placeholder, original };
    cursor = at + placeholder.length;
    return { placeholder, original, before: wordsBefore(text.slice(0, at)) };
  });
}

/** Puts the originals back into a whole answer: one stream of one chunk. */
export function restore(text: string, vault: Vault, options?: RestoreOptions): RestoreResult {
  const restorer = new StreamRestorer(vault, options);
  const restored = restorer.push(text) + restorer.end();
  return { text: restored, unknown: [...restorer.unknown], restored: restorer.restored };
}

/**
 * Restores an answer as it streams in. Only a tail that may still be the start of a placeholder is
 * held back (at most {@link MAX_MENTION_LENGTH} characters); each push scans only that tail and the new
 * chunk, so the output of all pushes and end() is what restore() gives for the whole text.
 */
export class StreamRestorer {
  readonly #vault: Vault;
  readonly #writings = new Map<string, EchoedWriting[]>();
  /** Per placeholder, the index of the next writing of `sequence` to give. */
  readonly #next = new Map<string, number>();
  /** Per placeholder and words before, the indexes of its writings that have them, ascending. */
  readonly #byBefore = new Map<string, number[]>();
  /** Whether mentions are placed by the words before them: some writing of `sequence` has its own. */
  readonly #placed: boolean;
  /** The last input consumed (up to #context's end), for the words before a mention. */
  #past = "";
  readonly #unknown: string[] = [];
  readonly #jsonString: boolean;
  readonly #patterns: (typeof PATTERNS)["text"];
  #restored = 0;
  /** Input already released, kept only for look-behind. */
  #context = "";
  #held = "";

  constructor(vault: Vault, options: RestoreOptions = {}) {
    this.#vault = vault;
    this.#jsonString = options.jsonString ?? false;
    this.#patterns = this.#jsonString ? PATTERNS.jsonString : PATTERNS.text;
    for (const writing of options.sequence ?? []) {
      let writings = this.#writings.get(writing.placeholder);
      if (!writings) this.#writings.set(writing.placeholder, (writings = []));
      if (writing.before !== undefined) {
        const key = `${writing.placeholder}\u0000${writing.before}`;
        let indexes = this.#byBefore.get(key);
        if (!indexes) this.#byBefore.set(key, (indexes = []));
        indexes.push(writings.length);
      }
      writings.push(writing);
    }
    this.#placed = (options.sequence ?? []).some((writing) => writing.before !== undefined);
  }

  /** Placeholders seen that the vault does not know, in order, each once. */
  get unknown(): readonly string[] {
    return this.#unknown;
  }

  get restored(): number {
    return this.#restored;
  }

  /** Text that can be shown now: everything but a tail that may still be the start of a placeholder. */
  push(chunk: string): string {
    return this.#advance(chunk, false);
  }

  /** The rest, at the end of the stream. */
  end(): string {
    return this.#advance("", true);
  }

  #advance(chunk: string, final: boolean): string {
    const buffer = this.#context + this.#held + chunk;
    // A chunk may end between the two halves of a surrogate pair: the first waits for the second.
    const last = buffer.charCodeAt(buffer.length - 1);
    const text = !final && last >= 0xd800 && last <= 0xdbff ? buffer.slice(0, -1) : buffer;
    // A mention is decided when no text from the cursor on may still grow into one (or change it).
    const { mention, prefix } = this.#patterns;
    const holdFrom = (from: number) => (final ? text.length : liveFrom(prefix, text, from));
    let cursor = this.#context.length;
    let out = "";
    mention.lastIndex = cursor;
    for (
      let match = mention.exec(text);
      match !== null && match.index < holdFrom(cursor);
      match = mention.exec(text)
    ) {
      const before = this.#placed
        ? wordsBefore(this.#past + text.slice(this.#context.length, match.index))
        : undefined;
      out += text.slice(cursor, match.index) + this.#restoreMention(match[0], before);
      cursor = mention.lastIndex;
    }
    const hold = holdFrom(cursor);
    if (this.#placed)
      this.#past = (this.#past + text.slice(this.#context.length, hold)).slice(-CONTEXT_CHARS);
    out += text.slice(cursor, hold);
    this.#context = buffer.slice(this.#contextStart(buffer, hold), hold);
    this.#held = buffer.slice(hold);
    return out;
  }

  /** Where the input kept for the look-behind starts, before `hold`. */
  #contextStart(buffer: string, hold: number): number {
    if (!this.#jsonString) return Math.max(0, hold - LOOK_BEHIND);
    let start = Math.max(0, hold - JSON_LOOK_BEHIND);
    const floor = Math.max(0, start - MAX_BACKSLASH_RUN);
    while (start > floor && buffer.charCodeAt(start - 1) === BACKSLASH) start--;
    return start;
  }

  #restoreMention(mention: string, before: string | undefined): string {
    const placeholder = placeholderOfMention(mention);
    const entry = this.#vault.get(placeholder);
    if (isBareMention(mention)) {
      // Without brackets only what the vault knows, and `personne 1` in lower case stays prose.
      if (!entry || isProse(mention)) return mention;
    } else if (!entry) {
      if (!this.#unknown.includes(placeholder)) this.#unknown.push(placeholder);
      return mention;
    }
    this.#restored++;
    const original = this.#writingFor(placeholder, before) ?? entry.original;
    return this.#jsonString ? JSON.stringify(original).slice(1, -1) : original;
  }

  /** The writing of `sequence` an occurrence of `placeholder` gets, if any is left. */
  #writingFor(placeholder: string, before: string | undefined): string | undefined {
    const writings = this.#writings.get(placeholder);
    const next = this.#next.get(placeholder) ?? 0;
    if (!writings || next >= writings.length) return undefined;
    let at = next;
    const expected = writings[next]!.before;
    if (before !== undefined && expected !== undefined && expected !== before) {
      const later = firstAfter(this.#byBefore.get(`${placeholder}\u0000${before}`), next);
      if (later !== undefined) at = later;
    }
    this.#next.set(placeholder, at + 1);
    return writings[at]!.original;
  }
}

/** The first of ascending `indexes` past `after`, found by halves: an answer may have thousands. */
function firstAfter(indexes: readonly number[] | undefined, after: number): number | undefined {
  if (!indexes) return undefined;
  let low = 0;
  let high = indexes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (indexes[middle]! > after) high = middle;
    else low = middle + 1;
  }
  return indexes[low];
}

/** Where the tail of `text` that may still become or change a mention starts (text.length when none). */
function liveFrom(prefix: RegExp, text: string, from: number): number {
  prefix.lastIndex = Math.max(from, text.length - MAX_MENTION_LENGTH);
  return prefix.exec(text)?.index ?? text.length;
}
