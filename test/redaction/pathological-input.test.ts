import { describe, expect, it } from "vitest";
import { Engine } from "../../src/redaction/index.ts";

/**
 * Texts of 400,000 characters (the gateway's largest request) to a million (a long document
 * masked in the task pane), without a line break, each repeating what makes the engine look
 * around a candidate. A look that reaches back to the start of the line or of the word, or that
 * compares every value found, at every candidate costs the square of the length: from minutes to
 * over ten here, where a linear reading takes a second at most. Nothing is timed: the test timeout
 * is what such a regression runs into, the two cases that cost least sized to run into it whatever
 * the machine.
 */
const engine = new Engine();
const typesOf = (text: string) => new Set(engine.detect(text).map((entity) => entity.type));

describe("pathological input, read in linear time", () => {
  it("reads form fields repeated on one line (`Nom : Durand ` 77,000 times)", () => {
    const found = engine.detect("Nom : Durand ".repeat(77_000));
    expect(found).toHaveLength(77_000);
    expect(
      found.every((entity) => entity.type === "PERSONNE" && entity.end - entity.start === 6)
    ).toBe(true);
  });

  it("reads 88,000 labels before numbers that go on (`TVA 20 % `), none a placeholder", () => {
    expect(typesOf("TVA 20 % ".repeat(88_000))).toEqual(new Set());
  });

  it("reads a million characters of colons on one line (`x: `), each a field's end", () => {
    expect(typesOf("x: ".repeat(333_000))).toEqual(new Set());
  });

  it("reads a list of 70,000 land parcels after one label (`parcelles AB 12, AB 12, …`)", () => {
    const found = engine.detect(`parcelles ${"AB 12, ".repeat(70_000)}`);
    expect(found).toHaveLength(70_000);
  });

  it("reads the labels of bank details repeated on one line (`Code guichet : `)", () => {
    expect(typesOf("Code guichet : ".repeat(26_700))).toEqual(new Set());
  });

  it("reads a path of 400,000 characters beside a person named in it (`martin/` repeated)", () => {
    const found = engine.detect(`Mme Nathalie Martin : ${"martin/".repeat(57_000)}`);
    expect(found).toHaveLength(57_001);
  });

  it("reads a word of 400,000 letters made of residence hints (`demeur…`)", () => {
    expect(typesOf("demeur".repeat(66_700))).toEqual(new Set());
  });

  it("reads 80,000 credentials (1.8 million characters), each looked for elsewhere", () => {
    const lines = Array.from({ length: 80_000 }, (_, i) => `Identifiant : usager${i}\n`);
    // One accent makes the whole string one of two bytes a character, slower to search.
    expect(engine.detect(`Accès\n${lines.join("")}`)).toHaveLength(80_000);
  });

  it("reads 400,000 underscores, each of which a handle is read back from", () => {
    expect(typesOf(`compte ${"_".repeat(400_000)}`)).toEqual(new Set());
  });

  it("reads 80,000 signs for `@` in brackets (`(at) `), each read back to a local part", () => {
    expect(typesOf("(at) ".repeat(80_000))).toEqual(new Set());
  });

  it("spreads 71,000 distinct names that share their first letters (`M. Duranaaaa, `…)", () => {
    const letters = "abcdefghijklmnopqrstuvwxyz";
    const names: string[] = [];
    for (let i = 0; i < 71_000; i++) {
      let suffix = "";
      for (let rest = i, place = 0; place < 4; place++, rest = Math.floor(rest / 26))
        suffix += letters[rest % 26];
      names.push(`Duran${suffix}`);
    }
    const text = names.map((name) => `M. ${name}, `).join("");
    const found = engine.detect(text).map((entity) => text.slice(entity.start, entity.end));
    expect(found).toEqual(names);
  });
});
