import { describe, expect, it } from "vitest";
import { forgetWordStarts, wordStarts } from "../../src/redaction/text/word-starts.ts";

const startsOf = (text: string) => Array.from(wordStarts(text), (at) => text.slice(at, at + 3));

describe("word starts", () => {
  it("are the capitals and digits that begin a word, not those inside one", () => {
    expect(startsOf("Le requérant, M. McCann (CEDH, 1998), vit à Saint-Étienne.")).toEqual([
      "Le ",
      "M. ",
      "McC",
      "CED",
      "199",
      "Sai",
      "Éti",
    ]);
  });

  it("are found again for another text, and for the same text once forgotten", () => {
    expect(startsOf("Jean")).toEqual(["Jea"]);
    expect(startsOf("un 12")).toEqual(["12"]);
    forgetWordStarts();
    expect(startsOf("un 12")).toEqual(["12"]);
  });

  it("are all found in a text with more of them than the first buffer holds", () => {
    const words = Array.from({ length: 10_000 }, (_, i) => `Mot${i}`);
    const starts = wordStarts(words.join(" "));
    expect(starts.length).toBe(10_000);
    expect(starts[9_999]).toBe(words.slice(0, 9_999).join(" ").length + 1);
  });
});
