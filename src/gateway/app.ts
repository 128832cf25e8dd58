import cors from "@fastify/cors";
import Fastify, {
  type ConnectionError,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from "fastify";
import { STATUS_CODES, type ServerResponse } from "node:http";
import { isIP, type Socket } from "node:net";
import type { AuditStore } from "./audit/store.ts";
import { isLoopbackHost } from "./auth/loopback.ts";
import { authPlugin } from "./auth/plugin.ts";
import type { TokenVerifier } from "./auth/identity.ts";
import type { Config } from "./config/schema.ts";
import { publicPolicy } from "./config/public-policy.ts";
import { signInRoute } from "./addin/sign-in.ts";
import { staticFiles } from "./addin/static-files.ts";
import {
  GATEWAY_ERRORS,
  HTTP_ERRORS,
  invalidRequestError,
  NOT_AN_OBJECT,
  type MistralError,
} from "./errors.ts";
import { GatewayMetrics } from "./metrics.ts";
import { chatRoutes } from "./proxy/chat-route.ts";
import { createGatewayEngine } from "./proxy/request-scan.ts";
import type { Upstream } from "./proxy/upstream.ts";
import type { UpstreamHealth } from "./proxy/upstream-health.ts";
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
  /** Whether the upstream answers, takes the key and serves the allowed models, for /readyz. */
  upstreamHealth: () => Promise<UpstreamHealth>;
  logger?: FastifyServerOptions["logger"];
  https?: { cert: Buffer; key: Buffer } | undefined;
}

/** What the error handler reads of an error: Fastify's, @fastify/static's and @fastify/send's have these. */
interface FastifyClientError {
  statusCode?: number;
  code?: string;
  headers?: Record<string, string>;
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

/** `application/json` and its kin (`application/problem+json`), whatever their parameters. */
const JSON_MEDIA_TYPE = /^\s*application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/** Charsets a UTF-8 reader reads right: UTF-8 itself, and ASCII, its subset. */
const UTF8_COMPATIBLE = /^(?:utf-?8|us-ascii|ascii)$/i;

const HSTS = "max-age=63072000; includeSubDomains";

const CLIENT_ERRORS: Readonly<Record<number, () => MistralError>> = {
  400: HTTP_ERRORS.badRequest,
  403: HTTP_ERRORS.forbidden,
  404: GATEWAY_ERRORS.notFound,
  408: HTTP_ERRORS.requestTimeout,
  413: HTTP_ERRORS.tooLarge,
  414: HTTP_ERRORS.uriTooLong,
  416: HTTP_ERRORS.rangeNotSatisfiable,
  421: HTTP_ERRORS.unknownHost,
  431: HTTP_ERRORS.headersTooLarge,
};

/** The body of a 4xx the gateway did not choose itself (Fastify's, the file server's, Node's). */
function clientError(status: number): MistralError {
  return CLIENT_ERRORS[status]?.() ?? HTTP_ERRORS.refused(status);
}

/** Node's parser errors that are not a plain 400, with the status Node itself would give them. */
const PARSER_ERROR_STATUS: Readonly<Record<string, number>> = {
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/**
 * Answers a request Node's HTTP parser could not read (Fastify's `clientErrorHandler`), which no
 * route, hook or error handler sees: Mistral's shape and the security headers all the same.
 */
function answerUnreadableRequest(headers: Readonly<Record<string, string>>) {
  return function (this: FastifyInstance, error: ConnectionError, socket: Socket): void {
    // A connection reset has nobody left to answer.
    if (error.code === "ECONNRESET" || socket.destroyed) return;
    const status = PARSER_ERROR_STATUS[error.code] ?? 400;
    const id = crypto.randomUUID();
    // The code only: the error's rawPacket holds the bytes received, a token or a document among them.
    this.log.info(
      { reqId: id, err: { code: error.code }, statusCode: status },
      "unreadable request"
    );
    // As Node does: an answer already begun on this connection (a stream) is cut, never written into.
    // `_httpMessage` is Node's own link from a socket to the response in progress on it.
    const inProgress = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (socket.writable && !inProgress?.headersSent) {
      const body = JSON.stringify(clientError(status));
      const lines = Object.entries({
        ...headers,
        "x-request-id": id,
        "content-type": "application/json; charset=utf-8",
        "content-length": String(Buffer.byteLength(body)),
        connection: "close",
      }).map(([name, value]) => `${name}: ${value}\r\n`);
      socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join("")}\r\n${body}`);
    }
    socket.destroy(error);
  };
}

/**
 * The host name of a Host header, lower-case, without port, brackets or final dot; undefined when it
 * is not a host name or address with an optional port.
 */
function hostName(host: string | undefined): string | undefined {
  const match = /^(?:\[([0-9a-f:.]+)\]|([^\s/?#@:[\]]+))(?::\d*)?$/i.exec(host ?? "");
  return (match?.[1] ?? match?.[2])?.toLowerCase().replace(/\.$/, "");
}

/**
 * Which Host a request may name: a loopback one, an IP address, the host of the public origin or of
 * an origin allowed to call (the add-in's), or one of server.allowedHosts, at any port. A page whose own name an attacker points at this
 * machine (DNS rebinding) is refused: on loopback under `plume serve --dev` it would otherwise get the
 * dev token from /api/sign-in and call the model with it. The Host header is read as sent, never
 * X-Forwarded-Host, which a page's script may set itself.
 */
function hostMatcher(server: Config["server"]): (host: string | undefined) => boolean {
  const origins = [...server.corsOrigins, ...(server.publicOrigin ? [server.publicOrigin] : [])];
  const names = new Set([
    ...origins.map((origin) => hostName(new URL(origin).host)),
    ...server.allowedHosts.map((host) => hostName(host)),
  ]);
  // An address is no name an attacker's DNS could point here: clients calling by IP are let in.
  return (host) => {
    const name = hostName(host);
    return name !== undefined && (isIP(name) !== 0 || isLoopbackHost(name) || names.has(name));
  };
}

/** What the log says of a request: its route as registered, never the path or query a client wrote (names, case numbers). */
function requestSummary(request: FastifyRequest) {
  return {
    method: request.method,
    route: request.routeOptions.url,
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket.remotePort,
  };
}

/**
 * The Plume gateway: a Mistral-compatible front door that holds the key, checks who calls, enforces
 * the admin's policy, masks what must not reach the model, and audits each call without content.
 */
export async function buildGateway(deps: GatewayDependencies): Promise<FastifyInstance> {
  const { config } = deps;
  const answerHeaders = deps.https
    ? { ...SECURITY_HEADERS, "strict-transport-security": HSTS }
    : SECURITY_HEADERS;
  // The request id names the call's audit record, for a user who reports a problem with it.
  const setAnswerHeaders = (request: FastifyRequest, reply: FastifyReply) =>
    reply.headers(answerHeaders).header("x-request-id", request.id);
  // Node answers a request without Host itself, bare; the gateway answers it below, in its own shape.
  const serverOptions = { requireHostHeader: false };
  const app = Fastify({
    logger:
      deps.logger === undefined || deps.logger === false
        ? false
        : {
            ...(deps.logger === true ? {} : deps.logger),
            serializers: {
              ...(deps.logger === true ? {} : deps.logger.serializers),
              req: requestSummary,
            },
          },
    bodyLimit: config.server.bodyLimitBytes,
    // Fastify's own 503 while closing is English and bare: the gateway answers its own, below.
    return503OnClosing: false,
    trustProxy: config.server.trustProxy,
    ...(deps.https ? { https: { ...deps.https, ...serverOptions } } : { http: serverOptions }),
    // Request ids go to the audit; a client may not choose them.
    genReqId: () => crypto.randomUUID(),
    clientErrorHandler: answerUnreadableRequest(answerHeaders),
    // A path the router cannot decode (`/assets/%zz`) skips every hook and the error handler.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      setAnswerHeaders(request, reply);
      const status = error.statusCode ?? 500;
      request.log.info({ err: { code: error.code }, statusCode: status }, "request refused");
      return reply
        .code(status)
        .send(status < 500 ? clientError(status) : GATEWAY_ERRORS.internal());
    },
  } as FastifyServerOptions);
  const metrics = new GatewayMetrics();
  const servesHost = hostMatcher(config.server);
  let closing = false;
  let closeIdle: NodeJS.Timeout | undefined;
  app.addHook("preClose", async () => {
    closing = true;
    // A client's kept-alive connection, idle once its call ends, would hold the close until the
    // client drops it (or the grace is over): each is closed as soon as it goes idle.
    closeIdle = setInterval(() => app.server.closeIdleConnections?.(), 100);
  });
  app.addHook("onClose", async () => clearInterval(closeIdle));

  // Set as the request arrives, so that a streamed answer, written past Fastify's onSend, has them too.
  app.addHook("onRequest", async (request, reply) => {
    setAnswerHeaders(request, reply);
    const { host } = request.headers;
    // HTTP/1.1 requires a Host (RFC 9112 §3.2), whatever the route.
    if (host === undefined && request.raw.httpVersion === "1.1")
      return reply.code(400).send(HTTP_ERRORS.badRequest());
    // Probes and Prometheus address the pod by its IP; these routes answer nothing personal or secret.
    if (PUBLIC_PATHS.includes(request.routeOptions.url ?? "") || servesHost(host)) return;
    request.log.info({ host }, "request refused: unknown Host");
    return reply.code(421).send(HTTP_ERRORS.unknownHost());
  });
  // Calls already in flight finish; a new one on a kept connection is told to come back.
  app.addHook("onRequest", async (_request, reply) => {
    if (!closing) return;
    return reply
      .code(503)
      .header("connection", "close")
      .header("retry-after", "5")
      .send(GATEWAY_ERRORS.shuttingDown());
  });
  // A JSON body in another charset would be read as UTF-8 and its accents mangled, names included.
  app.addHook("preParsing", async (request, reply, payload) => {
    const type = request.headers["content-type"] ?? "";
    const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(type)?.[1];
    const hasBody =
      request.headers["transfer-encoding"] !== undefined ||
      Number(request.headers["content-length"] ?? 0) > 0;
    if (
      charset === undefined ||
      UTF8_COMPATIBLE.test(charset) ||
      !hasBody ||
      !JSON_MEDIA_TYPE.test(type)
    )
      return payload;
    return reply.code(415).send(HTTP_ERRORS.unsupportedCharset());
  });
  await app.register(cors, {
    origin: config.server.corsOrigins,
    methods: ["GET", "POST"],
    maxAge: 600,
  });

  app.setErrorHandler((error: FastifyClientError, request, reply) => {
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      return reply.code(413).send(GATEWAY_ERRORS.tooLarge(config.policy.limits.maxRequestChars));
    }
    if (
      error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" ||
      error.code === "FST_ERR_CTP_EMPTY_JSON_BODY"
    ) {
      return reply.code(422).send(invalidRequestError([NOT_AN_OBJECT]));
    }
    if (error.code === "FST_ERR_CTP_INVALID_JSON_BODY")
      return reply.code(400).send(GATEWAY_ERRORS.invalidJson());
    // A 4xx from Fastify or the file server (a forbidden path, a range past the end) keeps its status
    // and the headers it names (416's Content-Range): the client's doing, not the gateway's failure.
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      request.log.info({ err: { code: error.code }, statusCode: status }, "request refused");
      if (error.headers) reply.headers(error.headers);
      return reply.code(status).send(clientError(status));
    }
    request.log.error({ err: { code: error.code } }, "unexpected error");
    return reply.code(500).send(GATEWAY_ERRORS.internal());
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send(GATEWAY_ERRORS.notFound()));

  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const allowed = config.policy.models.allowed;
    const [audit, upstream] = await Promise.all([
      deps.audit.ping(),
      deps.upstream ? deps.upstreamHealth() : undefined,
    ]);
    const modelConfigured = Boolean(deps.upstream) && allowed.length > 0;
    // Ready while one allowed model is served: calls for the others get a 502 that says so.
    const ready =
      audit &&
      upstream !== undefined &&
      upstream.reachable &&
      !upstream.redirected &&
      upstream.keyAccepted !== false &&
      modelConfigured &&
      upstream.unknownModels.length < allowed.length;
    // Anyone may read this: counts, never the names of the policy's models (the log has them).
    return reply.code(ready ? 200 : 503).send({
      status: ready ? "ready" : "not_ready",
      audit,
      upstream: upstream?.reachable ?? false,
      upstreamRedirects: upstream?.redirected ?? false,
      upstreamKeyAccepted: upstream?.keyAccepted ?? null,
      unknownModelCount: upstream?.unknownModels.length ?? 0,
      modelConfigured,
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
      onRefusal: (reason) => metrics.observeAuthRefusal(reason),
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
