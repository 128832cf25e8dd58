import { ChatError } from "../../assistant/chat-client.ts";
import type { PublicPolicy } from "../../gateway/config/public-policy.ts";
import type { SignInConfig, TokenProvider } from "./sign-in.ts";

export type { PublicPolicy };

/**
 * The gateway's own JSON endpoints (the chat goes through the Mistral SDK). The pane is served by the
 * gateway, so both share an origin.
 */
export class GatewayApi {
  readonly origin: string;
  constructor(origin: string) {
    this.origin = origin;
  }

  signIn(): Promise<SignInConfig> {
    return this.#get<SignInConfig>("/api/sign-in");
  }

  async policy(tokens: TokenProvider): Promise<PublicPolicy> {
    return this.#get<PublicPolicy>("/api/policy", await tokens.token());
  }

  async #get<T>(path: string, token?: string): Promise<T> {
    let response: Response;
    try {
      response = await fetch(new URL(path, this.origin), {
        headers: token ? { authorization: `Bearer ${token}` } : {},
        cache: "no-store",
      });
    } catch (cause) {
      throw new ChatError("network", { cause });
    }
    if (!response.ok)
      throw await chatErrorOf(response.status, response.headers, await response.text());
    return (await response.json()) as T;
  }
}

/** The gateway's codes for a request its policy refuses (403 or 422), as opposed to a user it refuses. */
const POLICY_REFUSALS = new Set(["action_disabled", "model_not_allowed", "personal_data_refused"]);

/** A gateway error answer (Mistral's shape, French message) as the ChatError the pane explains. */
export function chatErrorOf(status: number, headers: Headers, body: string): ChatError {
  let serverMessage: string | undefined;
  let code: string | undefined;
  try {
    const parsed = JSON.parse(body) as { message?: unknown; code?: unknown };
    if (typeof parsed.message === "string") serverMessage = parsed.message;
    if (typeof parsed.code === "string") code = parsed.code;
  } catch {
    // Not the gateway's JSON (a proxy's page): the status alone says what happened.
  }
  const retryAfter = Number(headers.get("retry-after"));
  const details = {
    status,
    ...(serverMessage !== undefined && { serverMessage }),
    ...(Number.isFinite(retryAfter) &&
      retryAfter > 0 && { retryAfterSeconds: Math.ceil(retryAfter) }),
  };
  if (status === 401) return new ChatError("unauthorized", details);
  if (code !== undefined && POLICY_REFUSALS.has(code)) return new ChatError("refused", details);
  if (status === 403) return new ChatError("forbidden", details);
  if (status === 429) return new ChatError("rate-limited", details);
  if (status === 413 || code === "request_too_large") return new ChatError("too-large", details);
  if (status === 400 || status === 404 || status === 422) return new ChatError("refused", details);
  return new ChatError("unavailable", details);
}
