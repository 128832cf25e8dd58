import type { Entity } from "../entity.ts";
import { ENTITY_TYPES } from "../entity-types.ts";
import { isProse, MAX_MENTION_LENGTH, placeholderMentionPattern } from "../placeholder.ts";
import type { Recognizer } from "../recognizer.ts";

const MENTION = placeholderMentionPattern();
/** Every mention ends in a number written after a separator: the scan starts from those numbers. */
const NUMBER_AFTER_SEPARATOR = /[_\- \t\u00a0\u202f]\d+/g;
/** The end of a label just before that number, in any case: cheap to test on a short slice. */
const LABEL_BEFORE = new RegExp(
  `(?:${ENTITY_TYPES.map((t) => t.split("_").join("[\\s_\\\\-]+")).join("|")})[\\s_\\\\-]{1,6}$`,
  "i"
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
    NUMBER_AFTER_SEPARATOR.lastIndex = 0;
    for (
      let found = NUMBER_AFTER_SEPARATOR.exec(text);
      found;
      found = NUMBER_AFTER_SEPARATOR.exec(text)
    ) {
      const numberStart = found.index + 1;
      const numberEnd = found.index + found[0].length;
      if (
        numberEnd <= covered ||
        !LABEL_BEFORE.test(text.slice(Math.max(0, numberStart - 24), numberStart))
      )
        continue;
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
