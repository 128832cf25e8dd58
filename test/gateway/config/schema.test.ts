import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  configSchema,
  DEFAULT_CHARTER,
  describeSchema,
} from "../../../src/gateway/config/schema.ts";

/** Every leaf of a parsed config (arrays count as leaves), as `a.b.c` paths. */
function leaves(value: unknown, prefix = ""): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return found.set(prefix, value);
  for (const [key, child] of Object.entries(value)) {
    for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key))
      found.set(path, leaf);
  }
  return found;
}

const rows = describeSchema();
const rowOf = (path: string) => rows.find((row) => row.path === path);

describe("describeSchema", () => {
  it("lists every setting of the defaults with that default", () => {
    const defaults = leaves(configSchema.parse({}));
    for (const [path, value] of defaults)
      expect(rowOf(path), path).toMatchObject({ path, default: value });
    // auth.entra is absent by default, so its own defaults do not show in the parsed config.
    const rowsWithDefault = rows.filter(
      (row) => row.default !== undefined && !row.path.startsWith("auth.entra.")
    );
    expect(rowsWithDefault.map((row) => row.path)).toEqual([...defaults.keys()]);
  });

  it("lists the settings that have no default, and the sections", () => {
    const settings = rows.filter((row) => row.type !== "object").map((row) => row.path);
    const withoutDefault = settings.filter((path) => !leaves(configSchema.parse({})).has(path));
    expect(withoutDefault).toEqual([
      "server.publicOrigin",
      "auth.entra.tenants",
      "auth.entra.audiences",
      "auth.entra.requiredScope",
      "auth.entra.jwksUrl",
      "auth.entra.clockSkewSeconds",
      "auth.entra.acceptV1Issuer",
      "auth.entra.addinClientId",
      "policy.models.default",
    ]);
    expect(rowOf("auth.entra")).toMatchObject({ type: "object", required: false });
    expect(rowOf("auth.entra.tenants")).toMatchObject({
      type: "string[]",
      default: undefined,
      required: true,
    });
    expect(rowOf("auth.entra.requiredScope")).toMatchObject({
      default: "Plume.Use",
      required: false,
    });
    expect(rowOf("auth.entra.clockSkewSeconds")).toMatchObject({ type: "integer", default: 60 });
    expect(rowOf("policy.models.default")).toMatchObject({
      type: "string",
      default: undefined,
      required: false,
    });
  });

  it("describes every row in English and names its type", () => {
    for (const row of rows) {
      expect(row.description, row.path).toMatch(/^[A-Z].{10,}\.$/s);
      expect(row.description, row.path).not.toMatch(/[éèàç]/);
    }
    expect(rowOf("policy.rateLimits.requestsPerMinute")).toMatchObject({
      type: "integer",
      default: 60,
    });
    expect(rowOf("policy.entities.neverToModel")?.type).toBe("EntityType[]");
    expect(rowOf("policy.entities.onViolation")?.type).toBe('"mask" | "refuse"');
    expect(rowOf("server.trustProxy")?.type).toBe("boolean | string[]");
    expect(rowOf("policy.charter.text")).toMatchObject({
      type: "string | string[]",
      default: DEFAULT_CHARTER,
    });
    expect(rowOf("upstream.serverURL")?.default).toBe("https://api.eu.mistral.ai");
    expect(rowOf("policy.actions.enabled")?.default).toEqual([...ACTIONS]);
  });

  it("gives a French charter of five to eight lines by default", () => {
    const lines = DEFAULT_CHARTER.split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.length).toBeLessThanOrEqual(8);
    expect(DEFAULT_CHARTER).toContain("données personnelles");
  });
});

describe("configSchema rules", () => {
  const fails = (input: unknown) => {
    const result = configSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
  };

  it("rejects unknown keys at every level", () => {
    expect(fails({ serveur: {} })).toEqual([""]);
    expect(fails({ server: { prot: 1 } })).toEqual(["server"]);
    expect(fails({ upstream: { retries: { max: 1 } } })).toEqual(["upstream.retries"]);
    expect(
      fails({
        auth: {
          entra: {
            tenants: ["4f6c2b1e-8d3a-4c7e-9b21-5a0d7e3f9c48"],
            audiences: ["api://x"],
            scope: "x",
          },
        },
      })
    ).toEqual(["auth.entra"]);
  });

  it("keeps a user from lifting a mask the policy forbids", () => {
    expect(fails({ policy: { entities: { userMayLift: ["PERSONNE", "IBAN"] } } })).toEqual([
      "policy.entities.userMayLift.1",
    ]);
    expect(fails({ policy: { entities: { neverToModel: [], userMayLift: ["IBAN"] } } })).toEqual(
      []
    );
  });

  it("accepts only known entity types and actions", () => {
    expect(fails({ policy: { entities: { neverToModel: ["NIR", "SECU"] } } })).toEqual([
      "policy.entities.neverToModel.1",
    ]);
    expect(fails({ policy: { actions: { enabled: ["summarize"] } } })).toEqual([
      "policy.actions.enabled.0",
    ]);
  });

  it("keeps the body limit above what the character limit needs", () => {
    expect(fails({ policy: { limits: { maxRequestChars: 1_000_000 } } })).toEqual([
      "server.bodyLimitBytes",
    ]);
    expect(
      fails({
        server: { bodyLimitBytes: 3_000_000 },
        policy: { limits: { maxRequestChars: 1_000_000 } },
      })
    ).toEqual([]);
  });

  it("checks URLs and origins", () => {
    expect(fails({ upstream: { serverURL: "http://10.0.0.5:8000" } })).toEqual([]);
    expect(fails({ upstream: { serverURL: "https://api.eu.mistral.ai/v1/" } })).toEqual([
      "upstream.serverURL",
    ]);
    expect(fails({ upstream: { serverURL: "https://user:secret@llm.example" } })).toEqual([
      "upstream.serverURL",
    ]);
    expect(fails({ upstream: { serverURL: "file:///etc/passwd" } })).toEqual([
      "upstream.serverURL",
    ]);
    expect(
      fails({ server: { corsOrigins: ["https://plume.example.fr", "https://localhost:3000"] } })
    ).toEqual([]);
    expect(fails({ server: { corsOrigins: ["https://plume.example.fr/taskpane.html"] } })).toEqual([
      "server.corsOrigins.0",
    ]);
    const entra = { tenants: ["4f6c2b1e-8d3a-4c7e-9b21-5a0d7e3f9c48"], audiences: ["api://x"] };
    expect(fails({ auth: { entra: { ...entra, jwksUrl: "http://keys.example" } } })).toEqual([
      "auth.entra.jwksUrl",
    ]);
    expect(fails({ auth: { entra: { ...entra, tenants: ["common"] } } })).toEqual([
      "auth.entra.tenants.0",
    ]);
  });

  it("keeps retry backoff ordered", () => {
    expect(fails({ upstream: { retries: { initialBackoffMs: 10_000 } } })).toEqual([
      "upstream.retries.maxBackoffMs",
    ]);
  });

  it("takes the charter as one text or as lines", () => {
    const text = (charter: unknown) =>
      configSchema.parse({ policy: { charter: { text: charter } } }).policy.charter.text;
    expect(text(["Ligne 1", "Ligne 2"])).toBe("Ligne 1\nLigne 2");
    expect(text("Une ligne")).toBe("Une ligne");
    expect(fails({ policy: { charter: { text: ["  "] } } })).toEqual(["policy.charter.text"]);
  });

  it("takes 0 as unlimited and refuses negative quotas", () => {
    expect(fails({ policy: { rateLimits: { requestsPerMinute: 0, tokensPerDay: 0 } } })).toEqual(
      []
    );
    expect(fails({ policy: { rateLimits: { requestsPerDay: -1 } } })).toEqual([
      "policy.rateLimits.requestsPerDay",
    ]);
    expect(fails({ policy: { rateLimits: { tokensPerMinute: 1.5 } } })).toEqual([
      "policy.rateLimits.tokensPerMinute",
    ]);
  });
});
