import { readFileSync } from "node:fs";
import type { FastifyBaseLogger, FastifyInstance } from "fastify";
import { buildGateway } from "./app.ts";
import { SqliteAuditStore } from "./audit/sqlite-store.ts";
import { assertDevTokenAllowed } from "./auth/dev-token.ts";
import { EntraVerifier } from "./auth/entra-verifier.ts";
import { loadConfig, type LoadedConfig } from "./config/load.ts";
import type { Config } from "./config/schema.ts";
import { createDemoUpstream, DEMO_MODEL } from "./proxy/demo-upstream.ts";
import { createUpstream } from "./proxy/upstream.ts";
import {
  LOCAL_UPSTREAM,
  upstreamHealthCheck,
  type UpstreamHealth,
} from "./proxy/upstream-health.ts";
import { InMemoryRateLimiter } from "./rate-limit/in-memory.ts";

export interface StartOptions {
  env: Readonly<Record<string, string | undefined>>;
  configPath?: string;
  /** TLS material found by the caller (office-addin-dev-certs for `npm start`) when the env names none. */
  https?: { cert: Buffer; key: Buffer };
  /** Hand the dev token to task panes on this machine (`plume serve --dev`). */
  publishDevToken?: boolean;
  /** Without MISTRAL_API_KEY, answer with the local demonstration model (`plume serve --dev`). */
  demoWithoutKey?: boolean;
}

export interface RunningGateway {
  app: FastifyInstance;
  url: string;
  loaded: LoadedConfig;
  /** Whether the local demonstration model answers (no Mistral key under `plume serve --dev`). */
  demo: boolean;
  /** Stops taking calls, lets the streams in flight finish (up to the grace period), then closes the audit. */
  stop(): Promise<void>;
}

/** Logs each change of the upstream's health: what `/readyz` sums up, with the names to fix. */
function logUpstreamHealth(log: FastifyBaseLogger, health: UpstreamHealth): void {
  const { reachable, redirected, keyAccepted, unknownModels } = health;
  if (!reachable) log.warn("upstream not reachable: check upstream.serverURL");
  if (redirected)
    log.warn("upstream answers with a redirect, never followed: check upstream.serverURL");
  if (keyAccepted === false) log.warn("upstream refuses the key: check MISTRAL_API_KEY");
  if (unknownModels.length)
    log.warn({ unknownModels }, "policy.models.allowed names models the upstream does not list");
  if (reachable && !redirected && keyAccepted !== false && !unknownModels.length)
    log.info({ keyAccepted }, "upstream answers");
}

/** The policy offering the demonstration model, when the admin has allowed none. */
function withDemoModel(config: Config): Config {
  if (config.policy.models.allowed.length > 0) return config;
  return {
    ...config,
    policy: { ...config.policy, models: { allowed: [DEMO_MODEL], default: DEMO_MODEL } },
  };
}

/**
 * Starts the gateway from its configuration file and environment. Refuses to start, with the
 * reason, on a bad configuration or a dev token on a non-loopback address.
 */
export async function startGateway(options: StartOptions): Promise<RunningGateway> {
  const loaded = loadConfig({
    env: options.env,
    ...(options.configPath && { path: options.configPath }),
  });
  const { secrets } = loaded;
  const demo = !secrets.mistralApiKey && (options.demoWithoutKey ?? false);
  const config = demo ? withDemoModel(loaded.config) : loaded.config;
  assertDevTokenAllowed(config.server.host, secrets.devToken, config.server.trustProxy);
  const https =
    secrets.tlsCertPath && secrets.tlsKeyPath
      ? { cert: readFileSync(secrets.tlsCertPath), key: readFileSync(secrets.tlsKeyPath) }
      : options.https;
  const audit = new SqliteAuditStore(config.audit.path, { flush: config.audit.flush });
  const { retries } = config.upstream;
  const upstream = demo
    ? createDemoUpstream()
    : secrets.mistralApiKey
      ? createUpstream({
          apiKey: secrets.mistralApiKey,
          serverURL: config.upstream.serverURL,
          timeoutMs: config.upstream.timeoutMs,
          retries: {
            count: retries.count,
            initialMs: retries.initialBackoffMs,
            maxMs: retries.maxBackoffMs,
          },
        })
      : undefined;
  const upstreamHealth =
    demo || !secrets.mistralApiKey
      ? async () => LOCAL_UPSTREAM
      : upstreamHealthCheck({
          serverURL: config.upstream.serverURL,
          apiKey: secrets.mistralApiKey,
          allowedModels: config.policy.models.allowed,
          // Probes come after the start, once the app and its logger exist.
          onChange: (health) => {
            if (app) logUpstreamHealth(app.log, health);
          },
        });
  const entra = config.auth.entra;
  let app: FastifyInstance | undefined;
  // A start that fails past this point (a port in use, say) closes what it opened.
  try {
    app = await buildGateway({
      config,
      audit,
      rateLimiter: new InMemoryRateLimiter(config.policy.rateLimits),
      upstream,
      verifier: entra ? new EntraVerifier(entra) : undefined,
      devToken: secrets.devToken,
      publishDevToken: options.publishDevToken ?? false,
      upstreamHealth,
      // Structured logs with pino; request and response bodies are never logged.
      logger: { level: config.logging.level, redact: ["req.headers.authorization"] },
      https,
    });
    const url = await app.listen({ host: config.server.host, port: config.server.port });
    // Asked once at start, so that a wrong key or model name shows in the log without a probe.
    if (upstream) void upstreamHealth();
    const running = app;
    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        const force = setTimeout(
          () => running.server.closeAllConnections?.(),
          config.server.shutdownGraceMs
        );
        await running.close();
        clearTimeout(force);
        await audit.close();
      })());
    return { app, url, loaded: { ...loaded, config }, demo, stop };
  } catch (error) {
    await app?.close();
    await audit.close();
    throw error;
  }
}
