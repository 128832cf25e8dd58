import type { Entity } from "../entity.ts";
import type { Recognizer } from "../recognizer.ts";

const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
/**
 * Read at each `@`, which is rare in prose: a scan from every word would be slow. The `@` is found
 * by `indexOf`, which skips to it at memory speed; the regex's own search for it, slowed by its
 * Unicode classes, stopped at every character.
 */
const DOMAIN = /@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,24}(?![\p{L}\p{N}-])/uy;

/** E-mail addresses: a dotted local part, `@`, a domain with a top-level label of letters. */
export const emailRecognizer: Recognizer = {
  name: "email",
  type: "COURRIEL",
  analyze(text: string): Entity[] {
    const found: Entity[] = [];
    for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
      DOMAIN.lastIndex = at;
      const match = DOMAIN.exec(text);
      if (!match) continue;
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
