/** How the gateway says to sign in (`GET /api/sign-in`, public): Entra ID, or the loopback dev token. */
export interface SignInConfig {
  entra: { clientId: string; authority: string; scopes: string[] } | null;
  devToken: string | null;
}

/** Gives a bearer token for each call to the gateway. */
export interface TokenProvider {
  token(): Promise<string>;
}

export class SignInError extends Error {
  readonly kind: "not-configured" | "failed";
  constructor(kind: "not-configured" | "failed", options?: { cause?: unknown }) {
    super(kind, options);
    this.name = "SignInError";
    this.kind = kind;
  }
}

/**
 * Entra ID through nested app authentication: Office signs the user in and MSAL gets a token for the
 * gateway's own API scope, silently when it can, in a pop-up when consent or sign-in is needed.
 * MSAL is loaded only here, so a dev-token session never downloads it.
 */
function entraTokenProvider(entra: NonNullable<SignInConfig["entra"]>): TokenProvider {
  const app = import("@azure/msal-browser").then(async (msal) => ({
    msal,
    client: await msal.createNestablePublicClientApplication({
      auth: { clientId: entra.clientId, authority: entra.authority },
    }),
  }));
  return {
    async token() {
      const { msal, client } = await app;
      const request = { scopes: entra.scopes };
      try {
        return (await client.acquireTokenSilent(request)).accessToken;
      } catch (error) {
        if (!(error instanceof msal.InteractionRequiredAuthError)) throw error;
        return (await client.acquireTokenPopup(request)).accessToken;
      }
    },
  };
}

export function tokenProviderFor(config: SignInConfig): TokenProvider {
  if (config.entra) {
    const provider = entraTokenProvider(config.entra);
    return {
      token: () =>
        provider.token().catch((cause: unknown) => {
          throw new SignInError("failed", { cause });
        }),
    };
  }
  const devToken = config.devToken;
  if (devToken) return { token: async () => devToken };
  return {
    token: () => Promise.reject(new SignInError("not-configured")),
  };
}
