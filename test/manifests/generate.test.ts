import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { uuidV5 } from "../../src/manifests/addin-id.ts";
import {
  generateManifests,
  MANIFEST_HOSTS,
  ManifestOptionsError,
  manifestProblems,
} from "../../src/manifests/generate.ts";
import { attribute, descendantsAndSelf, parseXml } from "../../src/manifests/xml-tree.ts";

const ORIGIN = "https://plume.exemple.gouv.fr";
const TEMPLATES = { word: "manifest.xml", outlook: "addin/manifest.xml" } as const;
const template = (host: keyof typeof TEMPLATES) =>
  readFileSync(new URL(`../../${TEMPLATES[host]}`, import.meta.url), "utf8");
const release = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;

/** Every absolute URL of a manifest but the XML namespaces (comments are not the manifest's). */
function urls(xml: string): string[] {
  return [...xml.replace(/<!--[^]*?-->/g, "").matchAll(/\b[a-z]+:\/\/[^"<\s]+/g)]
    .map(([url]) => url)
    .filter(
      (url) =>
        !url.startsWith("http://schemas.microsoft.com/") && !url.startsWith("http://www.w3.org/")
    );
}

function topLevel(xml: string, name: string): string | undefined {
  return parseXml(xml)
    .children.find((child) => child.localName === name)
    ?.text.trim();
}

function refusal(origin: string): { fr: string; en: string } {
  try {
    generateManifests({ origin });
  } catch (error) {
    if (error instanceof ManifestOptionsError) return { fr: error.message, en: error.messageEn };
    throw error;
  }
  throw new Error(`${origin} was accepted`);
}

describe("generateManifests", () => {
  const generated = generateManifests({ origin: ORIGIN });

  it.each(MANIFEST_HOSTS)("moves every URL of the %s manifest to the origin", (host) => {
    const { xml } = generated[host];
    const found = urls(xml);
    expect(found.length).toBe(urls(template(host)).length);
    for (const url of found) expect(new URL(url).origin).toBe(ORIGIN);
    const appDomains = [...descendantsAndSelf(parseXml(xml))].filter(
      (element) => element.localName === "AppDomain"
    );
    expect(appDomains.map((domain) => domain.text.trim())).toEqual([ORIGIN]);
  });

  it.each(MANIFEST_HOSTS)(
    "changes nothing else in the %s manifest but its Id, Version and header",
    (host) => {
      const { xml, id } = generated[host];
      const developmentId = topLevel(template(host), "Id") ?? "";
      const normalise = (text: string, origin: string, addinId: string) =>
        text
          .replaceAll(origin, "ORIGIN")
          .replace(addinId, "ID")
          .replace(/<Version>[^<]*<\/Version>/, "<Version/>")
          .replace(/<!--[^]*?-->/, "<!---->");
      expect(normalise(xml, ORIGIN, id)).toBe(
        normalise(template(host), "https://localhost:3000", developmentId)
      );
      const displayName = parseXml(xml).children.find((child) => child.localName === "DisplayName");
      expect(displayName && attribute(displayName, "DefaultValue")).toBe("Plume");
    }
  );

  it("passes the offline validation, both manifests", async () => {
    const results = await manifestProblems(generated);
    expect(results.map(({ manifest, problems }) => [manifest.file, problems])).toEqual([
      ["manifest-word.xml", []],
      ["manifest-outlook.xml", []],
    ]);
  });

  it("gives each host at each origin its own Id, the same on every run", () => {
    const again = generateManifests({ origin: `${ORIGIN.toUpperCase()}:443/` });
    const other = generateManifests({ origin: "https://plume.prefecture-exemple.gouv.fr" });
    const ids = [generated.word.id, generated.outlook.id, other.word.id, other.outlook.id];
    expect(new Set(ids).size).toBe(4);
    expect([again.word.id, again.outlook.id]).toEqual([generated.word.id, generated.outlook.id]);
    expect(again.word.xml).toBe(generated.word.xml);
    for (const host of MANIFEST_HOSTS) {
      expect(topLevel(generated[host].xml, "Id")).toBe(generated[host].id);
      expect(generated[host].id).not.toBe(topLevel(template(host), "Id"));
    }
  });

  it("derives the Id as a UUID version 5, so that any UUID tool can recompute it", () => {
    // RFC 9562's own example: the DNS namespace and www.example.com.
    expect(uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2"
    );
    expect(generated.word.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab]/);
  });

  it("keeps the Ids it is given, those of add-ins deployed from another origin", () => {
    const word = "6E2D733C-2697-4195-AF9D-565C9129D6E1";
    const kept = generateManifests({ origin: ORIGIN, ids: { word } });
    expect(kept.word.id).toBe(word.toLowerCase());
    expect(topLevel(kept.word.xml, "Id")).toBe(word.toLowerCase());
    expect(kept.outlook.id).toBe(generated.outlook.id);
    expect(() => generateManifests({ origin: ORIGIN, ids: { outlook: "plume" } })).toThrow(
      /Id du complément Outlook « plume » : un GUID est attendu/
    );
  });

  it("takes the version of Plume's release as X.Y.Z.0, or the one it is given", () => {
    expect(generated.version).toBe(`${release}.0`);
    expect(topLevel(generated.word.xml, "Version")).toBe(`${release}.0`);
    const next = generateManifests({ origin: ORIGIN, version: "2.10.0.3" });
    expect(topLevel(next.outlook.xml, "Version")).toBe("2.10.0.3");
    expect(next.word.id).toBe(generated.word.id);
  });

  it.each(["1.2", "1.2.3.4.5", "v1.0.0.0", "1.0.0.100000"])(
    "refuses the version %s, in French and in English",
    (version) => {
      const attempt = () => generateManifests({ origin: ORIGIN, version });
      expect(attempt).toThrow(`Version « ${version} » : quatre nombres séparés par des points`);
      expect(attempt).toThrow(
        expect.objectContaining({
          messageEn: expect.stringContaining(`Version "${version}": four numbers`),
        })
      );
    }
  );

  it("writes the origin in its canonical form", () => {
    expect(generateManifests({ origin: " HTTPS://Plume.Exemple.GOUV.fr:443/ " }).origin).toBe(
      ORIGIN
    );
    expect(generateManifests({ origin: "https://plume.exemple.gouv.fr:8443" }).origin).toBe(
      "https://plume.exemple.gouv.fr:8443"
    );
    expect(generateManifests({ origin: "https://préfecture.exemple.fr" }).origin).toBe(
      "https://xn--prfecture-c4a.exemple.fr"
    );
  });

  it("refuses plain http and says how to serve https", () => {
    expect(refusal("http://plume.exemple.gouv.fr")).toEqual({
      fr: expect.stringMatching(
        /^Origine « http:\/\/plume\.exemple\.gouv\.fr » : Office ne charge un complément qu'en https, pas en http\. .*PLUME_TLS_CERT/
      ),
      en: expect.stringMatching(
        /^Origin "http:\/\/plume\.exemple\.gouv\.fr": Office loads an add-in over https only, not http\. /
      ),
    });
  });

  it.each([
    "https://plume.exemple.gouv.fr/plume",
    "https://plume.exemple.gouv.fr/?a=1",
    "https://plume.exemple.gouv.fr#",
    "https://admin:secret@plume.exemple.gouv.fr",
  ])("refuses %s, which is more than an origin, and names the origin to give", (origin) => {
    expect(refusal(origin).fr).toMatch(
      /une origine seule est attendue, .* à sa racine : https:\/\/plume\.exemple\.gouv\.fr\.$/
    );
  });

  it.each(["plume.exemple.gouv.fr", "https://", "https://plume exemple.fr"])(
    "refuses %s, which is no URL, with an example",
    (origin) => {
      expect(refusal(origin)).toEqual({
        fr: `Origine « ${origin.trim()} » illisible : écrivez https://hôte ou https://hôte:port, par exemple https://plume.exemple.gouv.fr.`,
        en: `Origin "${origin.trim()}" cannot be read: write https://host or https://host:port, e.g. https://plume.exemple.gouv.fr.`,
      });
    }
  );

  it.each([
    `https://${"a".repeat(64)}.gouv.fr`,
    "https://-plume.gouv.fr",
    "https://plume_1.gouv.fr",
  ])("refuses the host name of %s", (origin) => {
    expect(refusal(origin).fr).toMatch(/le nom d'hôte n'est pas un nom DNS valide/);
  });
});
