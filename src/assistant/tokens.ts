import { placeholderSpans, type Span } from "./placeholder-spans.ts";

/** French prose with Mistral's tokenizers: about 3.5 characters a token. */
export const CHARS_PER_TOKEN = 3.5;
/** A placeholder tokenises worse than prose (brackets, underscore, digits one by one). */
const PLACEHOLDER_CHARS_PER_TOKEN = 2;

const placeholderTokens = (span: Span) =>
  Math.ceil((span.end - span.start) / PLACEHOLDER_CHARS_PER_TOKEN);

/** An estimate of the tokens of a pseudonymised French text, on the high side. */
export function estimateTokens(text: string): number {
  return Math.ceil(new TokenMeter(text).tokens(0, text.length));
}

/** How many characters of French prose `tokens` tokens hold. */
export function charsForTokens(tokens: number): number {
  return Math.max(0, Math.floor(tokens * CHARS_PER_TOKEN));
}

/**
 * Token estimates of any slice of one text in O(log n), for the splitter, which measures many
 * candidate slices of a long document. A placeholder counts where it starts.
 */
export class TokenMeter {
  readonly #starts: number[];
  /** #extra[i]: what the first i placeholders add over the same length of prose. */
  readonly #extra: number[];

  constructor(text: string) {
    const spans = placeholderSpans(text);
    this.#starts = spans.map((s) => s.start);
    this.#extra = [0];
    for (const span of spans) {
      const asProse = (span.end - span.start) / CHARS_PER_TOKEN;
      this.#extra.push(this.#extra.at(-1)! + placeholderTokens(span) - asProse);
    }
  }

  tokens(start: number, end: number): number {
    const extra = this.#extra[this.#firstFrom(end)]! - this.#extra[this.#firstFrom(start)]!;
    return (end - start) / CHARS_PER_TOKEN + extra;
  }

  /** The index of the first placeholder starting at or after `offset`. */
  #firstFrom(offset: number): number {
    let low = 0;
    let high = this.#starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.#starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
