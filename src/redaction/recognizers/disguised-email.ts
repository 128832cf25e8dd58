import type { Entity } from "../entity.ts";
import type { Recognizer } from "../recognizer.ts";

/** A dot of the address, as written or disguised: `.`, `[dot]`, `(point)`, `[.]`, ` point `. */
const DOT =
  "(?:\\.|[ \\t]*[[({][ \\t]*(?:dot|point|\\.)[ \\t]*[\\])}][ \\t]*|[ \\t]+(?:dot|point)[ \\t]+)";
const LOCAL_WORD = "[\\p{L}\\p{N}_%+-]+";
const LABEL = "[\\p{L}\\p{N}-]+";

/**
 * The part before the sign, read back from it (a look-behind, which V8 matches backwards: one try
 * from the sign, where a search ending at it would try every start before it): words joined by
 * dots, written or disguised.
 */
const LOCAL_BEFORE_SIGN = new RegExp(
  `(?<=(?<![\\p{L}\\p{N}_%+.-])(${LOCAL_WORD}(?:${DOT}${LOCAL_WORD})*)([ \\t]*))`,
  "iuy"
);
/** The domain after the sign: labels joined by dots, the last one a top-level label of letters. */
const DOMAIN_AFTER_SIGN = new RegExp(
  `[ \\t]*(?:${LABEL}${DOT})+\\p{L}{2,24}(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`,
  "iuy"
);
/** A sign for `@` in brackets, ending at the closer just read: `[at]`, `(@)`, `{arobase}`. */
const BRACKETED_SIGN = /[[({][ \t]*(?:at|@|arobase?)[ \t]*[\])}]$/i;
/** The sign spelled out, which is only ever said of an address. */
const SPELLED_SIGN = /arobase?/gi;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DOTS = new RegExp(DOT, "giu");
/** How far back from its sign an address's local part is read. */
const LOCAL_REACH = 64;

/**
 * The address as mail servers read it, for the vault: `Jean point Dupont (at) gmail [dot] com`
 * is `jean.dupont@gmail.com`.
 */
const plainAddress = (local: string, domain: string) =>
  `${local.replace(DOTS, ".")}@${domain.trim().replace(DOTS, ".")}`.toLowerCase();

/** Where a sign for `@` is written in a disguised address, as start and end pairs in text order. */
function signs(text: string): [number, number][] {
  const found: [number, number][] = [];
  // Each closer found by `indexOf`, which skips to it at memory speed; a regex for the bracketed
  // signs stopped at every letter `a` of the text.
  for (const closer of ["]", ")", "}"])
    for (let at = text.indexOf(closer); at >= 0; at = text.indexOf(closer, at + 1)) {
      const sign = BRACKETED_SIGN.exec(text.slice(Math.max(0, at - 12), at + 1));
      if (sign) found.push([at + 1 - sign[0].length, at + 1]);
    }
  SPELLED_SIGN.lastIndex = 0;
  for (let match = SPELLED_SIGN.exec(text); match; match = SPELLED_SIGN.exec(text)) {
    const end = match.index + match[0].length;
    const before = text[match.index - 1];
    const after = text[end];
    if ((before && LETTER_OR_DIGIT.test(before)) || (after && LETTER_OR_DIGIT.test(after)))
      continue;
    found.push([match.index, end]);
  }
  // `@` with spaces around it, or before a disguised domain: the plain address is the e-mail
  // recognizer's.
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1))
    found.push([at, at + 1]);
  return found.sort((a, b) => a[0] - b[0]);
}

/**
 * E-mail addresses written so that harvesters miss them, and so the e-mail recognizer too:
 * `jean.dupont [at] gmail.com`, `jean.dupont(at)gmail(dot)com`, `jean.dupont @ gmail [.] com`,
 * and as a procès-verbal writes what was said, `jean point dupont arobase orange point fr`. Each
 * gets the plain address as its identity, so that it shares a placeholder with the address
 * written plainly elsewhere.
 */
export const disguisedEmailRecognizer: Recognizer = {
  name: "disguised-email",
  type: "COURRIEL",
  analyze(text: string): Entity[] {
    const found: Entity[] = [];
    let covered = 0;
    for (const [signStart, signEnd] of signs(text)) {
      if (signStart < covered) continue;
      const before = text.slice(Math.max(covered, signStart - LOCAL_REACH), signStart);
      LOCAL_BEFORE_SIGN.lastIndex = before.length;
      const read = LOCAL_BEFORE_SIGN.exec(before);
      if (!read) continue;
      const [, local = "", spaces = ""] = read;
      DOMAIN_AFTER_SIGN.lastIndex = signEnd;
      const domain = DOMAIN_AFTER_SIGN.exec(text);
      if (!domain) continue;
      const start = signStart - spaces.length - local.length;
      const end = signEnd + domain[0].length;
      const sign = text.slice(signStart, signEnd);
      // A plain `user@domain.fr`, no space nor disguised dot in it, is the e-mail recognizer's;
      // an `@` after a space but before none starts a handle (`compte @chloe.mrtn`).
      if (sign === "@" && !/[[({]/.test(domain[0])) {
        if (!/\s/.test(text.slice(start, end))) continue;
        if (spaces && !/^\s/.test(domain[0])) continue;
      }
      found.push({
        start,
        end,
        type: "COURRIEL",
        score: 0.9,
        recognizer: "disguised-email",
        key: plainAddress(local, domain[0]),
      });
      covered = end;
    }
    return found;
  },
};
