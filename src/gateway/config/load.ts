import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { z } from "zod";
import { keysAt } from "./describe.ts";
import { formatPath, lineColumn, readJsonSource, type JsonPath } from "./json-source.ts";
import {
  configErrorMap,
  fileReason,
  header,
  invalidJson,
  joinParts,
  syntaxReason,
  tlsPairReason,
  unknownKeyReason,
  where,
  type Bilingual,
  type Lang,
} from "./messages.ts";
import { configSchema, type Config } from "./schema.ts";

export { publicPolicy, type PublicPolicy } from "./public-policy.ts";

export const DEFAULT_CONFIG_FILE = "plume.config.json";

/** Environment variables that override a setting of the file. */
export const ENV_OVERRIDES = [
  { name: "MISTRAL_SERVER_URL", path: ["upstream", "serverURL"] },
  { name: "HOST", path: ["server", "host"] },
  { name: "PORT", path: ["server", "port"] },
  { name: "PLUME_AUDIT_DB", path: ["audit", "path"] },
] as const;

/** Secrets and key files, read by the server from the environment and never part of the config object. */
export interface ConfigSecrets {
  mistralApiKey?: string;
  devToken?: string;
  tlsCertPath?: string;
  tlsKeyPath?: string;
}

export interface LoadedConfig {
  config: Config;
  secrets: ConfigSecrets;
  /** The file read, as named by the caller or the environment; null when only defaults apply. */
  file: string | null;
}

export interface LoadConfigOptions {
  /** The configuration file; otherwise env.PLUME_CONFIG; otherwise ./plume.config.json when present. */
  path?: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Directory against which relative paths are resolved (the process's working directory by default). */
  cwd?: string;
}

/** One problem found in the configuration, already written for the admin in both languages. */
export interface ConfigIssue {
  /** The setting, e.g. `policy.models.default` (empty for the file as a whole). */
  path: string;
  line?: number;
  column?: number;
  /** The environment variable the bad value came from. */
  env?: string;
  fr: string;
  en: string;
}

/** Stops the start; `message` (French) and `messageEn` are ready to print, with no stack needed. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  readonly messageEn: string;

  constructor(readonly issues: readonly ConfigIssue[]) {
    super([header.fr, ...issues.map((issue) => issue.fr)].join("\n"));
    this.messageEn = [header.en, ...issues.map((issue) => issue.en)].join("\n");
  }
}

interface Location {
  file?: string;
  line?: number;
  column?: number;
  env?: string;
}

function issue(at: Location, path: string, reason: Bilingual, prefix?: Bilingual): ConfigIssue {
  const text = (lang: Lang) =>
    joinParts(lang, [where(lang, at), prefix?.[lang] ?? "", path, reason[lang]]);
  return {
    path,
    ...(at.line !== undefined && { line: at.line }),
    ...(at.column !== undefined && { column: at.column }),
    ...(at.env !== undefined && { env: at.env }),
    fr: text("fr"),
    en: text("en"),
  };
}

/**
 * Reads the configuration file (if any), checks it against the schema, applies the environment's overrides
 * and returns it with the secrets. Throws a ConfigError listing every problem, each with its line.
 */
export function loadConfig(options: LoadConfigOptions): LoadedConfig {
  const { env } = options;
  const cwd = options.cwd ?? process.cwd();
  const file =
    options.path ??
    nonEmpty(env.PLUME_CONFIG) ??
    (existsSync(resolve(cwd, DEFAULT_CONFIG_FILE)) ? DEFAULT_CONFIG_FILE : null);

  const source = file === null ? null : readSource(file, resolve(cwd, file));
  const input: unknown = source === null ? {} : source.value;
  const fromEnv = applyEnvOverrides(input, env);

  const issues: ConfigIssue[] = [];
  const french = configSchema.safeParse(input, { error: configErrorMap("fr") });
  if (!french.success) {
    const english = configSchema.safeParse(input, { error: configErrorMap("en") });
    const englishIssues = english.success ? [] : english.error.issues;
    french.error.issues.forEach((frIssue, index) => {
      const enIssue = englishIssues[index] ?? frIssue;
      issues.push(
        ...schemaIssues(frIssue, enIssue, (path) => {
          const variable = fromEnv.get(formatPath(path));
          if (variable !== undefined) return { env: variable };
          if (source === null || file === null) return {};
          return { file, line: lineColumn(source.text, source.locate(path)).line };
        })
      );
    });
  }
  const secrets = readSecrets(env, issues);
  if (!french.success || issues.length > 0) throw new ConfigError(sortByLine(issues));
  return { config: french.data, secrets, file };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}

function readSource(
  file: string,
  absolute: string
): { text: string; value: unknown; locate(path: JsonPath): number } {
  let text: string;
  try {
    // Windows editors may start a UTF-8 file with a byte-order mark, which JSON does not allow.
    text = readFileSync(absolute, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    throw new ConfigError([issue({ file }, "", fileReason((error as NodeJS.ErrnoException).code))]);
  }
  const source = readJsonSource(text);
  if (!source.ok) {
    const { line, column } = lineColumn(text, source.offset);
    throw new ConfigError([
      issue({ file, line, column }, "", syntaxReason(source.problem, source.detail), invalidJson),
    ]);
  }
  return { text, value: source.value, locate: source.locate };
}

/** Puts the overriding environment values into the input, so that the schema checks them too. */
function applyEnvOverrides(input: unknown, env: LoadConfigOptions["env"]): Map<string, string> {
  const applied = new Map<string, string>();
  for (const { name, path } of ENV_OVERRIDES) {
    const raw = nonEmpty(env[name]);
    if (raw === undefined) continue;
    const [section, key] = path;
    if (!isPlainObject(input)) continue;
    input[section] ??= {};
    const target = input[section];
    if (!isPlainObject(target)) continue;
    // A port arrives as text: a number when it reads as one, otherwise the text, for the schema to reject.
    target[key] = name === "PORT" && /^\d+$/.test(raw.trim()) ? Number(raw) : raw;
    applied.set(formatPath(path), name);
  }
  return applied;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function schemaIssues(
  frIssue: z.core.$ZodIssue,
  enIssue: z.core.$ZodIssue,
  locate: (path: JsonPath) => Location
): ConfigIssue[] {
  if (frIssue.code === "unrecognized_keys") {
    const known = keysAt(configSchema, frIssue.path);
    return frIssue.keys.map((key) => {
      const path = [...frIssue.path, key];
      return issue(locate(path), formatPath(path), unknownKeyReason(key, closest(key, known)));
    });
  }
  return [
    issue(locate(frIssue.path), formatPath(frIssue.path), {
      fr: frIssue.message,
      en: enIssue.message,
    }),
  ];
}

function sortByLine(issues: ConfigIssue[]): ConfigIssue[] {
  return issues
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.line ?? Infinity) - (b.item.line ?? Infinity) || a.index - b.index)
    .map(({ item }) => item);
}

/** The known key a misspelt one most likely meant: same letters in another case, or a couple of typos. */
function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 4)) + 1;
  for (const candidate of known) {
    const distance =
      candidate.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function readSecrets(env: LoadConfigOptions["env"], issues: ConfigIssue[]): ConfigSecrets {
  const secrets: ConfigSecrets = {};
  const mistralApiKey = nonEmpty(env.MISTRAL_API_KEY);
  const devToken = nonEmpty(env.PLUME_DEV_TOKEN);
  const tlsCertPath = nonEmpty(env.PLUME_TLS_CERT);
  const tlsKeyPath = nonEmpty(env.PLUME_TLS_KEY);
  if (mistralApiKey !== undefined) secrets.mistralApiKey = mistralApiKey.trim();
  if (devToken !== undefined) secrets.devToken = devToken.trim();
  if (tlsCertPath !== undefined) secrets.tlsCertPath = tlsCertPath;
  if (tlsKeyPath !== undefined) secrets.tlsKeyPath = tlsKeyPath;
  if ((tlsCertPath === undefined) !== (tlsKeyPath === undefined)) {
    issues.push(
      issue(
        { env: tlsCertPath === undefined ? "PLUME_TLS_CERT" : "PLUME_TLS_KEY" },
        "",
        tlsPairReason
      )
    );
  }
  return secrets;
}
