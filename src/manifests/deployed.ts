import { readFile } from "node:fs/promises";
import { parseManifestVersion, type ManifestVersion } from "./version.ts";
import { parseXml, XmlSyntaxError } from "./xml-tree.ts";

export interface DeployedManifest {
  id: string;
  version: ManifestVersion;
}

/**
 * The Id and Version of a manifest written earlier, to keep a new release from going back in version;
 * undefined when there is no such file or it is not a manifest that can be read.
 */
export async function deployedManifest(path: string): Promise<DeployedManifest | undefined> {
  let xml: string;
  try {
    xml = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    const root = parseXml(xml);
    const text = (name: string) =>
      root.children.find((child) => child.localName === name)?.text.trim();
    const id = text("Id")?.toLowerCase();
    const version = parseManifestVersion(text("Version") ?? "");
    return id === undefined || version === undefined ? undefined : { id, version };
  } catch (error) {
    if (error instanceof XmlSyntaxError) return undefined;
    throw error;
  }
}
