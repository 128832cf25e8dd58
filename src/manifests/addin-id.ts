import { createHash } from "node:crypto";

/**
 * Plume's own UUID namespace (a random UUID drawn once): ids derived in it cannot collide with ids
 * another product derives from the same names.
 */
const PLUME_NAMESPACE = "d00f18dd-4734-4373-a399-42b207a0f02e";

/** A GUID in its plain form, the one Office's tools write (no braces, no urn:uuid:). */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** RFC 9562 UUID version 5: SHA-1 of the namespace and the name, with the version and variant bits set. */
export function uuidV5(namespace: string, name: string): string {
  const bytes = createHash("sha1")
    .update(Buffer.from(namespace.replaceAll("-", ""), "hex"))
    .update(name, "utf8")
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The add-in's Id for one host at one origin, the same on every run: the manifests a gateway serves and
 * those `plume manifests` writes for that origin name the same add-in, and a new release keeps it, so the
 * admin center offers an update instead of a second add-in. Two origins (two tenants' gateways) get
 * two ids.
 */
export function derivedAddinId(origin: string, host: string): string {
  return uuidV5(PLUME_NAMESPACE, `${host} ${origin}`);
}
