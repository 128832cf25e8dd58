import { describe, expect, it } from "vitest";
import { emailRecognizer } from "../../src/redaction/recognizers/email.ts";

const found = (text: string) =>
  emailRecognizer.analyze(text).map((e) => text.slice(e.start, e.end));

describe("email recognizer", () => {
  it("finds addresses with accents, plus-tags and sub-domains", () => {
    expect(found("Écrire à jean.dupont+rh@interieur.gouv.fr ou à émilie@mairie-lyon.fr.")).toEqual([
      "jean.dupont+rh@interieur.gouv.fr",
      "émilie@mairie-lyon.fr",
    ]);
  });
  it("gives the same key to the same address in another case", () => {
    const [a] = emailRecognizer.analyze("A@B.FR");
    const [b] = emailRecognizer.analyze("a@b.fr");
    expect(a?.key).toBe(b?.key);
  });
  it("ignores what only looks like one", () => {
    expect(found("@dupont, 3@4, user@localhost, a..b@c.fr")).toEqual([]);
  });
});
