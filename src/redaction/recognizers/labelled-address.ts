import type { Entity } from "../entity.ts";
import type { Recognizer } from "../recognizer.ts";
import { fold } from "../text/fold.ts";

/**
 * An address field's label, first on its line (a list's dash or bullet aside) and last before a
 * colon: `Adresse`, `Adresse au pays`, `Adresse actuelle`, `Domicile`, `Domicilié(e)`, in any case;
 * not an e-mail's, a web site's or a machine's address, nor prose (`rentre à son domicile :`) nor
 * another field (`Justificatif de domicile :`). Folded.
 */
const LABEL_BEFORE_COLON =
  /^[\s\p{P}•]*(?:adresse|domicile|domicilie|domiciliee)(?:[\s(]+(?!e-?mail|mail|electronique|courriel|ip|web|internet|url|du site)[\p{L}'’.-]+\)?){0,3}\s*$/u;
/** Tried on the unfolded text before the line is folded: most colons follow no such label. */
const LABEL_HINT = /dresse|DRESSE|omicil|OMICIL/;
/** The longest label, its line's start to its colon. */
const LABEL_WINDOW = 48;
/**
 * Where a field's value ends on its line: a tab, a column's gap of three spaces, a dash or a bar
 * between spaces, a semicolon (`… — digicode 4521B`).
 */
const VALUE_END = /\t| {3}| [—–|] |;|\r?\n/g;
/** A remark in brackets after the address, in words (`(chez la mère)`), not a region's code. */
const TRAILING_REMARK = /\s*\([^()]*\p{Ll}{3}[^()]*\)$/u;
/** Values that say there is no address: `inconnue`, `voir ci-dessus`, `SDF`, `néant`. Folded. */
const NO_ADDRESS =
  /^(?:inconnue?s?|voir|idem|identique|meme|neant|non|sans|sdf|nc|n\/c|cf|ci-dessus|aucune?|a completer|\?|-)(?![\p{L}\p{N}])/u;
/**
 * The countries an address abroad ends with in the files of a prefecture or a consulate, folded:
 * left out of the span, as a country names no one.
 */
const COUNTRIES = new Set(
  (
    "maroc algerie tunisie libye egypte senegal mali guinee cameroun niger tchad congo gabon benin " +
    "togo comores madagascar mauritanie turquie syrie liban irak iran afghanistan pakistan inde " +
    "chine vietnam viet nam cambodge laos haiti bresil colombie france espagne portugal italie " +
    "allemagne belgique suisse pologne roumanie bulgarie ukraine russie royaume-uni usa etats-unis " +
    "italia espana deutschland osterreich schweiz polska united kingdom"
  ).split(" ")
);
/** A segment of a value that starts with `chez` or `c/o`: a host's name, not the address. */
const CARE_OF = /^(?:chez|c\/o|aux bons soins de)\s/iu;
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}/gu;
const SCORE = 0.85;

/** The value's span once trimmed of its host (`chez M. X,`), its country and its end signs. */
function addressSpan(text: string, start: number, end: number): [number, number] | undefined {
  let value = text.slice(start, end);
  if (CARE_OF.test(value.trimStart())) {
    const comma = value.indexOf(",");
    if (comma < 0) return undefined;
    start += comma + 1;
    value = value.slice(comma + 1);
  }
  const lead = value.length - value.trimStart().length;
  start += lead;
  value = value
    .slice(lead)
    .replace(TRAILING_REMARK, "")
    .replace(/[\s.,;]+$/u, "");
  const lastComma = value.lastIndexOf(",");
  if (lastComma > 0 && COUNTRIES.has(fold(value.slice(lastComma + 1).trim())))
    value = value.slice(0, lastComma).replace(/[\s,]+$/u, "");
  if (value.length < 4 || NO_ADDRESS.test(fold(value))) return undefined;
  // A place has a number, or names of their own: `la même que son frère` has neither.
  if (!/\d/.test(value) && (value.match(CAPITALISED)?.length ?? 0) < 2) return undefined;
  return [start, start + value.length];
}

/**
 * A form's address field, its whole value on the line: an address of any country, however its
 * country writes it (`Adresse au pays : số 45 phố Lê Lợi, quận Ngô Quyền, Hải Phòng`, `Adresse
 * actuelle : Hay Al Massira, Rue 14, n° 27, 50000 Meknès, Maroc`, `Domicile : Lieu-dit Les
 * Granges, Saint-Amour`). The postal address recognizer reads a French address by its parts
 * wherever it is; under its label, an address needs no parts to be read. The value ends at the
 * line's end or a column's gap; a host's `chez M. X,` before it and a country after it stay
 * outside; `inconnue`, `voir ci-dessus`, `SDF` are none.
 */
export const labelledAddressRecognizer: Recognizer = {
  name: "labelled-address",
  type: "ADRESSE",
  analyze(text: string): Entity[] {
    const found: Entity[] = [];
    for (let at = text.indexOf(":"); at >= 0; at = text.indexOf(":", at + 1)) {
      // A label starts its line: a longer head is prose. The line break is looked for in the
      // window only, which a line of colons would otherwise have read back to its start at each.
      const from = Math.max(0, at - LABEL_WINDOW - 1);
      const head = text.slice(from, at);
      const newline = head.lastIndexOf("\n");
      if (newline < 0 && from > 0) continue;
      const before = head.slice(newline + 1);
      if (!LABEL_HINT.test(before) || !LABEL_BEFORE_COLON.test(fold(before))) continue;
      VALUE_END.lastIndex = at + 1;
      const end = VALUE_END.exec(text)?.index ?? text.length;
      const span = addressSpan(text, at + 1, end);
      if (span)
        found.push({
          start: span[0],
          end: span[1],
          type: "ADRESSE",
          score: SCORE,
          recognizer: "labelled-address",
        });
    }
    return found;
  },
};
