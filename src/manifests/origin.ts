import { ManifestOptionsError, reasons } from "./options-error.ts";

/** A DNS label: letters, digits and inner hyphens, 63 characters at most (IPv4 addresses pass too). */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;
const MAX_HOST_NAME = 253;

function parse(value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new ManifestOptionsError(reasons.notAnOrigin(value));
  }
}

function isHostName(hostname: string): boolean {
  if (IPV6.test(hostname)) return true;
  return (
    hostname.length <= MAX_HOST_NAME && hostname.split(".").every((label) => LABEL.test(label))
  );
}

/**
 * The origin the add-in is served from, checked and in its canonical form (`https://Plume.Gouv.fr:443/`
 * gives `https://plume.gouv.fr`, an accented name its punycode). Throws a ManifestOptionsError, in both
 * languages, for anything Office would refuse or that is not an origin alone.
 */
export function addinOrigin(value: string): string {
  const text = value.trim();
  const url = parse(text);
  if (url.protocol !== "https:")
    throw new ManifestOptionsError(reasons.notHttps(text, url.protocol.slice(0, -1)));
  // An empty query or fragment ("?", "#") leaves no trace in the URL object, only in the text.
  const bare = url.pathname === "/" && !url.username && !url.password && !/[?#]/.test(text);
  if (!bare) throw new ManifestOptionsError(reasons.notBare(text, url.origin));
  if (!isHostName(url.hostname)) throw new ManifestOptionsError(reasons.badHost(text));
  return url.origin;
}
