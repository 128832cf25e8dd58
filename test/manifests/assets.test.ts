import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { manifestIcons } from "../../src/manifests/icons.ts";
import { parseXml } from "../../src/manifests/xml-tree.ts";

const ROOT = new URL("../../", import.meta.url);
const ASSETS_URL = "https://localhost:3000/assets/";
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which a valid PNG puts right after its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const isPng =
    bytes.subarray(0, 8).equals(PNG_SIGNATURE) && bytes.toString("latin1", 12, 16) === "IHDR";
  return isPng ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : undefined;
}

describe.each(["manifest.xml", "addin/manifest.xml"])("the icons of %s", (manifest) => {
  const icons = manifestIcons(parseXml(readFileSync(new URL(manifest, ROOT), "utf8")));

  it("declares the add-in icons and the ribbon's 16, 32 and 80 px images", () => {
    expect(new Set(icons.map(({ size }) => size))).toEqual(
      new Set(manifest === "manifest.xml" ? [16, 32, 64, 80] : [16, 32, 64, 80, 128])
    );
  });

  it.each(icons.map((icon) => [`${icon.url} (${icon.size} px, line ${icon.line})`, icon] as const))(
    "%s is a PNG of that size in assets/",
    (_, { url, size }) => {
      expect(url.startsWith(ASSETS_URL)).toBe(true);
      const file = new URL(`assets/${url.slice(ASSETS_URL.length)}`, ROOT);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
    }
  );
});
