import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/redaction/entity.ts";
import { ENTITY_TYPES, type EntityType } from "../../src/redaction/entity-types.ts";
import { MAX_MENTION_LENGTH } from "../../src/redaction/placeholder.ts";
import { pseudonymiseEntities } from "../../src/redaction/pseudonymiser.ts";
import { restore, StreamRestorer, type RestoreOptions } from "../../src/redaction/restorer.ts";
import { Vault } from "../../src/redaction/vault.ts";

/** A vault knowing numbers 1 to 3 of every type; 4 and above are unknown. */
function makeKnownVault(): Vault {
  const vault = new Vault();
  for (const type of ENTITY_TYPES) {
    for (const name of ["Alice Martin", "Bruno Petit", "Chloé Roux"])
      vault.placeholderFor(type, `${name} (${type})`);
  }
  return vault;
}
const knownVault = makeKnownVault();

/** A placeholder as a model may write it back: any case, separator, escape, padding, brackets or none. */
const placeholderWriting = fc
  .record({
    type: fc.constantFrom(...ENTITY_TYPES),
    index: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.constantFrom(4, 12, 13)),
    casing: fc.constantFrom<(s: string) => string>(
      (s) => s,
      (s) => s.toLowerCase(),
      (s) => s[0] + s.slice(1).toLowerCase()
    ),
    separator: fc.constantFrom("_", " ", "-", "\\_"),
    brackets: fc.constantFrom<[string, string]>(
      ["[", "]"],
      ["\\[", "\\]"],
      ["[ ", " ]"],
      ["", ""],
      ["\\[", "]"]
    ),
  })
  .map(
    ({ type, index, casing, separator, brackets: [open, close] }) =>
      `${open}${casing(type).replaceAll("_", separator)}${separator}${index}${close}`
  );

const word = fc.constantFrom(
  "Bonjour",
  "le",
  "personne",
  "adresse",
  "IP",
  "DATE",
  "x",
  "1",
  "2A",
  "é",
  "𝐀",
  "n°"
);
const punctuation = fc.constantFrom(
  " ",
  " ",
  "\n",
  ",",
  ".",
  "'",
  "’",
  "[",
  "]",
  "\\",
  "_",
  "\\_",
  "-",
  "*",
  "**",
  "`",
  "#"
);
const answer = fc
  .array(fc.oneof(word, punctuation, { arbitrary: placeholderWriting, weight: 2 }), {
    maxLength: 30,
  })
  .map((parts) => parts.join(""));

/** Some cut points of a text: the chunks a stream may deliver it in, empty ones included; none: one code unit each. */
function chunksOf(text: string, cuts: number[] | null): string[] {
  if (cuts === null) return text.split("");
  const points = [0, ...cuts.map((c) => c % (text.length + 1)).sort((a, b) => a - b), text.length];
  return points.slice(1).map((end, i) => text.slice(points[i], end));
}

const cutPoints = fc.oneof(
  fc.array(fc.nat()),
  fc.array(fc.nat(), { minLength: 20 }),
  fc.constant(null)
);

function streamAll(chunks: string[], vault: Vault, options?: RestoreOptions) {
  const restorer = new StreamRestorer(vault, options);
  const outputs = chunks.map((chunk) => restorer.push(chunk));
  outputs.push(restorer.end());
  return { outputs, restorer };
}

describe("StreamRestorer, properties", () => {
  it("gives, over any chunking, exactly what restore gives for the whole text", () => {
    const sequence = [
      { placeholder: "[PERSONNE_1]", original: "A. Martin" },
      { placeholder: "[ADRESSE_IP_2]", original: "10.0.0.2" },
      { placeholder: "[PERSONNE_1]", original: "Martin" },
    ];
    fc.assert(
      fc.property(answer, cutPoints, fc.boolean(), (text, cuts, withSequence) => {
        const options = withSequence ? { sequence } : {};
        const whole = restore(text, knownVault, options);
        const { outputs, restorer } = streamAll(chunksOf(text, cuts), knownVault, options);
        expect(outputs.join("")).toBe(whole.text);
        expect(restorer.unknown).toEqual(whole.unknown);
        expect(restorer.restored).toBe(whole.restored);
      }),
      { numRuns: 4000 }
    );
  });

  it("holds back no more than a placeholder's length, and only the end of what it was given", () => {
    fc.assert(
      fc.property(answer, cutPoints, (text, cuts) => {
        // An empty vault restores nothing, so what comes out is what went in, minus the held tail.
        const restorer = new StreamRestorer(new Vault());
        let given = "";
        let shown = "";
        for (const chunk of chunksOf(text, cuts)) {
          given += chunk;
          shown += restorer.push(chunk);
          expect(given.startsWith(shown)).toBe(true);
          expect(given.length - shown.length).toBeLessThanOrEqual(MAX_MENTION_LENGTH + 1);
        }
        expect(shown + restorer.end()).toBe(text);
      }),
      { numRuns: 1000 }
    );
  });
});

describe("restore after pseudonymisation, properties", () => {
  // Words of the labels, so that text between entities never reads as a placeholder by itself.
  const labelWords = [...new Set(ENTITY_TYPES.flatMap((type) => type.split("_")))].join("|");
  const looksLikePlaceholder = new RegExp(`(?:${labelWords})[\\s\\\\_-]*\\d`, "iu");

  const filler = fc
    .oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.array(fc.oneof(word, punctuation), { maxLength: 8 }).map((parts) => parts.join(""))
    )
    .filter((text) => !looksLikePlaceholder.test(text));

  const entityValue: fc.Arbitrary<{ type: EntityType; value: string }> = fc.oneof(
    // The same person written in full, then by surname: one placeholder, two writings.
    fc
      .constantFrom("Jean Dupont", "Dupont", "M. DUPONT", "Marie Curie", "Curie")
      .map((value) => ({ type: "PERSONNE" as const, value })),
    fc
      .constantFrom("12 rue de la Paix, 75002 Paris", "3 place Bellecour")
      .map((value) => ({ type: "ADRESSE" as const, value })),
    fc
      .constantFrom("192.168.1.10", "10.0.0.1")
      .map((value) => ({ type: "ADRESSE_IP" as const, value })),
    fc.string({ minLength: 1 }).map((value) => ({ type: "TERME" as const, value })),
    // A placeholder in the user's own text is masked by the engine as a BALISE.
    placeholderWriting.map((value) => ({ type: "BALISE" as const, value }))
  );

  it("gives back the original text exactly", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(filler, entityValue), { maxLength: 12 }),
        filler,
        (pairs, last) => {
          let text = "";
          const entities: Entity[] = [];
          for (const [before, { type, value }] of pairs) {
            text += before;
            entities.push({
              start: text.length,
              end: text.length + value.length,
              type,
              score: 1,
              recognizer: "test",
            });
            text += value;
          }
          text += last;
          const result = pseudonymiseEntities(text, entities, new Vault());
          const back = restore(result.text, result.vault, { sequence: result.replacements });
          expect(back.text).toBe(text);
          expect(back.unknown).toEqual([]);
          expect(back.restored).toBe(entities.length);
        }
      ),
      { numRuns: 2000 }
    );
  });
});
