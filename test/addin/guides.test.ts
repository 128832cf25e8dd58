import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { messagesFor } from "../../src/cli/messages.ts";
import { describeSchema } from "../../src/gateway/config/schema.ts";

/** The admin guide in French and its English twin. */
const GUIDES = {
  fr: readFileSync(new URL("../../addin/README.md", import.meta.url), "utf8"),
  en: readFileSync(new URL("../../addin/README.en.md", import.meta.url), "utf8"),
};

const SECTIONS = ["server", "upstream", "auth", "policy", "audit", "logging"];

/** The guide without its generated reference, which is the same table in both. */
const prose = (guide: string) =>
  guide.replace(/<!-- configuration reference:[^]*?<!-- end of configuration reference -->/, "");

const headingLevels = (guide: string) =>
  [
    ...prose(guide)
      .replace(/^```[^]*?^```$/gm, "")
      .matchAll(/^(#+) /gm),
  ].map(([, hashes]) => hashes?.length);
const fenceLanguages = (guide: string) =>
  [...prose(guide).matchAll(/^```(\w*)\n/gm)].map(([, language]) => language);
const settingsNamed = (guide: string) =>
  new Set(
    [...prose(guide).matchAll(/`([a-z]+(?:\.[A-Za-z]+)+)`/g)]
      .map(([, path]) => path ?? "")
      .filter((path) => SECTIONS.includes(path.split(".")[0] ?? ""))
  );

describe("the admin guide and its English twin", () => {
  it("have the same sections and the same kinds of examples, in the same order", () => {
    expect(headingLevels(GUIDES.en)).toEqual(headingLevels(GUIDES.fr));
    expect(fenceLanguages(GUIDES.en)).toEqual(fenceLanguages(GUIDES.fr));
  });

  it("name the same settings, each of which exists", () => {
    expect(settingsNamed(GUIDES.en)).toEqual(settingsNamed(GUIDES.fr));
    const known = new Set(describeSchema().map((row) => row.path));
    expect([...settingsNamed(GUIDES.fr)].filter((path) => !known.has(path))).toEqual([]);
  });

  it("show only commands plume has", () => {
    const usage = messagesFor("fr").usage;
    for (const guide of Object.values(GUIDES)) {
      const commands = new Set(
        [...guide.matchAll(/^\s*(?:[A-Z_]+=\S+ )*plume ([a-z]+)/gm)].map(([, command]) => command)
      );
      expect(commands).toEqual(new Set(["manifests", "audit", "serve"]));
      for (const command of commands) expect(usage).toContain(`  ${command} `);
    }
  });
});
