import type { FastifyPluginAsync } from "fastify";
import { isLoopbackHost } from "../auth/loopback.ts";
import type { Config } from "../config/schema.ts";

export interface SignInOptions {
  entra: Config["auth"]["entra"];
  /**
   * The dev token to hand to a task pane on this machine (`plume serve --dev`): the token is only
   * accepted on loopback, and CORS keeps other web origins from reading it.
   */
  devToken: string | undefined;
}

/** The scope the add-in asks for: `<application ID URI>/<scope>`, the URI being api://<client id> when a bare id is configured. */
export function apiScope(entra: NonNullable<Config["auth"]["entra"]>): string {
  const audience =
    entra.audiences.find((a) => a.startsWith("api://")) ?? `api://${entra.audiences[0]}`;
  return `${audience.replace(/\/$/, "")}/${entra.requiredScope}`;
}

/**
 * `GET /api/sign-in`, public: how the task pane gets a token for this gateway, before it has one.
 * Nothing secret: client ids and scopes are public by nature.
 */
export const signInRoute: FastifyPluginAsync<SignInOptions> = async (scope, options) => {
  const { entra } = options;
  const entraConfig =
    entra?.addinClientId === undefined
      ? null
      : {
          clientId: entra.addinClientId,
          // One tenant: its own authority; several: any work account, the gateway checks the tenant.
          authority: `https://login.microsoftonline.com/${entra.tenants.length === 1 ? entra.tenants[0] : "organizations"}`,
          scopes: [apiScope(entra)],
        };
  scope.get("/api/sign-in", async (request) => ({
    entra: entraConfig,
    devToken:
      options.devToken && isLoopbackHost(request.socket.remoteAddress ?? "")
        ? options.devToken
        : null,
  }));
};
