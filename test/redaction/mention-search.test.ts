import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findMentions } from "../../src/redaction/mention-search.ts";
import { placeholderMentionPattern } from "../../src/redaction/placeholder.ts";

/** What a global search with the restorer's own pattern finds: the reference. */
const scanned = (text: string) =>
  [...text.matchAll(placeholderMentionPattern())].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));

/** Pieces that make and break mentions, glued at random. */
const PIECES = [
  "[PERSONNE_1]",
  "[personne 2]",
  "[ ADRESSE-IP-3 ]",
  "\\[DATE\\_NAISSANCE\\_4\\]",
  "\\[",
  "\\_",
  "PERSONNE_12",
  "personne 1",
  "NUMERO FISCAL 5",
  "CARTE_BANCAIRE__7",
  "IBAN",
  "iban 3",
  "TVA-",
  "_",
  "-",
  " ",
  "\u00a0",
  "\u202f",
  "\n",
  "[",
  "]",
  "x",
  "é",
  "𝒳",
  "0",
  "42",
  "1234567",
  "le 12 mars 2020",
  "MY_PERSONNE_1",
  "PERSONNE_1_2A",
  "Dossier",
  "DOSSIER",
  "adresse",
];

/** A reproducible stream of numbers in [0, 1). */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe("finding the mentions of placeholders in a text", () => {
  it("finds exactly what a global search with the restorer's pattern finds, on glued pieces", () => {
    const next = random(7);
    for (let n = 0; n < 3_000; n++) {
      let text = "";
      const length = 1 + Math.floor(next() * 12);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      expect(findMentions(text), JSON.stringify(text)).toEqual(scanned(text));
    }
  });

  it("finds exactly the same on real judgments, with placeholders written into them", () => {
    const corpus = join(import.meta.dirname, "../../../shared/corpus/echr-fr/dev.jsonl");
    const texts = readFileSync(corpus, "utf8")
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { text: string }).text);
    const next = random(11);
    for (const text of texts) {
      const words = text.split(" ");
      for (let i = 0; i < words.length; i += 1 + Math.floor(next() * 40))
        words[i] = PIECES[Math.floor(next() * 12)]!;
      const mixed = words.join(" ");
      expect(findMentions(text)).toEqual(scanned(text));
      expect(findMentions(mixed)).toEqual(scanned(mixed));
    }
  });
});
