import { ENTITY_TYPES } from "./entity-types.ts";
import { DIGIT_GATE_FLAGS, gateOccurrences } from "./pattern-recognizer.ts";
import { MAX_MENTION_LENGTH, placeholderMentionPattern } from "./placeholder.ts";
import { anyCase } from "./recognizers/fixed-format-parts.ts";

/** A placeholder as written in a text: where it is, and how it is written there. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

const MENTION = placeholderMentionPattern();
/** The label of a mention: a type's name in any case, its words apart as placeholders write them. */
const LABEL = ENTITY_TYPES.map((t) => t.split("_").map(anyCase).join("[\\s_\\\\-]+")).join("|");
/**
 * Every mention ends in a number written after a label and a separator: the scan stops at the first
 * digit of such a number only, the label checked by a look-behind (a stop at every number of the
 * text, with a slice and a test each, cost more than the rest of the search). The label is
 * checked once per number, at its first digit: `\d+` then a look-behind would check it again for
 * every digit and every shorter end. A gate at a digit, searched with the recognizers' others
 * (both cases are spelled out: that search has no `i` flag).
 */
const NUMBER_AFTER_LABEL = {
  regex: new RegExp(
    `\\d(?<![0-9]\\d)(?<=(?:${LABEL})[\\s_\\\\-]{0,5}[_\\- \\t\\u00a0\\u202f]\\d)\\d*`,
    DIGIT_GATE_FLAGS
  ),
  atDigit: true,
};

/**
 * Every mention of a placeholder in `text`, in any writing the restorer accepts: exactly what a
 * global search with {@link placeholderMentionPattern} finds, prose (`personne 1`) included.
 * That search tries its whole pattern at every character (its bare writing begins with a
 * look-behind, which leaves the regex engine no first character to skip to): 18% of the
 * gateway's scan of a letter. Here it is tried only near the numbers that follow a label.
 */
export function findMentions(text: string): Mention[] {
  const mentions: Mention[] = [];
  let covered = 0;
  const numbers = gateOccurrences(text, NUMBER_AFTER_LABEL);
  for (let i = 0; i < numbers.length; i += 2) {
    const numberStart = numbers[i]!;
    const numberEnd = numbers[i + 1]!;
    if (numberEnd <= covered) continue;
    // A mention holds its number and is at most MAX_MENTION_LENGTH long; what decides it follows
    // it closely. The search reads no further: a number that is no mention's (`NIR 2 84 05…`, a
    // longer number) would have it read on to the next mention, or to the text's end.
    const window = text.slice(0, numberEnd + MAX_MENTION_LENGTH);
    MENTION.lastIndex = Math.max(covered, numberStart - MAX_MENTION_LENGTH);
    for (
      let match = MENTION.exec(window);
      match && match.index <= numberStart;
      match = MENTION.exec(window)
    ) {
      const end = match.index + match[0].length;
      if (end < numberEnd) continue;
      covered = end;
      mentions.push({ start: match.index, end, text: match[0] });
      break;
    }
  }
  return mentions;
}
