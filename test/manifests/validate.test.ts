import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  validateManifest,
  validateManifestFile,
  type ManifestProblem,
} from "../../src/manifests/validate.ts";

const WORD = "manifest.xml";
const OUTLOOK = "addin/manifest.xml";
/** The SourceLocation of the Outlook compose form, the last one of FormSettings. */
const EDIT_FORM_SOURCE =
  '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>\n      </DesktopSettings>\n    </Form>\n  </FormSettings>';
const read = (path: string): string =>
  readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

/** The manifest with one piece of text replaced, and the line where that text was. */
function broken(path: string, from: string, to: string): { xml: string; line: number } {
  const xml = read(path);
  const at = xml.indexOf(from);
  if (at < 0) throw new Error(`${from} is not in ${path}`);
  return { xml: xml.replace(from, to), line: xml.slice(0, at).split("\n").length };
}

async function problemsOf(
  path: string,
  from: string,
  to: string
): Promise<{ problems: ManifestProblem[]; line: number }> {
  const { xml, line } = broken(path, from, to);
  return { problems: await validateManifest(xml), line };
}

describe("validateManifest", () => {
  it.each([WORD, OUTLOOK])("finds nothing wrong with %s", async (path) => {
    expect(await validateManifestFile(new URL(`../../${path}`, import.meta.url).pathname)).toEqual(
      []
    );
  });

  it("names a missing required element where the schema expected it", async () => {
    const { problems, line } = await problemsOf(WORD, "<Version>1.0.0.0</Version>\n", "");
    expect(problems).toContainEqual({
      line,
      message: expect.stringMatching(/ProviderName.*attendu ici : AlternateId ou Version/),
    });
  });

  it("names the element that should come before another", async () => {
    const { problems, line } = await problemsOf(OUTLOOK, '<Label resid="Group.Label"/>\n', "");
    expect(problems).toContainEqual({
      line,
      message: expect.stringMatching(/Control.*attendu ici : Label/),
    });
  });

  it("names the missing child of an element", async () => {
    const { problems, line } = await problemsOf(
      OUTLOOK,
      EDIT_FORM_SOURCE,
      EDIT_FORM_SOURCE.slice(EDIT_FORM_SOURCE.indexOf("</DesktopSettings>"))
    );
    expect(problems).toContainEqual({
      line: line - 1,
      message: "Élément « DesktopSettings » : il manque l'élément enfant SourceLocation.",
    });
  });

  it("reports elements in the wrong order", async () => {
    const word = read(WORD);
    const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
    const swapped = word
      .replace(permissions, "")
      .replace("  <DefaultSettings>", `${permissions}  <DefaultSettings>`);
    const line = swapped.split("\n").findIndex((text) => text.includes("<Permissions>")) + 1;
    expect(await validateManifest(swapped)).toContainEqual({
      line,
      message: expect.stringMatching(/Permissions.*mauvais ordre.*DefaultSettings/),
    });
  });

  it("refuses an http URL", async () => {
    const { problems, line } = await problemsOf(
      OUTLOOK,
      EDIT_FORM_SOURCE,
      EDIT_FORM_SOURCE.replace("https:", "http:")
    );
    expect(problems).toEqual([
      {
        line,
        message: expect.stringMatching(/http:\/\/localhost:3000\/taskpane\.html.*exige https/),
      },
    ]);
  });

  it("refuses a URL that is not absolute", async () => {
    const { problems, line } = await problemsOf(
      WORD,
      "https://localhost:3000/assets/icon-64.png",
      "assets/icon-64.png"
    );
    expect(problems).toEqual([
      { line, message: expect.stringMatching(/« assets\/icon-64\.png ».*URL absolue/) },
    ]);
  });

  it("refuses an icon served from an origin that is neither the pane's nor in AppDomains", async () => {
    const { problems, line } = await problemsOf(
      OUTLOOK,
      'DefaultValue="https://localhost:3000/assets/icon-16.png"',
      'DefaultValue="https://cdn.example.org/icon-16.png"'
    );
    expect(problems).toEqual([
      { line, message: expect.stringMatching(/https:\/\/cdn\.example\.org.*AppDomains/) },
    ]);
  });

  it("lets the support page live on another https site, since it opens in the browser", async () => {
    const { xml } = broken(
      WORD,
      "https://localhost:3000/support.html",
      "https://www.example.gouv.fr/plume/aide"
    );
    expect(await validateManifest(xml)).toEqual([]);
  });

  it("refuses a Word permission in the Outlook add-in", async () => {
    const { problems, line } = await problemsOf(
      OUTLOOK,
      "<Permissions>ReadWriteItem</Permissions>",
      "<Permissions>ReadWriteDocument</Permissions>"
    );
    expect(problems).toContainEqual({
      line,
      message: expect.stringMatching(/ReadWriteDocument.*MailApp \(Outlook\).*ReadWriteItem/),
    });
  });

  it("refuses an Outlook permission in the Word add-in", async () => {
    const { problems, line } = await problemsOf(
      WORD,
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>ReadItem</Permissions>"
    );
    expect(problems).toContainEqual({
      line,
      message: expect.stringMatching(/ReadItem.*MailApp \(Outlook\).*ReadWriteDocument/),
    });
  });

  it.each(["1.0", "1.0.0.0.0", "v1"])("refuses the version %s", async (version) => {
    const { problems, line } = await problemsOf(
      WORD,
      "<Version>1.0.0.0</Version>",
      `<Version>${version}</Version>`
    );
    expect(problems).toContainEqual({
      line,
      message: expect.stringContaining(`Version « ${version} » : la forme attendue est n.n.n.n`),
    });
  });

  it("refuses an Id that is not a GUID", async () => {
    const { problems, line } = await problemsOf(
      OUTLOOK,
      "<Id>919f74de-70c6-41eb-acc4-586f2113328e</Id>",
      "<Id>plume-outlook</Id>"
    );
    expect(problems).toContainEqual({
      line,
      message: expect.stringMatching(/Id « plume-outlook » : un GUID/),
    });
  });

  it("reports a resid that names no resource", async () => {
    const { problems, line } = await problemsOf(
      WORD,
      '<Label resid="Group.Label"/>',
      '<Label resid="Groupe.Label"/>'
    );
    expect(problems).toEqual([
      { line, message: expect.stringMatching(/« Groupe\.Label ».*Resources\/ShortStrings/) },
    ]);
  });

  it("reports XML that is not well-formed once, at the faulty line", async () => {
    const { problems, line } = await problemsOf(WORD, "</Hosts>", "</Host>");
    expect(problems).toEqual([
      {
        line,
        message: expect.stringMatching(/^XML mal formé : la balise <\/Host> ne ferme pas <Hosts>/),
      },
    ]);
  });

  it("says so when the schemas are not where it was told to look", async () => {
    await expect(validateManifest(read(WORD), { schemaDir: "/nonexistent" })).rejects.toThrow(
      /schémas du manifeste/
    );
  });
});
