import type { Entity } from "../entity.ts";
import type { Recognizer } from "../recognizer.ts";

const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
/** The search starts at the `@`, which is rare in prose: a scan from every word would be slow. */
const DOMAIN = /@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,24}(?![\p{L}\p{N}-])/gu;

/** E-mail addresses: a dotted local part, `@`, a domain with a top-level label of letters. */
export const emailRecognizer: Recognizer = {
  name: "email",
  type: "COURRIEL",
  analyze(text: string): Entity[] {
    const found: Entity[] = [];
    DOMAIN.lastIndex = 0;
    for (let match = DOMAIN.exec(text); match; match = DOMAIN.exec(text)) {
      let start = match.index;
      while (start > 0 && LOCAL_CHAR.test(text[start - 1]!)) start--;
      const value = text.slice(start, match.index + match[0].length);
      const local = value.slice(0, value.indexOf("@"));
      if (local.length === 0 || local.startsWith(".") || local.includes("..")) continue;
      found.push({
        start,
        end: start + value.length,
        type: "COURRIEL",
        score: 0.95,
        recognizer: "email",
        key: value.toLowerCase(),
      });
    }
    return found;
  },
};
