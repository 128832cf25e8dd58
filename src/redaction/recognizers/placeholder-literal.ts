import type { Entity } from "../entity.ts";
import { ENTITY_TYPES } from "../entity-types.ts";
import { isProse, MAX_MENTION_LENGTH, placeholderMentionPattern } from "../placeholder.ts";
import { DIGIT_GATE_FLAGS, gateOccurrences } from "../pattern-recognizer.ts";
import type { Recognizer } from "../recognizer.ts";
import { anyCase } from "./fixed-format-parts.ts";

const MENTION = placeholderMentionPattern();
/** The label of a mention: a type's name in any case, its words apart as placeholders write them. */
const LABEL = ENTITY_TYPES.map((t) => t.split("_").map(anyCase).join("[\\s_\\\\-]+")).join("|");
/**
 * Every mention ends in a number written after a label and a separator: the scan stops at the first
 * digit of such a number only, the label checked by a look-behind (a stop at every number of the
 * text, with a slice and a test each, cost more than the rest of the recognizer). The label is
 * checked once per number, at its first digit: `\d+` then a look-behind would check it again for
 * every digit and every shorter end. A gate at a digit, searched with the others (both cases are
 * spelled out: that search has no `i` flag).
 */
const NUMBER_AFTER_LABEL = {
  regex: new RegExp(
    `\\d(?<![0-9]\\d)(?<=(?:${LABEL})[\\s_\\\\-]{0,5}[_\\- \\t\\u00a0\\u202f]\\d)\\d*`,
    DIGIT_GATE_FLAGS
  ),
  atDigit: true,
};

/**
 * Text that already looks like one of our placeholders, in any writing the restorer accepts (a
 * document quoting a pseudonymised one), is masked like personal data, so that restoration can
 * never mistake it for one of ours.
 */
export const placeholderLiteralRecognizer: Recognizer = {
  name: "placeholder-literal",
  type: "BALISE",
  analyze(text: string): Entity[] {
    const entities: Entity[] = [];
    let covered = 0;
    const numbers = gateOccurrences(text, NUMBER_AFTER_LABEL);
    for (let i = 0; i < numbers.length; i += 2) {
      const numberStart = numbers[i]!;
      const numberEnd = numbers[i + 1]!;
      if (numberEnd <= covered) continue;
      MENTION.lastIndex = Math.max(covered, numberStart - MAX_MENTION_LENGTH);
      for (
        let match = MENTION.exec(text);
        match && match.index <= numberStart;
        match = MENTION.exec(text)
      ) {
        const end = match.index + match[0].length;
        if (end < numberEnd) continue;
        covered = end;
        if (!isProse(match[0]))
          entities.push({
            start: match.index,
            end,
            type: "BALISE",
            score: 1,
            recognizer: "placeholder-literal",
          });
        break;
      }
    }
    return entities;
  },
};
