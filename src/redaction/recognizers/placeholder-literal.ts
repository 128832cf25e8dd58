import type { Entity } from "../entity.ts";
import { findMentions } from "../mention-search.ts";
import { isProse } from "../placeholder.ts";
import type { Recognizer } from "../recognizer.ts";

/**
 * Text that already looks like one of our placeholders, in any writing the restorer accepts (a
 * document quoting a pseudonymised one), is masked like personal data, so that restoration can
 * never mistake it for one of ours. The grammar they share reads no label in capitals before a
 * number that goes on (`SIRET 812 345 678 00019`, `TVA 20 %`) as a mention: masking `SIRET 812`
 * left the rest of the number in clear.
 */
export const placeholderLiteralRecognizer: Recognizer = {
  name: "placeholder-literal",
  type: "BALISE",
  analyze(text: string): Entity[] {
    return findMentions(text)
      .filter((mention) => !isProse(mention.text))
      .map(({ start, end }) => ({
        start,
        end,
        type: "BALISE",
        score: 1,
        recognizer: "placeholder-literal",
      }));
  },
};
