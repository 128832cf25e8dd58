/**
 * JSON with object keys sorted recursively (by UTF-16 code units) and no whitespace, so that one
 * value has one text and hence one hash. For strings, finite numbers, booleans and null this is
 * the JSON Canonicalization Scheme (RFC 8785), which another store's implementation can reproduce.
 * Object members whose value is `undefined` are left out, as `JSON.stringify` does.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const object = value as Record<string, unknown>;
    const members = Object.keys(object)
      .sort()
      .filter((key) => object[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`);
    return `{${members.join(",")}}`;
  }
  if (
    (typeof value === "number" && Number.isFinite(value)) ||
    typeof value === "string" ||
    typeof value === "boolean" ||
    value === null
  ) {
    return JSON.stringify(value);
  }
  throw new TypeError(
    `canonical JSON has no form for a ${typeof value === "number" ? "non-finite number" : typeof value}`
  );
}
