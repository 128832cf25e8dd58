import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/gateway/config/load.ts";
import { describeSchema } from "../../src/gateway/config/schema.ts";

/** The example policy files of the admin guide, for a justice service and for a prefecture. */
const EXAMPLES = ["policy-justice.json", "policy-prefecture.json"].map((name) => ({
  name,
  path: fileURLToPath(new URL(`../../addin/examples/${name}`, import.meta.url)),
}));

/** The dotted paths of every value a JSON document sets (arrays count as values). */
function settingPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    settingPaths(child, prefix ? `${prefix}.${key}` : key)
  );
}

describe.each(EXAMPLES)("the example $name", ({ path }) => {
  it("is a configuration the gateway starts with", () => {
    const { config } = loadConfig({ path, env: {} });
    expect(config.auth.entra?.addinClientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(config.policy.models.allowed.length).toBeGreaterThan(0);
  });

  it("writes out every setting, so that an admin sees them all", () => {
    const settings = describeSchema()
      .filter((row) => row.type !== "object")
      .map((row) => row.path);
    const written = settingPaths(JSON.parse(readFileSync(path, "utf8")));
    expect(written.sort()).toEqual([...settings].sort());
  });
});
