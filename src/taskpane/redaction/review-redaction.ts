import type { Engine } from "../../redaction/engine.ts";
import type { EntityType } from "../../redaction/entity-types.ts";
import { Vault, type VaultJSON } from "../../redaction/vault.ts";

/** What the pane asks of the engine: its texts (source, then instructions) and the user's and admin's terms. */
export interface RedactionRequest {
  texts: string[];
  alwaysMask: string[];
  neverMask: string[];
}

/** One masked value, placed both in the original text and in the text that leaves. */
export interface MaskedSpan {
  type: EntityType;
  placeholder: string;
  original: string;
  start: number;
  end: number;
  outStart: number;
  outEnd: number;
}

export interface RedactedText {
  original: string;
  text: string;
  spans: MaskedSpan[];
}

export interface RedactionResult {
  texts: RedactedText[];
  vault: VaultJSON;
  /** Distinct masked values (placeholders) by type, across all texts. */
  counts: Partial<Record<EntityType, number>>;
}

/**
 * Pseudonymises the texts of one request with one vault, so that a name in the instructions and in the
 * source gets the same placeholder, and places each replacement in the text that leaves for the review.
 */
export function redactForReview(engine: Engine, request: RedactionRequest): RedactionResult {
  const vault = new Vault();
  const options = { alwaysMask: request.alwaysMask, neverMask: request.neverMask, vault };
  const texts = request.texts.map((original): RedactedText => {
    const result = engine.pseudonymise(original, options);
    let shift = 0;
    const spans = result.replacements.map((r): MaskedSpan => {
      const outStart = r.start + shift;
      shift += r.placeholder.length - (r.end - r.start);
      return {
        type: r.type,
        placeholder: r.placeholder,
        original: r.original,
        start: r.start,
        end: r.end,
        outStart,
        outEnd: outStart + r.placeholder.length,
      };
    });
    return { original, text: result.text, spans };
  });
  const counts: Partial<Record<EntityType, number>> = {};
  for (const entry of vault.entries()) counts[entry.type] = (counts[entry.type] ?? 0) + 1;
  return { texts, vault: vault.toJSON(), counts };
}
