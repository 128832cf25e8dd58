import type { Entity } from "../entity.ts";
import { findMentions } from "../mention-search.ts";
import { isBareMention, isProse } from "../placeholder.ts";
import type { Recognizer } from "../recognizer.ts";

/**
 * What follows a label and a number that are the start of something else: more of the number
 * (`SIRET 812 345 678 00019`, `DOSSIER 2025-06-00417`), a rate or an amount (`TVA 20 %`).
 */
const NUMBER_GOES_ON = /^(?:[ \u00a0.,/-]?\d|[ \u00a0\u202f]?[%€])/u;

/**
 * Text that already looks like one of our placeholders, in any writing the restorer accepts (a
 * document quoting a pseudonymised one), is masked like personal data, so that restoration can
 * never mistake it for one of ours. Not a label in capitals before a number that goes on: masking
 * `SIRET 812` left the rest of the number in clear, and `TVA 20 %` lost its rate.
 */
export const placeholderLiteralRecognizer: Recognizer = {
  name: "placeholder-literal",
  type: "BALISE",
  analyze(text: string): Entity[] {
    return findMentions(text)
      .filter((mention) => !isProse(mention.text))
      .filter(
        (mention) =>
          !isBareMention(mention.text) ||
          !NUMBER_GOES_ON.test(text.slice(mention.end, mention.end + 2))
      )
      .map(({ start, end }) => ({
        start,
        end,
        type: "BALISE",
        score: 1,
        recognizer: "placeholder-literal",
      }));
  },
};
