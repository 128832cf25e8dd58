import type { Entity } from "./entity.ts";
import { Vault } from "./vault.ts";

export interface Replacement extends Entity {
  placeholder: string;
  /** The text that was replaced. */
  original: string;
}

export interface PseudonymiseResult {
  /** The text as it may leave the workstation. */
  text: string;
  /** What was replaced, in order of position in the original text. */
  replacements: Replacement[];
  /** The vault given, or a new one, now holding every placeholder of this text. */
  vault: Vault;
}

/** Replaces each entity (sorted, non-overlapping) by its entity's placeholder. */
export function pseudonymiseEntities(
  text: string,
  entities: readonly Entity[],
  vault = new Vault()
): PseudonymiseResult {
  entities.forEach((entity, i) => {
    if (i > 0 && entity.start < entities[i - 1]!.end)
      throw new Error("entities must be sorted and must not overlap");
  });
  // The replacement keeps the text as written, for an answer that echoes it.
  const placeholders = vault.placeholdersFor(text, entities);
  const replacements: Replacement[] = [];
  const parts: string[] = [];
  let cursor = 0;
  for (const [i, entity] of entities.entries()) {
    const original = text.slice(entity.start, entity.end);
    const placeholder = placeholders[i]!;
    parts.push(text.slice(cursor, entity.start), placeholder);
    // Built field by field: a spread over entities of several shapes takes V8's slow generic path.
    const replacement: Replacement = {
      start: entity.start,
      end: entity.end,
      type: entity.type,
      score: entity.score,
      recognizer: entity.recognizer,
      placeholder,
      original,
    };
    if (entity.key !== undefined) replacement.key = entity.key;
    if (entity.value !== undefined) replacement.value = entity.value;
    replacements.push(replacement);
    cursor = entity.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(""), replacements, vault };
}
