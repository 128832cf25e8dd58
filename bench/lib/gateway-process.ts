/**
 * The gateway in a bench child of its own, as `plume serve` runs it but for the bench's settings:
 * dev token, no rate limits, no logger, no retries, SQLite audit in a temporary file.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildGateway } from "../../src/gateway/app.ts";
import { SqliteAuditStore } from "../../src/gateway/audit/sqlite-store.ts";
import type { AuditFlush } from "../../src/gateway/audit/store.ts";
import { configSchema } from "../../src/gateway/config/schema.ts";
import { createUpstream } from "../../src/gateway/proxy/upstream.ts";
import { InMemoryRateLimiter } from "../../src/gateway/rate-limit/in-memory.ts";
import { LOCAL_UPSTREAM } from "../../src/gateway/proxy/upstream-health.ts";
import { serveBenchChild } from "./child-process.ts";

export interface GatewayChildConfig {
  upstreamUrl: string;
  apiKey: string;
  devToken: string;
  model: string;
  /** The setting `audit.flush`: the default, or the one the bench is asked for. */
  auditFlush: AuditFlush;
}

await serveBenchChild(async (settings: GatewayChildConfig) => {
  const config = configSchema.parse({
    upstream: { serverURL: settings.upstreamUrl },
    audit: { flush: settings.auditFlush },
    policy: {
      models: { allowed: [settings.model] },
      rateLimits: { requestsPerMinute: 0, requestsPerDay: 0, tokensPerMinute: 0, tokensPerDay: 0 },
    },
  });
  const auditDir = mkdtempSync(join(tmpdir(), "plume-bench-gateway-"));
  const audit = new SqliteAuditStore(join(auditDir, "audit.db"), { flush: config.audit.flush });
  const app = await buildGateway({
    config,
    audit,
    rateLimiter: new InMemoryRateLimiter(config.policy.rateLimits),
    // No retries: a failed call must show as an error in the bench, not be replayed.
    upstream: createUpstream({
      apiKey: settings.apiKey,
      serverURL: settings.upstreamUrl,
      timeoutMs: config.upstream.timeoutMs,
      retries: { count: 0, initialMs: 0, maxMs: 0 },
    }),
    devToken: settings.devToken,
    upstreamHealth: async () => LOCAL_UPSTREAM,
  });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  return {
    ready: url,
    close: async () => {
      await app.close();
      audit.close();
      rmSync(auditDir, { recursive: true, force: true });
    },
  };
});
