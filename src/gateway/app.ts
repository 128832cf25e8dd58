import cors from "@fastify/cors";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import type { AuditStore } from "./audit/store.ts";
import { authPlugin } from "./auth/plugin.ts";
import type { TokenVerifier } from "./auth/identity.ts";
import type { Config } from "./config/schema.ts";
import { publicPolicy } from "./config/public-policy.ts";
import { signInRoute } from "./addin/sign-in.ts";
import { staticFiles } from "./addin/static-files.ts";
import { GATEWAY_ERRORS, validationError } from "./errors.ts";
import { GatewayMetrics } from "./metrics.ts";
import { chatRoutes } from "./proxy/chat-route.ts";
import { createGatewayEngine } from "./proxy/request-scan.ts";
import type { Upstream } from "./proxy/upstream.ts";
import type { RateLimiter } from "./rate-limit/rate-limiter.ts";

export interface GatewayDependencies {
  config: Config;
  audit: AuditStore;
  rateLimiter: RateLimiter;
  /** Absent without MISTRAL_API_KEY: the gateway still starts and says what to set. */
  upstream: Upstream | undefined;
  verifier?: TokenVerifier | undefined;
  devToken?: string | undefined;
  /** Hand the dev token to task panes on this machine (`plume serve --dev` only). */
  publishDevToken?: boolean;
  /** Whether the upstream answers at all, for /readyz. */
  upstreamReachable: () => Promise<boolean>;
  logger?: FastifyServerOptions["logger"];
  https?: { cert: Buffer; key: Buffer } | undefined;
}

/** Paths anyone may read: health and metrics (no user ids, no content). The add-in's files are served outside the auth scope. */
const PUBLIC_PATHS = ["/healthz", "/readyz", "/metrics"];

/** Headers every answer carries: nothing cached, nothing sniffed, nothing framed, no referrer. */
const SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
  "x-frame-options": "DENY",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "cross-origin-resource-policy": "same-site",
};

/**
 * The Plume gateway: a Mistral-compatible front door that holds the key, checks who calls, enforces
 * the admin's policy, masks what must not reach the model, and audits each call without content.
 */
export async function buildGateway(deps: GatewayDependencies): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: config.server.bodyLimitBytes,
    trustProxy: config.server.trustProxy,
    ...(deps.https && { https: deps.https }),
    // Request ids go to the audit; a client may not choose them.
    genReqId: () => crypto.randomUUID(),
  } as FastifyServerOptions);
  const metrics = new GatewayMetrics();

  // Set as the request arrives, so that a streamed answer, written past Fastify's onSend, has them too.
  // The request id names the call's audit record, for a user who reports a problem with it.
  app.addHook("onRequest", async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    reply.header("x-request-id", request.id);
    if (deps.https)
      reply.header("strict-transport-security", "max-age=63072000; includeSubDomains");
  });
  await app.register(cors, {
    origin: config.server.corsOrigins,
    methods: ["GET", "POST"],
    maxAge: 600,
  });

  app.setErrorHandler((error: { statusCode?: number; code?: string }, request, reply) => {
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      return reply.code(413).send(GATEWAY_ERRORS.tooLarge(config.policy.limits.maxRequestChars));
    }
    if (
      error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" ||
      error.code === "FST_ERR_CTP_EMPTY_JSON_BODY"
    ) {
      return reply
        .code(422)
        .send(
          validationError([
            { loc: ["body"], msg: "Input should be a valid dictionary", type: "dict_type" },
          ])
        );
    }
    if (error.statusCode === 400) return reply.code(400).send(GATEWAY_ERRORS.invalidJson());
    request.log.error({ err: { code: error.code } }, "unexpected error");
    return reply.code(500).send(GATEWAY_ERRORS.internal());
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send(GATEWAY_ERRORS.notFound()));

  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const [audit, upstream] = await Promise.all([
      deps.audit.ping(),
      deps.upstream ? deps.upstreamReachable() : Promise.resolve(false),
    ]);
    const ready = audit && upstream;
    return reply.code(ready ? 200 : 503).send({
      status: ready ? "ready" : "not_ready",
      audit,
      upstream,
      modelConfigured: Boolean(deps.upstream),
    });
  });
  app.get("/metrics", async (_request, reply) =>
    reply.type("text/plain; version=0.0.4").send(metrics.render())
  );

  await app.register(signInRoute, {
    entra: config.auth.entra,
    devToken: deps.publishDevToken ? deps.devToken : undefined,
  });
  await app.register(staticFiles, {
    root: config.server.addinDir,
    publicOrigin: config.server.publicOrigin,
  });

  await app.register(async (scope) => {
    await scope.register(authPlugin, {
      verifier: deps.verifier,
      devToken: deps.devToken,
      publicPaths: PUBLIC_PATHS,
    });
    scope.get("/api/policy", async () => publicPolicy(config));
    await scope.register(chatRoutes, {
      engine: createGatewayEngine(),
      policy: config.policy,
      upstream: deps.upstream,
      audit: deps.audit,
      rateLimiter: deps.rateLimiter,
      metrics,
    });
  });
  return app;
}
