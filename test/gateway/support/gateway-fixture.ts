import type { FastifyInstance } from "fastify";
import { buildGateway } from "../../../src/gateway/app.ts";
import type { TokenVerifier } from "../../../src/gateway/auth/identity.ts";
import { SqliteAuditStore } from "../../../src/gateway/audit/sqlite-store.ts";
import { configSchema, type ConfigInput } from "../../../src/gateway/config/schema.ts";
import { createUpstream } from "../../../src/gateway/proxy/upstream.ts";
import { upstreamHealthCheck } from "../../../src/gateway/proxy/upstream-health.ts";
import { InMemoryRateLimiter } from "../../../src/gateway/rate-limit/in-memory.ts";
import type { RateLimiter } from "../../../src/gateway/rate-limit/rate-limiter.ts";
import { startMistralStandIn, type MistralStandIn } from "../../support/mistral-stand-in.ts";

export const DEV_TOKEN = "jeton-de-test-local";
export const API_KEY = "cle-mistral-de-test";

export interface GatewayFixture {
  app: FastifyInstance;
  url: string;
  standIn: MistralStandIn;
  audit: SqliteAuditStore;
  close(): Promise<void>;
}

/** A gateway on 127.0.0.1 in front of the Mistral stand-in, with the dev token and an in-memory audit. */
export async function startGatewayFixture(
  policy: ConfigInput["policy"] = {},
  options: {
    withUpstream?: boolean;
    logStream?: NodeJS.WritableStream;
    /** Settings of `server` (the add-in's folder, say). */
    server?: ConfigInput["server"];
    /** Hand the dev token to task panes, as `plume serve --dev` does. */
    publishDevToken?: boolean;
    /** Settings of `auth` (Entra ID), and the verifier to use for them. */
    auth?: ConfigInput["auth"];
    verifier?: TokenVerifier;
    /** The longest the upstream may stay silent (`upstream.timeoutMs`); 10 s by default. */
    upstreamTimeoutMs?: number;
    /** The gateway's retries of a failed upstream call; one, after 50 ms, by default. */
    retries?: { count: number; initialMs: number; maxMs: number };
    /** The upstream's key (MISTRAL_API_KEY); API_KEY by default. */
    apiKey?: string;
    /** In place of the in-process rate limiter (one that fails, as a shared store may). */
    rateLimiter?: RateLimiter;
  } = {}
): Promise<GatewayFixture> {
  const apiKey = options.apiKey ?? API_KEY;
  const standIn = await startMistralStandIn({ apiKey });
  const config = configSchema.parse({
    ...(options.server && { server: options.server }),
    ...(options.auth && { auth: options.auth }),
    upstream: {
      serverURL: standIn.url,
      retries: { count: 1, initialBackoffMs: 50, maxBackoffMs: 100 },
    },
    policy: { models: { allowed: ["mistral-small-latest"] }, ...policy },
  });
  const audit = new SqliteAuditStore(":memory:");
  const app = await buildGateway({
    config,
    audit,
    rateLimiter: options.rateLimiter ?? new InMemoryRateLimiter(config.policy.rateLimits),
    upstream:
      options.withUpstream === false
        ? undefined
        : createUpstream({
            apiKey,
            serverURL: standIn.url,
            timeoutMs: options.upstreamTimeoutMs ?? 10_000,
            retries: options.retries ?? { count: 1, initialMs: 50, maxMs: 100 },
          }),
    devToken: DEV_TOKEN,
    upstreamHealth: upstreamHealthCheck({
      serverURL: standIn.url,
      apiKey,
      allowedModels: config.policy.models.allowed,
    }),
    publishDevToken: options.publishDevToken ?? false,
    verifier: options.verifier,
    ...(options.logStream && { logger: { level: "trace", stream: options.logStream } }),
  });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  return {
    app,
    url,
    standIn,
    audit,
    async close() {
      await app.close();
      await audit.close();
      await standIn.close();
    },
  };
}

export async function auditRecords(audit: SqliteAuditStore) {
  const records = [];
  for await (const stored of audit.export()) records.push(stored.record);
  return records;
}

/** The audit is written as the call ends, which may be just after the client has read the last byte. */
export async function waitForRecords(audit: SqliteAuditStore, count: number, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const records = await auditRecords(audit);
    if (records.length >= count || Date.now() > deadline) return records;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A chat completion call to the gateway with the dev token; an object body is sent as JSON. */
export function postChat(
  fixture: GatewayFixture,
  body: unknown,
  headers: Record<string, string> = {}
): Promise<Response> {
  return fetch(`${fixture.url}/v1/chat/completions`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${DEV_TOKEN}`,
      "content-type": "application/json",
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
