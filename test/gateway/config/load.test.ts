import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  ConfigError,
  loadConfig,
  publicPolicy,
  type LoadConfigOptions,
} from "../../../src/gateway/config/load.ts";
import { configSchema } from "../../../src/gateway/config/schema.ts";

const dir = mkdtempSync(join(tmpdir(), "plume-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
/** Writes a config file from lines, so that each test reads its line numbers off the array. */
function configFile(lines: string[]): string {
  fileCount += 1;
  const path = join(dir, `config-${fileCount}.json`);
  writeFileSync(path, lines.join("\n"));
  return path;
}

function configError(options: LoadConfigOptions): ConfigError {
  try {
    loadConfig(options);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

const emptyDir = mkdtempSync(join(dir, "empty-"));

describe("loadConfig without a file", () => {
  it("runs on defaults alone", () => {
    const { config, secrets, file } = loadConfig({ env: {}, cwd: emptyDir });
    expect(file).toBeNull();
    expect(secrets).toEqual({});
    expect(config).toEqual(configSchema.parse({}));
    expect(config.server).toMatchObject({
      host: "127.0.0.1",
      port: 3000,
      trustProxy: false,
      corsOrigins: ["https://localhost:3000"],
    });
    expect(config.upstream.serverURL).toBe("https://api.eu.mistral.ai");
    expect(config.auth.entra).toBeUndefined();
    expect(config.policy.models).toEqual({ allowed: [] });
    expect(config.policy.entities.onViolation).toBe("mask");
    expect(config.audit.path).toBe("./plume-audit.db");
  });

  it("reads ./plume.config.json when it is there", () => {
    const cwd = mkdtempSync(join(dir, "cwd-"));
    writeFileSync(join(cwd, "plume.config.json"), '{ "server": { "port": 8080 } }');
    const { config, file } = loadConfig({ env: {}, cwd });
    expect(file).toBe("plume.config.json");
    expect(config.server.port).toBe(8080);
  });

  it("reads the file named by PLUME_CONFIG, and stops when it is missing", () => {
    const path = configFile(['{ "logging": { "level": "debug" } }']);
    expect(loadConfig({ env: { PLUME_CONFIG: path }, cwd: emptyDir }).config.logging.level).toBe(
      "debug"
    );

    const missing = join(dir, "absent.json");
    const error = configError({ env: { PLUME_CONFIG: missing }, cwd: emptyDir });
    expect(error.issues.map((issue) => issue.fr)).toEqual([`${missing} : fichier introuvable`]);
    expect(error.issues.map((issue) => issue.en)).toEqual([`${missing}: file not found`]);
  });

  it("accepts a file saved with a byte-order mark", () => {
    const path = join(dir, "bom.json");
    writeFileSync(path, '\uFEFF{ "server": { "port": 4000 } }');
    expect(loadConfig({ path, env: {} }).config.server.port).toBe(4000);
  });
});

describe("loadConfig: a bad file stops the start with the line and the reason", () => {
  it("names a misspelt key, its line, and the key it probably meant", () => {
    const path = configFile([
      "{",
      '  "policy": {',
      '    "rateLimits": {',
      '      "requestPerMinute": 10',
      "    }",
      "  }",
      "}",
    ]);
    const error = configError({ path, env: {} });
    expect(error.issues).toEqual([
      {
        path: "policy.rateLimits.requestPerMinute",
        line: 4,
        fr: `${path}, ligne 4 : policy.rateLimits.requestPerMinute : clé inconnue « requestPerMinute » (vouliez-vous dire « requestsPerMinute » ?)`,
        en: `${path}, line 4: policy.rateLimits.requestPerMinute: unknown key "requestPerMinute" (did you mean "requestsPerMinute"?)`,
      },
    ]);
  });

  it("names a value of the wrong type", () => {
    const path = configFile([
      "{",
      '  "server": {',
      '    "host": "0.0.0.0",',
      '    "port": "8080"',
      "  }",
      "}",
    ]);
    const [issue, ...rest] = configError({ path, env: {} }).issues;
    expect(rest).toEqual([]);
    expect(issue?.fr).toBe(
      `${path}, ligne 4 : server.port : Entrée invalide : nombre attendu, chaîne de caractères reçu`
    );
    expect(issue?.en).toBe(
      `${path}, line 4: server.port: Invalid input: expected number, received string`
    );
  });

  it("refuses a default model that is not allowed", () => {
    const path = configFile([
      "{",
      '  "policy": {',
      '    "models": {',
      '      "allowed": ["mistral-small-latest"],',
      '      "default": "mistral-large-latest"',
      "    }",
      "  }",
      "}",
    ]);
    expect(configError({ path, env: {} }).issues.map((issue) => issue.fr)).toEqual([
      `${path}, ligne 5 : policy.models.default : « mistral-large-latest » doit figurer dans policy.models.allowed`,
    ]);
  });

  it("gives the line and column of a JSON syntax error", () => {
    const path = configFile([
      "{",
      '  "server": {',
      '    "port": 8080,',
      "  },",
      '  "logging": { "level": "info" }',
      "}",
    ]);
    const error = configError({ path, env: {} });
    expect(error.issues.map((issue) => issue.fr)).toEqual([
      `${path}, ligne 3, colonne 17 : JSON invalide : virgule en trop avant « } »`,
    ]);
    expect(error.issues.map((issue) => issue.en)).toEqual([
      `${path}, line 3, column 17: invalid JSON: extra comma before "}"`,
    ]);
    expect(error.issues[0]).toMatchObject({ line: 3, column: 17 });
  });

  it("gives a position for the errors Node's JSON.parse leaves without one", () => {
    const path = configFile(["{", '  "server": {', '    "trustProxy": True', "  }", "}"]);
    expect(configError({ path, env: {} }).issues[0]?.fr).toBe(
      `${path}, ligne 3, colonne 19 : JSON invalide : valeur inattendue « True » (les textes s'écrivent entre guillemets doubles ; true, false et null en minuscules)`
    );
  });

  it("reports every problem at once, in the order of the file, with a header ready to print", () => {
    const path = configFile([
      "{",
      '  "upstream": { "serverURL": "https://llm.interne.example/v1" },',
      '  "server": { "corsOrigins": ["https://plume.example.fr/"] },',
      '  "policy": {',
      '    "entities": { "userMayLift": ["NIR"] },',
      '    "limits": { "maxMessages": 0 }',
      "  }",
      "}",
    ]);
    const error = configError({ path, env: {} });
    expect(error.issues.map((issue) => issue.line)).toEqual([2, 3, 5, 6]);
    expect(error.message.split("\n")).toEqual([
      "Configuration de Plume invalide, la passerelle ne démarre pas :",
      `${path}, ligne 2 : upstream.serverURL : enlevez le « /v1 » final : le SDK Mistral l'ajoute lui-même`,
      `${path}, ligne 3 : server.corsOrigins[0] : origine attendue, sous la forme https://hôte ou https://hôte:port, sans chemin ni « / » final`,
      `${path}, ligne 5 : policy.entities.userMayLift[0] : NIR figure aussi dans neverToModel : un utilisateur ne peut pas lever ce masque`,
      `${path}, ligne 6 : policy.limits.maxMessages : Trop petit : nombre doit être >=1`,
    ]);
    expect(error.messageEn.split("\n")[0]).toBe(
      "Invalid Plume configuration, the gateway does not start:"
    );
    expect(error.messageEn.split("\n")[4]).toBe(
      `${path}, line 6: policy.limits.maxMessages: Too small: expected number to be >=1`
    );
  });

  it("points a missing required setting at its section", () => {
    const path = configFile([
      "{",
      '  "auth": {',
      '    "entra": { "audiences": ["api://plume"] }',
      "  }",
      "}",
    ]);
    expect(configError({ path, env: {} }).issues.map((issue) => issue.fr)).toEqual([
      `${path}, ligne 3 : auth.entra.tenants : réglage obligatoire absent (type attendu : string[])`,
    ]);
  });

  it("refuses a secret in the file, without repeating it", () => {
    const path = configFile([
      "{",
      '  "upstream": {',
      '    "apiKey": "sk-not-in-the-message"',
      "  }",
      "}",
    ]);
    const error = configError({ path, env: {} });
    expect(error.issues.map((issue) => issue.fr)).toEqual([
      `${path}, ligne 3 : upstream.apiKey : clé inconnue « apiKey » : aucun secret ne va dans ce fichier (la clé Mistral se donne dans la variable d'environnement MISTRAL_API_KEY, le jeton de développement dans PLUME_DEV_TOKEN)`,
    ]);
    expect(error.message + error.messageEn).not.toContain("sk-not-in-the-message");
  });
});

describe("loadConfig: environment", () => {
  const path = configFile([
    "{",
    '  "server": { "host": "127.0.0.1", "port": 3000 },',
    '  "upstream": { "serverURL": "https://api.eu.mistral.ai" },',
    '  "audit": { "path": "./plume-audit.db" }',
    "}",
  ]);

  it("overrides the file with MISTRAL_SERVER_URL, HOST, PORT and PLUME_AUDIT_DB", () => {
    const { config } = loadConfig({
      path,
      env: {
        MISTRAL_SERVER_URL: "http://10.0.0.5:8000",
        HOST: "0.0.0.0",
        PORT: "8443",
        PLUME_AUDIT_DB: "/var/lib/plume/audit.db",
      },
    });
    expect(config.upstream.serverURL).toBe("http://10.0.0.5:8000");
    expect(config.server.host).toBe("0.0.0.0");
    expect(config.server.port).toBe(8443);
    expect(config.audit.path).toBe("/var/lib/plume/audit.db");
  });

  it("overrides the defaults when there is no file, and ignores empty variables", () => {
    const { config } = loadConfig({ env: { PORT: "4000", HOST: "" }, cwd: emptyDir });
    expect(config.server.port).toBe(4000);
    expect(config.server.host).toBe("127.0.0.1");
  });

  it("names the variable a bad value came from", () => {
    const error = configError({
      path,
      env: { PORT: "huit mille", MISTRAL_SERVER_URL: "ftp://mistral.example" },
    });
    expect(error.issues.map((issue) => issue.fr)).toEqual([
      "variable d'environnement PORT : server.port : Entrée invalide : nombre attendu, chaîne de caractères reçu",
      "variable d'environnement MISTRAL_SERVER_URL : upstream.serverURL : URL http(s) attendue, sans identifiants, paramètres ni ancre",
    ]);
    expect(error.issues.map((issue) => issue.env)).toEqual(["PORT", "MISTRAL_SERVER_URL"]);
  });

  it("returns secrets apart from the config object", () => {
    const env = {
      MISTRAL_API_KEY: "mistral-key-123",
      PLUME_DEV_TOKEN: "dev-token-456",
      PLUME_TLS_CERT: "/etc/plume/cert.pem",
      PLUME_TLS_KEY: "/etc/plume/key.pem",
    };
    const { config, secrets } = loadConfig({ path, env });
    expect(secrets).toEqual({
      mistralApiKey: "mistral-key-123",
      devToken: "dev-token-456",
      tlsCertPath: "/etc/plume/cert.pem",
      tlsKeyPath: "/etc/plume/key.pem",
    });
    const serialised = JSON.stringify(config);
    for (const value of Object.values(env)) expect(serialised).not.toContain(value);
  });

  it("wants both halves of the TLS pair", () => {
    const error = configError({ path, env: { PLUME_TLS_CERT: "/etc/plume/cert.pem" } });
    expect(error.issues.map((issue) => issue.fr)).toEqual([
      "variable d'environnement PLUME_TLS_KEY : PLUME_TLS_CERT et PLUME_TLS_KEY vont ensemble : donnez les deux, ou aucun pour du HTTP simple derrière un proxy TLS",
    ]);
  });
});

describe("plume.config.example.json", () => {
  const example = join(import.meta.dirname, "../../../plume.config.example.json");

  it("is a complete, valid configuration", () => {
    const { config } = loadConfig({ path: example, env: {} });
    expect(config.auth.entra?.tenants).toHaveLength(1);
    expect(config.policy.models.default).toBe("mistral-small-latest");
    expect(config.policy.charter.text.split("\n")).toHaveLength(7);
  });
});

describe("publicPolicy", () => {
  it("gives the add-in the policy it applies, and nothing else", () => {
    const { config } = loadConfig({
      path: join(import.meta.dirname, "../../../plume.config.example.json"),
      env: { MISTRAL_API_KEY: "k" },
    });
    const policy = publicPolicy(config);
    expect(Object.keys(policy)).toEqual([
      "models",
      "actions",
      "entities",
      "review",
      "limits",
      "rateLimits",
      "charter",
    ]);
    expect(policy.review.maySkip).toEqual(["correct"]);
    expect(policy.models).toEqual({
      allowed: ["mistral-small-latest", "mistral-large-latest"],
      default: "mistral-small-latest",
    });
    expect(policy.entities.userMayLift).toEqual(["DOSSIER"]);
    expect(policy.entities.alwaysMask).toEqual(["Opération Hermine"]);
    expect(policy.charter.version).toBe("2025-09");
    const published = JSON.stringify(policy);
    for (const hidden of ["4f6c2b1e", "api.eu.mistral.ai", "plume-audit", "10.20.0.10"])
      expect(published).not.toContain(hidden);
  });

  it("falls back to the first allowed model, or to none", () => {
    const parse = (models: object) =>
      publicPolicy(configSchema.parse({ policy: { models } })).models.default;
    expect(parse({ allowed: ["a", "b"] })).toBe("a");
    expect(parse({})).toBeNull();
  });
});
