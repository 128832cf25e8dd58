import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { attribute, descendantsAndSelf, parseXml } from "../../src/manifests/xml-tree.ts";

const DEVELOPMENT_ORIGIN = "https://localhost:3000";

describe.each(["manifest.xml", "addin/manifest.xml"])("%s", (manifest) => {
  const xml = readFileSync(new URL(`../../${manifest}`, import.meta.url), "utf8");
  const elements = [...descendantsAndSelf(parseXml(xml))];

  it("speaks French by default and English to an English Office", () => {
    expect(xml).toContain("<DefaultLocale>fr-FR</DefaultLocale>");
    const texts = elements.filter(
      (element) =>
        (["DisplayName", "Description"].includes(element.localName) &&
          attribute(element, "DefaultValue") !== undefined) ||
        element.localName === "String"
    );
    expect(texts.length).toBeGreaterThan(4);
    for (const text of texts) {
      const english = text.children.filter(
        (child) => child.localName === "Override" && attribute(child, "Locale") === "en-US"
      );
      expect({ line: text.line, overrides: english.length }).toEqual({
        line: text.line,
        overrides: 1,
      });
    }
  });

  it(`puts every URL on ${DEVELOPMENT_ORIGIN}, the one literal the production build rewrites`, () => {
    const urls = [...xml.matchAll(/\b[a-z]+:\/\/[^"<\s]+/g)]
      .map(([url]) => url)
      .filter(
        (url) =>
          !url.startsWith("http://schemas.microsoft.com/") && !url.startsWith("http://www.w3.org/")
      );
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(new URL(url).origin).toBe(DEVELOPMENT_ORIGIN);
  });
});
