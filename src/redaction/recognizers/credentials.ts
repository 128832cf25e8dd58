import type { Entity } from "../entity.ts";
import type { Recognizer } from "../recognizer.ts";
import { foldApostrophes } from "../text/fold.ts";
import { ONLINE_PLATFORMS } from "./online-platforms.ts";

/** A login: letters, digits, `_`, `.` and `-` inside, sixty-four at most. */
const LOGIN = /[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]{0,62}[\p{L}\p{N}_])?/uy;
/** A password: anything but spaces, up to the first space; quoted, up to its closing quote. */
const SECRET = /[^\s«»"“”]{3,64}/uy;
const QUOTED_SECRET = /[^\n«»"“”]{3,64}?(?=\s*[»"”])/uy;
const OPENING_QUOTE = /[«"“'‘]\s*/uy;

/** The passwords' labels; the others name a login. */
const SECRET_LABELS = [
  "mot de passe",
  "mots de passe",
  "mdp",
  "password",
  // A building's door code lets anyone in where the person lives.
  "digicode",
  "code porte",
  "code de la porte",
  "code d'entree",
  "code d'acces",
  "code immeuble",
];
/** Labels that name a login, with the words that say which account after them. */
const LOGIN_LABELS = [
  "identifiant",
  "identifiants",
  "login",
  "logins",
  "username",
  "user name",
  "nom d'utilisateur",
  "compte utilisateur",
  // A network's name is a label of its own (`Instagram : lea.m`); those that are words too are not.
  ...ONLINE_PLATFORMS.filter((platform) => platform !== "signal" && platform !== "threads"),
];
/**
 * A label as the last words before a colon on its line, folded: the label, then up to four words
 * that say which account (`Identifiant de connexion :`, `Mot de passe (provisoire) :`,
 * `identifiant France Travail :`, `compte Instagram :`).
 */
const LABEL_BEFORE_COLON = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(${[...SECRET_LABELS, ...LOGIN_LABELS].join("|")})` +
    `(?:[\\s(]+[\\p{L}\\p{N}'.-]+\\)?){0,4}[\\s)]*$`,
  "u"
);
/** `Utilisateur :` as a form's field, alone on its line: `Type d'utilisateur :` names no login. */
const USER_FIELD = /^[\s\p{P}]*(utilisateur|user)[\s)]*$/u;
/** How far before a colon its label is looked for, on the colon's line. */
const LABEL_WINDOW = 64;
/**
 * A word of a label, in any case, tried before the line is folded and read: folding costs about
 * a microsecond a colon, and most colons follow no label.
 */
const LABEL_HINT = new RegExp(
  [
    "identifiant",
    "login",
    "passe",
    "mdp",
    "password",
    "code",
    "user",
    "utilisateur",
    ...ONLINE_PLATFORMS,
  ].join("|"),
  "i"
);

/**
 * The same labels in prose, before `est`, `sera` or `reste`: `votre identifiant est jdupont75`,
 * `ton mot de passe provisoire sera « Soleil2024! »`. Prose goes on after the value, so only a
 * value no word has is taken there (a digit, a sign, a capital inside) or one in quotes.
 */
const IN_PROSE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(identifiants?)|(mots? de passe))` +
    `(?:\\s+(?:provisoire|temporaire|initial|personnel|de connexion|d'acces|windows|ent)){0,2}` +
    `\\s+(?:est|sera|reste)\\s+(?:le suivant\\s*)?:?\\s*`,
  "u"
);
/**
 * Where the prose forms' labels are: each one literal, which the regex engine skips to (0.2 to 0.3
 * ms a megabyte each, where one search for both, or for `mot de passe` whole, cost 0.6 to 0.9).
 */
const DOOR_LITERAL = /[Dd]igicode|DIGICODE/g;
const PROSE_LABELS = [/[Ii]dentifiant|IDENTIFIANT/g, /passe|PASSE/g, DOOR_LITERAL];
/** A door code in prose, its value right after it: `4e ét., digicode 4521B`. */
const DOOR_CODE = /(?<![\p{L}\p{N}])digicode\s*(?::|=|est)?\s*/u;
/** How far before its literal a prose label starts (`mots de passe`), and how long it runs after. */
const PROSE_BEFORE = 8;
const PROSE_WINDOW = 120;
const NOT_A_WORD = /[\p{N}_.@!?#$%&*+=~^-]|\p{Ll}\p{Lu}/u;

/**
 * What a form's field holds when it holds no credential: an answer, a pronoun or a filler. Compared
 * folded.
 */
const NO_VALUE = new Set([
  "inconnu",
  "inconnue",
  "neant",
  "aucun",
  "aucune",
  "non",
  "oui",
  "nc",
  "nr",
  "na",
  "idem",
  "voir",
  "vide",
  "perdu",
  "oublie",
  "absent",
  "identique",
  "inchange",
  "provisoire",
  "temporaire",
  "personnel",
  "confidentiel",
  "transmis",
  "envoye",
  "joint",
  "expire",
  "bloque",
  "requis",
  "obligatoire",
  "facultatif",
  "valide",
  "invalide",
  "incorrect",
  "errone",
  "correct",
  "le",
  "la",
  "les",
  "un",
  "une",
  "votre",
  "vos",
  "son",
  "sa",
  "ses",
  "mon",
  "ma",
  "ton",
  "ta",
  "leur",
  "celui",
  "celle",
  "cf",
  "ci-dessous",
  "ci-dessus",
  "ci-joint",
  "suivant",
  "suivante",
  "habituel",
  "habituelle",
  "xxx",
]);

/**
 * What may follow a field's value on its line: nothing, a sign that ends it, or the next field
 * (`identifiant : jdupont / mot de passe : …`, `… et mot de passe …`).
 */
const FIELD_END = /[\t ]*(?:$|[\r\n,;.!?)/|»”"(]|et\s|-\s|–)/uy;

const SCORE = 0.6;

/**
 * A login or a password after its label, as agents paste them into the message that gives a user
 * their access (`Identifiant : jdupont`, `Mot de passe provisoire : Soleil2024!`, `votre
 * identifiant est j.dupont75`) or note an account (`compte Instagram : lea.m`, `nom d'utilisateur
 * : tgirard`) or a building's door code (`digicode 4521B`). A login is one person's; a password is
 * nobody's business but its holder's. Under a colon, a field's whole value is taken when it is one
 * word on its line: a sentence after the colon (`Mot de passe : celui de votre messagerie`) or an
 * answer (`Identifiant : inconnu`) is not a credential. Found from each colon by `indexOf`, and in
 * prose from its labels' literals.
 */
export const credentialsRecognizer: Recognizer = {
  name: "credentials",
  type: "IDENTIFIANT",
  analyze(text: string): Entity[] {
    const found: Entity[] = [];
    for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
      const label = labelBefore(text, colon);
      if (label === undefined) continue;
      const entity = fieldValue(text, colon + 1, SECRET_LABELS.includes(label), false);
      if (entity) found.push(entity);
    }
    for (const literal of PROSE_LABELS) {
      literal.lastIndex = 0;
      for (const { index } of text.matchAll(literal)) {
        const from = Math.max(0, index - PROSE_BEFORE);
        const near = foldApostrophes(text.slice(from, index + PROSE_WINDOW));
        const door = literal === DOOR_LITERAL;
        const match = (door ? DOOR_CODE : IN_PROSE).exec(near);
        if (!match || match.index > index - from) continue;
        const after = from + match.index + match[0].length;
        const entity = fieldValue(text, after, door || Boolean(match[2]), true);
        if (entity && !found.some((other) => other.start === entity.start)) found.push(entity);
      }
    }
    return found.length > 0 ? [...found, ...elsewhere(text, found)] : found;
  },
};

/**
 * The credentials looked for elsewhere, in text order: each is one search of the whole text, and a
 * list of thousands would cost their number times its length.
 */
const MAX_REWRITTEN = 16;
/** Shorter credentials are words often enough (`lea`, `marc`) not to be looked for elsewhere. */
const MIN_REWRITTEN = 5;
/** What may not touch a credential written again: it would be part of a longer word. */
const IN_TOKEN = /[\p{L}\p{N}_@]/u;

/**
 * The same credentials written again without their labels (`votre identifiant clefevre reste le
 * même`): the engine gives no value in lower case to the other occurrences of it, and a login
 * seldom starts with a capital.
 */
function elsewhere(text: string, found: readonly Entity[]): Entity[] {
  const more: Entity[] = [];
  const starts = new Set(found.map((entity) => entity.start));
  const distinct = new Map(found.map((e) => [text.slice(e.start, e.end), e]));
  for (const entity of [...distinct.values()].slice(0, MAX_REWRITTEN)) {
    const value = text.slice(entity.start, entity.end);
    if (value.length < MIN_REWRITTEN) continue;
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
      const end = at + value.length;
      if (starts.has(at)) continue;
      if (at > 0 && (IN_TOKEN.test(text[at - 1]!) || /[.-]/.test(text[at - 1]!))) continue;
      if (end < text.length && IN_TOKEN.test(text[end]!)) continue;
      more.push({ ...entity, start: at, end });
    }
  }
  return more;
}

/** The label that ends the colon's line before it, folded, if a credential's. */
function labelBefore(text: string, colon: number): string | undefined {
  const from = Math.max(0, colon - LABEL_WINDOW);
  // The line is looked for within the window only: a long line of colons is read in linear time.
  const reach = text.slice(from, colon);
  const lineStart = reach.lastIndexOf("\n") + 1;
  const segment = reach.slice(lineStart);
  if (!LABEL_HINT.test(segment)) return undefined;
  const folded = foldApostrophes(segment);
  const label = LABEL_BEFORE_COLON.exec(folded);
  if (label) return label[1];
  return lineStart > 0 || from === 0 ? USER_FIELD.exec(folded)?.[1] : undefined;
}

/**
 * The credential that starts at `from` (after spaces and an opening quote), if the field holds
 * one: in prose, only a value no word has, or a quoted one.
 */
function fieldValue(text: string, from: number, secret: boolean, prose: boolean): Entity | null {
  let start = from;
  while (text[start] === " " || text[start] === "\t" || text[start] === "\u00a0") start++;
  OPENING_QUOTE.lastIndex = start;
  const quoted = OPENING_QUOTE.exec(text);
  if (quoted) start += quoted[0].length;
  const shape = secret ? (quoted ? QUOTED_SECRET : SECRET) : LOGIN;
  shape.lastIndex = start;
  const match = shape.exec(text);
  if (!match) return null;
  // A sentence's full stop or a closing bracket after a password is the sentence's, not the password's.
  const value = secret ? match[0].replace(/[.,;:)]+$/, "") : match[0];
  const end = start + value.length;
  if (text[end] === "@" || !/[\p{L}\p{N}]/u.test(value)) return null;
  if (NO_VALUE.has(foldApostrophes(value))) return null;
  if (prose && !quoted && !NOT_A_WORD.test(value)) return null;
  FIELD_END.lastIndex = end;
  if (!quoted && !prose && !FIELD_END.test(text)) return null;
  return {
    start,
    end,
    type: "IDENTIFIANT",
    score: SCORE,
    recognizer: "credentials",
    // One account in any case; a password as written.
    key: secret ? value : value.toLowerCase(),
  };
}
