import { describe, expect, it } from "vitest";
import { forgetWordStarts, wordStarts } from "../../src/redaction/text/word-starts.ts";

const startsOf = (text: string) => wordStarts(text).map((at) => text.slice(at, at + 3));

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
});
