import { readFileSync } from "node:fs";
import { derivedAddinId, GUID } from "./addin-id.ts";
import { ManifestOptionsError, reasons } from "./options-error.ts";
import { addinOrigin } from "./origin.ts";
import { validateManifest, type ManifestProblem } from "./validate.ts";
import {
  formatManifestVersion,
  parseManifestVersion,
  releaseManifestVersion,
  type ManifestVersion,
} from "./version.ts";

export { ManifestOptionsError } from "./options-error.ts";

export type ManifestHost = "word" | "outlook";

export const MANIFEST_HOSTS: readonly ManifestHost[] = ["word", "outlook"];

/** The names the gateway serves the manifests under, and `plume manifests` writes them to. */
export const MANIFEST_FILES: Readonly<Record<ManifestHost, string>> = {
  word: "manifest-word.xml",
  outlook: "manifest-outlook.xml",
};

const HOST_LABELS: Readonly<Record<ManifestHost, string>> = { word: "Word", outlook: "Outlook" };

/** The development manifests: every URL in them is on this origin, the one literal rewritten. */
const TEMPLATES: Readonly<Record<ManifestHost, URL>> = {
  word: new URL("../../manifest.xml", import.meta.url),
  outlook: new URL("../../addin/manifest.xml", import.meta.url),
};
const DEVELOPMENT_ORIGIN = /https:\/\/localhost:3000(?=[/"<])/g;

const PACKAGE_JSON = new URL("../../package.json", import.meta.url);

export interface ManifestOptions {
  /** The HTTPS origin the gateway serves the add-in from, e.g. `https://plume.exemple.gouv.fr`. */
  origin: string;
  /** `X.Y.Z.W`; by default Plume's release (package.json's X.Y.Z) as X.Y.Z.0. */
  version?: string | undefined;
  /**
   * Ids to keep, those of add-ins already deployed from another origin; by default each id is derived
   * from the origin and the host, so it is the same on every run.
   */
  ids?: Partial<Record<ManifestHost, string | undefined>> | undefined;
}

export interface GeneratedManifest {
  host: ManifestHost;
  /** `manifest-word.xml` or `manifest-outlook.xml`. */
  file: string;
  id: string;
  xml: string;
}

export interface GeneratedManifests {
  /** The origin in its canonical form, as every URL of the manifests starts. */
  origin: string;
  version: string;
  word: GeneratedManifest;
  outlook: GeneratedManifest;
}

function manifestVersion(requested: string | undefined): ManifestVersion {
  if (requested !== undefined) {
    const version = parseManifestVersion(requested);
    if (version === undefined) throw new ManifestOptionsError(reasons.badVersion(requested));
    return version;
  }
  const release = String(
    (JSON.parse(readFileSync(PACKAGE_JSON, "utf8")) as { version?: unknown }).version
  );
  const version = releaseManifestVersion(release);
  if (version === undefined) throw new ManifestOptionsError(reasons.badRelease(release));
  return version;
}

function addinId(host: ManifestHost, origin: string, explicit: string | undefined): string {
  if (explicit === undefined) return derivedAddinId(origin, host);
  const id = explicit.trim().toLowerCase();
  if (!GUID.test(id)) throw new ManifestOptionsError(reasons.badId(HOST_LABELS[host], explicit));
  return id;
}

/** Replaces the one match of a pattern the template is known to hold once; anything else is a broken template. */
function replaceOnce(xml: string, pattern: RegExp, replacement: string): string {
  const count = xml.match(new RegExp(pattern.source, "g"))?.length ?? 0;
  if (count !== 1)
    throw new Error(`manifest template: ${count} matches of ${pattern.source}, 1 expected`);
  return xml.replace(pattern, () => replacement);
}

function render(
  host: ManifestHost,
  settings: { origin: string; version: string; id: string }
): GeneratedManifest {
  const template = readFileSync(TEMPLATES[host], "utf8");
  const header = `<!-- Plume for ${HOST_LABELS[host]}, generated from the development manifest by plume manifests or the gateway: generate it again rather than edit it. -->`;
  let xml = replaceOnce(template, /<!-- Plume for [^]*? -->/, header);
  xml = replaceOnce(xml, /<Id>[^<]*<\/Id>/, `<Id>${settings.id}</Id>`);
  xml = replaceOnce(xml, /<Version>[^<]*<\/Version>/, `<Version>${settings.version}</Version>`);
  xml = xml.replace(DEVELOPMENT_ORIGIN, settings.origin);
  return { host, file: MANIFEST_FILES[host], id: settings.id, xml };
}

/**
 * The Word and Outlook manifests for a tenant's gateway: every URL (pages, function file, icons, ribbon
 * images, support page) and the AppDomain moved to its HTTPS origin, a stable Id per host, and the
 * Version of the release; names, texts and permissions as in the development manifests. Reads those
 * two templates and package.json, nothing else. Throws a ManifestOptionsError (French and English) for an
 * origin, version or id Office would refuse. No validation here, so that a gateway needs no xmllint:
 * see {@link manifestProblems}.
 */
export function generateManifests(options: ManifestOptions): GeneratedManifests {
  const origin = addinOrigin(options.origin);
  const version = formatManifestVersion(manifestVersion(options.version));
  const manifest = (host: ManifestHost) =>
    render(host, { origin, version, id: addinId(host, origin, options.ids?.[host]) });
  return { origin, version, word: manifest("word"), outlook: manifest("outlook") };
}

/** Each generated manifest with what the offline validator (xmllint and Office's rules) finds wrong in it. */
export async function manifestProblems(
  manifests: GeneratedManifests
): Promise<{ manifest: GeneratedManifest; problems: ManifestProblem[] }[]> {
  return Promise.all(
    MANIFEST_HOSTS.map(async (host) => ({
      manifest: manifests[host],
      problems: await validateManifest(manifests[host].xml),
    }))
  );
}
