import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { DEV_TOKEN, startGatewayFixture, type GatewayFixture } from "../support/gateway-fixture.ts";

let fixture: GatewayFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const BUNDLE = `console.log(${JSON.stringify("le volet de Plume ".repeat(200))});`;

/** A built add-in as webpack lays it out, small, with the production build's compressed copies. */
function builtAddin(): string {
  const root = mkdtempSync(join(tmpdir(), "plume-dist-"));
  mkdirSync(join(root, "assets"));
  writeFileSync(join(root, "taskpane.html"), "<!doctype html><title>Plume</title>");
  writeFileSync(join(root, "taskpane.0123abcd.js"), BUNDLE);
  writeFileSync(join(root, "taskpane.0123abcd.js.br"), brotliCompressSync(BUNDLE));
  writeFileSync(join(root, "taskpane.0123abcd.js.gz"), gzipSync(BUNDLE));
  writeFileSync(join(root, "taskpane.0123abcd.js.map"), "{}");
  writeFileSync(join(root, "assets", "icon-32.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(root, ".env"), "SECRET=1");
  writeFileSync(join(root, "manifest-word.xml"), "<OfficeApp/>");
  return root;
}

describe("the built add-in, served by the gateway", () => {
  it("serves the pane without a token, framable by Office, with Office.js allowed and nothing else foreign", async () => {
    fixture = await startGatewayFixture({}, { server: { addinDir: builtAddin() } });
    const response = await fetch(`${fixture.url}/taskpane.html`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("<title>Plume</title>");
    expect(response.headers.get("x-frame-options")).toBeNull();
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(csp).toContain("frame-ancestors 'self' https://*.office.com");
    expect(csp).toContain("connect-src 'self' https://login.microsoftonline.com");
    expect(response.headers.get("cache-control")).toBe("no-cache");
  });

  it("sends a bundle compressed to a browser that accepts it, as is to one that does not", async () => {
    fixture = await startGatewayFixture({}, { server: { addinDir: builtAddin() } });
    const url = `${fixture.url}/taskpane.0123abcd.js`;
    for (const [accepted, encoding] of [
      ["br, gzip", "br"],
      ["gzip", "gzip"],
      ["identity", null],
    ] as const) {
      // undici's fetch undoes the encoding itself, so that its body is the bundle either way.
      const response = await fetch(url, { headers: { "accept-encoding": accepted } });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-encoding")).toBe(encoding);
      expect(response.headers.get("vary")).toMatch(/accept-encoding/i);
      expect(response.headers.get("content-type")).toMatch(/javascript/);
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(await response.text()).toBe(BUNDLE);
    }
  });

  it("caches hashed bundles for good and icons for a day, manifests never", async () => {
    fixture = await startGatewayFixture({}, { server: { addinDir: builtAddin() } });
    const bundle = await fetch(`${fixture.url}/taskpane.0123abcd.js`);
    expect(bundle.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const icon = await fetch(`${fixture.url}/assets/icon-32.png`);
    expect(icon.headers.get("cache-control")).toBe("public, max-age=86400");
    const manifest = await fetch(`${fixture.url}/manifest-word.xml`);
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get("cache-control")).toBe("no-cache");
  });

  it("does not serve dot-files or source maps", async () => {
    fixture = await startGatewayFixture({}, { server: { addinDir: builtAddin() } });
    expect((await fetch(`${fixture.url}/.env`)).status).toBe(404);
    expect((await fetch(`${fixture.url}/taskpane.0123abcd.js.map`)).status).toBe(404);
  });

  it("keeps the API's own headers: no frame, no script", async () => {
    fixture = await startGatewayFixture({}, { server: { addinDir: builtAddin() } });
    const response = await fetch(`${fixture.url}/api/policy`, {
      headers: { authorization: `Bearer ${DEV_TOKEN}` },
    });
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'"
    );
  });

  it("sends newcomers from / to the browser host", async () => {
    fixture = await startGatewayFixture({}, { server: { addinDir: builtAddin() } });
    const response = await fetch(`${fixture.url}/`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/browser.html");
  });

  it("serves the API alone when the add-in is not built", async () => {
    fixture = await startGatewayFixture(
      {},
      { server: { addinDir: join(tmpdir(), "plume-absent-dist") } }
    );
    const response = await fetch(`${fixture.url}/taskpane.html`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: "not_found" });
    expect((await fetch(`${fixture.url}/healthz`)).status).toBe(200);
  });
});
