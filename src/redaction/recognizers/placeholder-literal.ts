import type { Entity } from "../entity.ts";
import { ENTITY_TYPES } from "../entity-types.ts";
import { isProse, MAX_MENTION_LENGTH, placeholderMentionPattern } from "../placeholder.ts";
import type { Recognizer } from "../recognizer.ts";

const MENTION = placeholderMentionPattern();
/**
 * Every mention ends in a number written after a label and a separator: the scan stops at the first
 * digit of such a number only, the label checked by a look-behind (a stop at every number of the
 * text, with a slice and a test each, cost more than the rest of the recognizer). The label is
 * checked once per number, at its first digit: `\d+` then a look-behind would check it again for
 * every digit and every shorter end.
 */
const NUMBER_AFTER_LABEL = new RegExp(
  `\\d(?<![0-9]\\d)(?<=(?:${ENTITY_TYPES.map((t) => t.split("_").join("[\\s_\\\\-]+")).join("|")})` +
    `[\\s_\\\\-]{0,5}[_\\- \\t\\u00a0\\u202f]\\d)\\d*`,
  "gi"
);

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
    NUMBER_AFTER_LABEL.lastIndex = 0;
    for (let found = NUMBER_AFTER_LABEL.exec(text); found; found = NUMBER_AFTER_LABEL.exec(text)) {
      const numberStart = found.index;
      const numberEnd = found.index + found[0].length;
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
