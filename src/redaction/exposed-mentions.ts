import type { Entity } from "./entity.ts";
import { bareMentionBefore } from "./placeholder.ts";
import { isDigitCode } from "./text/chars.ts";

/**
 * Bare mentions that masking would expose. The placeholder grammar reads no bare mention before a
 * number that goes on (`SIRET 812 345 678 00019`, `TVA 20 %`), so the text keeps it as written;
 * but once that number is masked (`PERSONNE_2 192.168.12.7` becomes `PERSONNE_2 [ADRESSE_IP_1]`)
 * the restorer would read it, and give back the vault's second person in its place. Each such
 * mention, right before an entity that starts with a digit, is masked too (`BALISE`), as the
 * placeholder literal recognizer masks the others. `entities` are in text order and do not
 * overlap; returns the mentions, overlapping none of them, in text order.
 */
export function exposedMentions(text: string, entities: readonly Entity[]): Entity[] {
  const found: Entity[] = [];
  let previousEnd = 0;
  for (const entity of entities) {
    const after = previousEnd;
    previousEnd = entity.end;
    if (!isDigitCode(text.charCodeAt(entity.start))) continue;
    const mention = bareMentionBefore(text, entity.start);
    if (mention && mention[0] >= after)
      found.push({
        start: mention[0],
        end: mention[1],
        type: "BALISE",
        score: 1,
        recognizer: "placeholder-literal",
      });
  }
  return found;
}
