import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import webpack, { type Configuration } from "webpack";
import makeConfig from "../../webpack.config.js";
import {
  generateManifests,
  MANIFEST_FILES,
  MANIFEST_HOSTS,
  manifestProblems,
} from "../../src/manifests/generate.ts";
import { attribute, descendantsAndSelf, parseXml } from "../../src/manifests/xml-tree.ts";
import { startGatewayFixture, type GatewayFixture } from "../gateway/support/gateway-fixture.ts";

/**
 * The production manifests for a tenant, checked against what a gateway configured for it serves.
 *
 * The add-in is built by the project's own webpack configuration, in production mode, with every entry
 * replaced by an empty module: the pages (HTML plugin) and the icons (copy plugin) come out exactly
 * where `npm run build` puts them, in a few seconds instead of the half-minute the pane's bundle takes.
 * What the bundles contain is the end-to-end tests' business; here it is where each URL leads.
 */

const ORIGIN = "https://plume.exemple.gouv.fr";
const ROOT = new URL("../../", import.meta.url);

async function buildLayout(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "plume-layout-"));
  const stub = join(dir, "empty.ts");
  writeFileSync(stub, "export {};\n");
  const config = (makeConfig as (env: unknown, argv: { mode: string }) => Configuration)(
    {},
    { mode: "production" }
  );
  config.entry = Object.fromEntries(Object.keys(config.entry ?? {}).map((name) => [name, stub]));
  config.output = { ...config.output, path: join(dir, "dist") };
  // Minifying empty modules proves nothing and costs seconds.
  config.optimization = { ...config.optimization, minimize: false };
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error) : resolve(result)))
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return join(dir, "dist");
}

/** Every URL of a manifest: the values of its settings and resources, and its AppDomains. */
function manifestUrls(xml: string): string[] {
  return [...descendantsAndSelf(parseXml(xml))].flatMap((element) => {
    if (element.localName === "AppDomain") return [element.text.trim()];
    const value = attribute(element, "DefaultValue") ?? attribute(element, "Value");
    return value !== undefined && /^[a-z]+:\/\//.test(value) ? [value] : [];
  });
}

const manifests = generateManifests({ origin: ORIGIN });
let fixture: GatewayFixture;

beforeAll(async () => {
  fixture = await startGatewayFixture(
    {},
    { server: { addinDir: await buildLayout(), corsOrigins: [ORIGIN], publicOrigin: ORIGIN } }
  );
}, 120_000);
afterAll(async () => fixture?.close());

describe(`the production manifests for ${ORIGIN}`, () => {
  it("are valid, both", async () => {
    for (const { problems } of await manifestProblems(manifests)) expect(problems).toEqual([]);
  });

  it.each(MANIFEST_HOSTS)("point the %s add-in at that origin only", (host) => {
    const urls = manifestUrls(manifests[host].xml);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(new URL(url).origin).toBe(ORIGIN);
  });

  it.each(MANIFEST_HOSTS)(
    "name in the %s add-in only pages and icons the gateway serves",
    async (host) => {
      const paths = [
        ...new Set(manifestUrls(manifests[host].xml).map((url) => new URL(url).pathname)),
      ];
      const served = await Promise.all(
        paths
          .filter((path) => path !== "/")
          .map(async (path) => {
            const response = await fetch(new URL(path, fixture.url));
            const body = Buffer.from(await response.arrayBuffer());
            return {
              path,
              status: response.status,
              type: response.headers.get("content-type"),
              body,
            };
          })
      );
      for (const { path, status, type, body } of served) {
        expect({ path, status }).toEqual({ path, status: 200 });
        if (path.endsWith(".png")) {
          expect(type).toBe("image/png");
          // The very icon of the repository, whose size assets.test.ts checks against the manifest.
          expect(body.equals(readFileSync(new URL(`.${path}`, ROOT)))).toBe(true);
        } else {
          expect({ path, type }).toEqual({ path, type: expect.stringMatching(/^text\/html/) });
        }
      }
    }
  );

  it("are at the stable URLs the admin center is given", async () => {
    for (const host of MANIFEST_HOSTS) {
      const response = await fetch(new URL(`/${MANIFEST_FILES[host]}`, fixture.url));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/xml/);
      expect(await response.text()).toBe(manifests[host].xml);
    }
  });
});
