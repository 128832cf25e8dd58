import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hostChecks } from "../../src/manifests/host-checks.ts";
import { validateManifest } from "../../src/manifests/validate.ts";
import { parseXml } from "../../src/manifests/xml-tree.ts";

/**
 * The ways a manifest is usually broken that validate.test.ts does not already try: each must be
 * reported, in French, at the line an admin has to open.
 */

const MANIFESTS = { word: "manifest.xml", outlook: "addin/manifest.xml" } as const;
type Manifest = keyof typeof MANIFESTS;

const read = (manifest: Manifest) =>
  readFileSync(new URL(`../../${MANIFESTS[manifest]}`, import.meta.url), "utf8");

/** The manifest with one piece of text replaced, and the line that text was on. */
function broken(manifest: Manifest, from: string, to: string): { xml: string; line: number } {
  const xml = read(manifest);
  const at = xml.indexOf(from);
  if (at < 0) throw new Error(`${from} is not in ${MANIFESTS[manifest]}`);
  return { xml: xml.replace(from, to), line: xml.slice(0, at).split("\n").length };
}

const WORD_SOURCE =
  '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>';
const OUTLOOK_RULE =
  '<Rule xsi:type="RuleCollection" Mode="Or">\n    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Read"/>\n    <Rule xsi:type="ItemIs" ItemType="Message" FormType="Edit"/>\n  </Rule>\n';

describe("the validator on a broken manifest", () => {
  it.each<[string, Manifest, string, string, RegExp]>([
    [
      "an AppDomain with a path",
      "word",
      "<AppDomain>https://localhost:3000</AppDomain>",
      "<AppDomain>https://localhost:3000/plume</AppDomain>",
      /^AppDomain « https:\/\/localhost:3000\/plume » : une origine est attendue .*sans chemin\.$/,
    ],
    [
      "an AppDomain in plain http",
      "outlook",
      "<AppDomain>https://localhost:3000</AppDomain>",
      "<AppDomain>http://localhost:3000</AppDomain>",
      /^AppDomain « http:\/\/localhost:3000 » : Office exige https, pas http\.$/,
    ],
    [
      "a ribbon image in plain http",
      "word",
      'DefaultValue="https://localhost:3000/assets/icon-80.png"',
      'DefaultValue="http://localhost:3000/assets/icon-80.png"',
      /^URL « http:\/\/localhost:3000\/assets\/icon-80\.png » : Office exige https/,
    ],
    [
      "a function file on a foreign origin",
      "outlook",
      '<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>',
      '<bt:Url id="Commands.Url" DefaultValue="https://cdn.example.org/commands.html"/>',
      /^URL « https:\/\/cdn\.example\.org\/commands\.html » : son origine .* ni dans AppDomains/,
    ],
    [
      "a required attribute missing",
      "word",
      WORD_SOURCE,
      "<SourceLocation/>\n  </DefaultSettings>",
      /^Élément « SourceLocation » : l'attribut obligatoire « DefaultValue » manque\.$/,
    ],
    [
      "an empty display name",
      "word",
      '<DisplayName DefaultValue="Plume">',
      '<DisplayName DefaultValue="">',
      /^Attribut « DefaultValue » de « DisplayName » : la valeur est vide\.$/,
    ],
    [
      "a resid naming a resource of the wrong list",
      "word",
      '<Description resid="OpenButton.Tooltip"/>',
      '<Description resid="OpenButton.Label"/>',
      /^Description : resid « OpenButton\.Label » renvoie à une ressource de ShortStrings .* LongStrings\.$/,
    ],
    [
      "a resource id defined twice",
      "outlook",
      '<bt:Url id="Commands.Url"',
      '<bt:Url id="Taskpane.Url"',
      /^Ressource « Taskpane\.Url » déjà définie ligne \d+ : chaque id doit être unique\.$/,
    ],
    [
      "a version part beyond five digits",
      "word",
      "<Version>1.0.0.0</Version>",
      "<Version>1.0.0.100000</Version>",
      /^Version « 1\.0\.0\.100000 » : la forme attendue est n\.n\.n\.n/,
    ],
  ])("%s", async (_, manifest, from, to, message) => {
    const { xml, line } = broken(manifest, from, to);
    expect(await validateManifest(xml)).toContainEqual({
      line,
      message: expect.stringMatching(message),
    });
  });

  it("an element Office does not know, where it stands", async () => {
    const { xml, line } = broken(
      "outlook",
      "<ProviderName>Plume</ProviderName>",
      "<ProviderName>Plume</ProviderName>\n  <Editor>Plume</Editor>"
    );
    expect(await validateManifest(xml)).toEqual([
      {
        line: line + 1,
        message:
          "Élément « Editor » n'est pas attendu à cette place (élément manquant ou dans le mauvais ordre) ; attendu ici : DefaultLocale.",
      },
    ]);
  });

  it.each<[string, Manifest, string, string]>([
    ["the Outlook add-in without its activation Rule", "outlook", OUTLOOK_RULE, "Rule"],
    [
      "the Word add-in without Permissions",
      "word",
      "  <Permissions>ReadWriteDocument</Permissions>\n",
      "Permissions",
    ],
  ])(
    "%s: the missing element, named at the line where it belonged",
    async (_, manifest, from, missing) => {
      const { xml, line } = broken(manifest, from, "");
      expect(await validateManifest(xml)).toEqual([
        {
          line,
          message: expect.stringMatching(
            new RegExp(`mauvais ordre\\) ; attendu ici : ${missing}\\.$`)
          ),
        },
      ]);
    }
  );

  it("a display name longer than Office allows, in French with both lengths", async () => {
    const { xml, line } = broken(
      "word",
      '<DisplayName DefaultValue="Plume"',
      `<DisplayName DefaultValue="${"P".repeat(130)}"`
    );
    expect(await validateManifest(xml)).toContainEqual({
      line,
      message: expect.stringContaining("la valeur fait 130 caractères, 125 au plus"),
    });
  });

  it("the Outlook add-in declared as a Word one: its host, its forms and its permission, each at its line", async () => {
    const { xml } = broken("outlook", 'xsi:type="MailApp"', 'xsi:type="TaskPaneApp"');
    const lines = xml.split("\n");
    const lineOf = (text: string) => lines.findIndex((line) => line.includes(text)) + 1;
    expect(await validateManifest(xml)).toEqual([
      {
        line: lineOf('<Host Name="Mailbox"'),
        message: expect.stringMatching(/^Host « Mailbox » est un hôte des compléments MailApp/),
      },
      {
        line: lineOf("<FormSettings>"),
        message: expect.stringMatching(
          /^Élément « FormSettings » n'est pas attendu .* DefaultSettings\.$/
        ),
      },
      {
        line: lineOf("<Permissions>"),
        message: expect.stringMatching(
          /^Permissions « ReadWriteItem » est une permission des compléments MailApp/
        ),
      },
    ]);
  });

  it("every problem of a manifest broken several ways, in the order of its lines", async () => {
    const word = read("word");
    const lineOf = (text: string) => word.slice(0, word.indexOf(text)).split("\n").length;
    const xml = word
      .replace("<Version>1.0.0.0</Version>", "<Version>1.0</Version>")
      .replace(
        "<Permissions>ReadWriteDocument</Permissions>",
        "<Permissions>ReadItem</Permissions>"
      )
      .replace('<Label resid="Group.Label"/>', '<Label resid="Groupe.Label"/>');
    const problems = await validateManifest(xml);
    // The schema and Office's own rule both refuse the permission: two messages, one line.
    expect(problems.map(({ line, message }) => [line, /« ([^ ]+) »/.exec(message)?.[1]])).toEqual([
      [lineOf("<Version>"), "1.0"],
      [lineOf("<Permissions>"), "Permissions"],
      [lineOf("<Permissions>"), "ReadItem"],
      [lineOf('<Label resid="Group.Label"/>'), "Groupe.Label"],
    ]);
  });
});

describe("the host checks", () => {
  const problems = (xml: string) => hostChecks.flatMap((check) => check(parseXml(xml)));

  it("find nothing wrong with the two manifests", () => {
    expect([...problems(read("word")), ...problems(read("outlook"))]).toEqual([]);
  });

  it.each<[string, Manifest, string, string, string]>([
    [
      "a host Office does not know",
      "word",
      '<Host Name="Document"/>',
      '<Host Name="Documents"/>',
      "Host « Documents » n'est pas un hôte Office ; un complément TaskPaneApp nomme Document (Word), Workbook (Excel), Presentation (PowerPoint), Notebook (OneNote) ou Project (Project).",
    ],
    [
      "Outlook's host in the Word add-in",
      "word",
      '<Host Name="Document"/>',
      '<Host Name="Mailbox"/>',
      "Host « Mailbox » est un hôte des compléments MailApp (Outlook) ; un complément TaskPaneApp nomme Document (Word), Workbook (Excel), Presentation (PowerPoint), Notebook (OneNote) ou Project (Project).",
    ],
    [
      "Word's host in the Outlook add-in",
      "outlook",
      '<Host Name="Mailbox"/>',
      '<Host Name="Document"/>',
      "Host « Document » est un hôte des compléments TaskPaneApp (Word) ; un complément MailApp nomme Mailbox (Outlook).",
    ],
  ])("report %s, at its line", (_, manifest, from, to, message) => {
    const { xml, line } = broken(manifest, from, to);
    expect(problems(xml)).toEqual([{ line, message }]);
  });
});
