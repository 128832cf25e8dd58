import {
  isBareMention,
  isProse,
  MAX_MENTION_LENGTH,
  placeholderMentionPattern,
  placeholderMentionPrefixPattern,
  placeholderOfMention,
} from "./placeholder.ts";
import type { Vault } from "./vault.ts";

export interface RestoreOptions {
  /** When given (the replacements of the pseudonymised text the answer echoes), the k-th occurrence
   * of a placeholder is restored to the k-th writing recorded for it, so that restoring a
   * pseudonymised text gives back that text exactly; further occurrences get the entry's original. */
  sequence?: ReadonlyArray<{ placeholder: string; original: string }>;
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
  readonly #writings = new Map<string, string[]>();
  readonly #occurrences = new Map<string, number>();
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
    for (const { placeholder, original } of options.sequence ?? []) {
      const writings = this.#writings.get(placeholder);
      if (writings) writings.push(original);
      else this.#writings.set(placeholder, [original]);
    }
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
      out += text.slice(cursor, match.index) + this.#restoreMention(match[0]);
      cursor = mention.lastIndex;
    }
    const hold = holdFrom(cursor);
    out += text.slice(cursor, hold);
    this.#context = buffer.slice(Math.max(0, hold - LOOK_BEHIND), hold);
    this.#held = buffer.slice(hold);
    return out;
  }

  #restoreMention(mention: string): string {
    const placeholder = placeholderOfMention(mention);
    const entry = this.#vault.get(placeholder);
    if (isBareMention(mention)) {
      // Without brackets only what the vault knows, and `personne 1` in lower case stays prose.
      if (!entry || isProse(mention)) return mention;
    } else if (!entry) {
      if (!this.#unknown.includes(placeholder)) this.#unknown.push(placeholder);
      return mention;
    }
    const occurrence = this.#occurrences.get(placeholder) ?? 0;
    this.#occurrences.set(placeholder, occurrence + 1);
    this.#restored++;
    const original = this.#writings.get(placeholder)?.[occurrence] ?? entry.original;
    return this.#jsonString ? JSON.stringify(original).slice(1, -1) : original;
  }
}

/** Where the tail of `text` that may still become or change a mention starts (text.length when none). */
function liveFrom(prefix: RegExp, text: string, from: number): number {
  prefix.lastIndex = Math.max(from, text.length - MAX_MENTION_LENGTH);
  return prefix.exec(text)?.index ?? text.length;
}
