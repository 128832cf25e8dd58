import { hasContext, type ContextRule } from "../context.ts";
import type { Entity } from "../entity.ts";
import type { Recognizer } from "../recognizer.ts";
import { ONLINE_PLATFORMS } from "./online-platforms.ts";

/** A handle: letters, digits, `_`, `.` and `-` inside, forty at most. */
const MAX_HANDLE = 40;
const HANDLE = `[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.-]{0,${MAX_HANDLE - 2}}[\\p{L}\\p{N}_])?`;
/**
 * A profile's address: the network's domain, then the handle (`facebook.com/jean.dupont.5`), and
 * the profile's number if one follows it.
 */
const PROFILE_URL = new RegExp(
  `(?<![\\p{L}\\p{N}_.-])(?:https?://)?(?:(?:www|m|fr|mobile)\\.)?` +
    `(?:facebook|fb|instagram|twitter|x|tiktok|linkedin|snapchat|youtube|threads|twitch|github|` +
    `pinterest|reddit|indeed|viadeo)\\.(?:com|fr)/(?:in/|@|u/|user/|add/|r/|p/)?${HANDLE}` +
    // A profile's number after its name (`indeed.com/r/Alexandre-Dubois/3f8a9b2c1d`).
    `(?:/[\\p{L}\\p{N}_-]+)?(?![\\p{L}\\p{N}_])`,
  "giu"
);
/** `@` starting a handle: not inside an e-mail address, a word or a profile's address. */
const AT_HANDLE = new RegExp(
  `(?<![\\p{L}\\p{N}_.+/-])@${HANDLE}(?![\\p{L}\\p{N}_@]|\\.\\p{L})`,
  "uy"
);
/**
 * A pseudonym after its label: `pseudo : darkkarim93`, `pseudonyme Snapchat kb_75_off`, `son
 * pseudo sur le forum : « lea.m »`; not `son pseudo est inconnu`.
 */
const LABELLED = new RegExp(
  `(?<![\\p{L}\\p{N}])pseudo(?:nyme)?s?(?:\\s+(?:${ONLINE_PLATFORMS.join("|")}))?` +
    `(?:\\s+(?:sur|de|du)\\s+(?:le\\s+|la\\s+|l['’])?[\\p{L}-]+)?(?:\\s+est)?` +
    // After a colon or in quotes, any handle; after a space, one no word has (a digit, `_`, `.`).
    `(?:\\s*:\\s*[«"“]?|\\s*[«"“]|\\s+(?=[\\p{L}\\p{N}_.-]*[\\p{N}_.][\\p{L}\\p{N}_]))\\s*(${HANDLE})`,
  "giu"
);
/**
 * The label's word in its usual writings: the engine skips to literals (0.1 ms a megabyte), where
 * a search in any case stops at every `p`. A second word searched in turn (`utilisateur`, for
 * `nom d'utilisateur`) cost five times as much, so a user name is read after `pseudo` only.
 */
const PSEUDO = /pseudo|Pseudo|PSEUDO/;
const HANDLE_CHAR = /[\p{L}\p{N}_.-]/u;
/**
 * What comes before no handle: an `@` or a profile's `/` (read by their own forms), a
 * placeholder's `[` or markdown's backslash.
 */
const NOT_BEFORE_HANDLE = new Set(["@", "/", "[", "\\"]);
/** A placeholder's label and number, as `[PERSONNE_1]` holds them. */
const PLACEHOLDER_BODY = /^[A-Z]+(?:_[A-Z]+)*_\d+(?![\p{L}\p{N}_])/u;
const STICKY_HANDLE = new RegExp(`${HANDLE}(?![\\p{L}\\p{N}_@]|\\.\\p{L})`, "uy");
/** Where a handle with an underscore is said to be an account's: a network or an account named. */
const ACCOUNT_CONTEXT: ContextRule = {
  words: [...ONLINE_PLATFORMS, "compte", "identifiant", "pseudo", "login", "utilisateur", "profil"],
  window: 40,
  after: 0,
};
const SCORE = 0.85;

/** One account in any case (`@Lea.Martin` is `@lea.martin`), as networks read handles. */
const entity = (text: string, start: number, end: number): Entity => ({
  start,
  end,
  type: "IDENTIFIANT",
  score: SCORE,
  recognizer: "social-handle",
  key: text.slice(start, end).toLowerCase(),
});

/**
 * A person's accounts on social networks and messaging services, as police reports and social
 * workers' notes give them: a profile's address (`facebook.com/karim.benali.5`,
 * `linkedin.com/in/jdupont`), a handle after `@` (`@karim.benali75`: French prose has no other
 * use of `@` before a word, an e-mail address aside), a handle with an underscore where an
 * account or a network is named before it (`identifiant Snapchat : kb_75_off`), and a pseudonym
 * after its label (`pseudo : darkkarim93`, `identifiant Snapchat kb_75_off`).
 */
export const socialHandleRecognizer: Recognizer = {
  name: "social-handle",
  type: "IDENTIFIANT",
  analyze(text: string): Entity[] {
    const found: Entity[] = [];
    // Each form is read where its rare sign is: `.com/`, `.fr/` and `@` by `indexOf`.
    if (text.includes(".com/") || text.includes(".fr/")) {
      PROFILE_URL.lastIndex = 0;
      for (const match of text.matchAll(PROFILE_URL))
        found.push(entity(text, match.index, match.index + match[0].length));
    }
    for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
      AT_HANDLE.lastIndex = at;
      const match = AT_HANDLE.exec(text);
      if (!match) continue;
      found.push(entity(text, at, at + match[0].length));
    }
    // A handle with an underscore (`kb_75_off`), which prose never writes, where the text names an
    // account or a network just before it: `identifiant Snapchat : kb_75_off`.
    for (let at = text.indexOf("_"); at >= 0; at = text.indexOf("_", at + 1)) {
      // Read back no further than a handle is long: a run of underscores is read in linear time.
      const limit = Math.max(0, at - MAX_HANDLE);
      let start = at;
      while (start > limit && HANDLE_CHAR.test(text[start - 1]!)) start--;
      if (start > 0 && HANDLE_CHAR.test(text[start - 1]!)) continue;
      // Inside a profile's address or after `@`: read above. Inside a placeholder (`[IBAN_1]`,
      // markdown's `\[IBAN\_1\]`): the label's underscore is no handle's.
      if (start > 0 && NOT_BEFORE_HANDLE.has(text[start - 1]!)) continue;
      while (text[start] === "." || text[start] === "-") start++;
      if (text[start] === "_" || PLACEHOLDER_BODY.test(text.slice(start, at + 24))) continue;
      STICKY_HANDLE.lastIndex = start;
      const handle = STICKY_HANDLE.exec(text);
      if (!handle) continue;
      const end = start + handle[0].length;
      if (hasContext(text, start, end, ACCOUNT_CONTEXT)) found.push(entity(text, start, end));
      at = Math.max(at, end);
    }
    if (PSEUDO.test(text)) {
      LABELLED.lastIndex = 0;
      for (const match of text.matchAll(LABELLED)) {
        const handle = match[1]!;
        const start = match.index + match[0].length - handle.length;
        found.push(entity(text, start, start + handle.length));
      }
    }
    // A pseudonym with an underscore is read both after its label and by its underscore.
    return found
      .sort((a, b) => a.start - b.start)
      .filter((e, i, all) => i === 0 || e.start !== all[i - 1]!.start);
  },
};
