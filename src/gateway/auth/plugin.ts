import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from "fastify";
import { DEV_IDENTITY, devTokenMatcher, StartRefusedError } from "./dev-token.ts";
import type { AuthFailureReason, Identity, TokenVerifier, VerifyResult } from "./identity.ts";
import { isLoopbackHost } from "./loopback.ts";
import { refusalFor } from "./refusal.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The authenticated caller; set by the auth plugin on every non-public route of its scope. */
    user?: Identity;
  }
}

export interface AuthPluginOptions {
  /** Entra ID verification; omitted on a machine without Entra. */
  verifier?: TokenVerifier;
  /** The static dev token (PLUME_DEV_TOKEN); start-up must have called assertDevTokenAllowed(host). */
  devToken?: string;
  /**
   * Route patterns served without a token, as registered (`request.routeOptions.url`): exact
   * ("/healthz", "/manifests/:name"), or a prefix when ending with "*" ("/assets/*").
   */
  publicPaths: string[];
  /** Told of each refused token, by reason (for the metrics); the token itself is never passed on. */
  onRefusal?: (reason: AuthFailureReason) => void;
}

/**
 * Requires `Authorization: Bearer <token>` on the routes of the scope it is registered in, and sets
 * `request.user`. Register it first inside the scope that holds the protected routes:
 *
 *   app.register(async (scope) => {
 *     await scope.register(authPlugin, { verifier, devToken, publicPaths });
 *     scope.post("/v1/chat/completions", handler);
 *   });
 *
 * The dev token and Entra are accepted side by side when both are configured, so that a developer
 * can use either on a loopback gateway. The token itself is never logged nor echoed.
 */
export const authPlugin: FastifyPluginAsync<AuthPluginOptions> = async (
  scope: FastifyInstance,
  options
) => {
  const { verifier, publicPaths } = options;
  const isDevToken = options.devToken ? devTokenMatcher(options.devToken) : undefined;
  if (!verifier && !isDevToken) {
    throw new StartRefusedError({
      fr: "Aucune méthode d'authentification configurée : renseignez Entra ID dans la configuration, ou PLUME_DEV_TOKEN pour une passerelle en boucle locale.",
      en: "No sign-in method configured: set up Entra ID in the configuration, or PLUME_DEV_TOKEN for a gateway on loopback.",
    });
  }
  const isPublic = publicRouteMatcher(publicPaths);

  async function authenticate(request: FastifyRequest, token: string): Promise<VerifyResult> {
    // Start-up already refuses a dev token off loopback; checking the peer too keeps that true if it is forgotten.
    if (isDevToken?.(token) && isLoopbackHost(request.socket.remoteAddress ?? "")) {
      return { ok: true, identity: { ...DEV_IDENTITY } };
    }
    if (verifier) return verifier.verify(token);
    return { ok: false, reason: "wrong_dev_token" };
  }

  if (!scope.hasRequestDecorator("user")) scope.decorateRequest("user", undefined);

  scope.addHook("onRequest", async (request, reply) => {
    // A CORS preflight never carries credentials (Fetch standard); refusing it would block the add-in.
    if (request.method === "OPTIONS" || isPublic(request.routeOptions.url)) return;
    const token = bearerToken(request.headers.authorization);
    const result: VerifyResult =
      token === undefined ? { ok: false, reason: "missing" } : await authenticate(request, token);
    if (result.ok) {
      request.user = result.identity;
      return;
    }
    request.log.info(
      { authRefusal: result.reason, ...(result.detail ? { detail: result.detail } : {}) },
      "authentification refusée"
    );
    options.onRefusal?.(result.reason);
    const refusal = refusalFor(result.reason);
    return reply.code(refusal.statusCode).headers(refusal.headers).send(refusal.body);
  });
};

// Shares the hook and the decorator with the scope that registers the plugin (what fastify-plugin does).
Object.defineProperty(authPlugin, Symbol.for("skip-override"), { value: true });
Object.defineProperty(authPlugin, Symbol.for("fastify.display-name"), { value: "plume-auth" });

/** The authenticated caller of a route behind the auth plugin; throws if the route is not behind it. */
export function userOf(request: FastifyRequest): Identity {
  if (!request.user)
    throw new Error(
      `route ${request.routeOptions.url ?? request.url} is not behind the auth plugin`
    );
  return request.user;
}

/** The token of an `Authorization: Bearer <token>` header (scheme case-insensitive), if there is one. */
function bearerToken(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /^Bearer[ \t]+(\S.*?)[ \t]*$/i.exec(header);
  return match?.[1];
}

function publicRouteMatcher(publicPaths: string[]): (routeUrl: string | undefined) => boolean {
  const exact = new Set(publicPaths.filter((path) => !path.endsWith("*")));
  const prefixes = publicPaths
    .filter((path) => path.endsWith("*"))
    .map((path) => path.slice(0, -1));
  // No matched route (a 404 in this scope): not public, so unknown paths say nothing without a token.
  return (routeUrl) =>
    routeUrl !== undefined &&
    (exact.has(routeUrl) || prefixes.some((prefix) => routeUrl.startsWith(prefix)));
}
