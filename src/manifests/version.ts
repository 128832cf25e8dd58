/** A manifest's Version: four numbers, which Office compares part by part to offer an update. */
export type ManifestVersion = readonly [number, number, number, number];

/** The XSD's bound: at most five digits a part. */
const VERSION = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/;

/** A release is X.Y.Z; a pre-release or build suffix has no place in four numbers. */
const RELEASE = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/;

function version(match: RegExpExecArray | null): ManifestVersion | undefined {
  if (match === null) return undefined;
  const [major = 0, minor = 0, patch = 0, revision = 0] = match.slice(1).map(Number);
  return [major, minor, patch, revision];
}

/** `1.2.3.4` as its four numbers, or undefined when it is not of that form. */
export function parseManifestVersion(text: string): ManifestVersion | undefined {
  return version(VERSION.exec(text.trim()));
}

/** The manifest version of a release: `0.2.1` gives 0.2.1.0. */
export function releaseManifestVersion(release: string): ManifestVersion | undefined {
  return version(RELEASE.exec(release.trim()));
}

export function formatManifestVersion(value: ManifestVersion): string {
  return value.join(".");
}

/** Negative when a comes before b, in the order Office gives versions. */
export function compareManifestVersions(a: ManifestVersion, b: ManifestVersion): number {
  return a.map((part, i) => part - (b[i] ?? 0)).find((difference) => difference !== 0) ?? 0;
}
