import type { Entity } from "../entity.ts";
import { isProse, placeholderMentionPattern } from "../placeholder.ts";
import type { Recognizer } from "../recognizer.ts";

const MENTION = placeholderMentionPattern();

/**
 * Text that already looks like one of our placeholders, in any writing the restorer accepts (a
 * document quoting a pseudonymised one), is masked like personal data, so that restoration can
 * never mistake it for one of ours.
 */
export const placeholderLiteralRecognizer: Recognizer = {
  name: "placeholder-literal",
  type: "BALISE",
  analyze(text: string): Entity[] {
    const found: Entity[] = [];
    if (!/\d/.test(text)) return found;
    for (const match of text.matchAll(MENTION)) {
      if (isProse(match[0])) continue;
      const end = match.index + match[0].length;
      found.push({ start: match.index, end, type: "BALISE", score: 1, recognizer: "placeholder-literal" });
    }
    return found;
  },
};
