/** What `/readyz` says of the upstream, beyond whether it answers at all. */
export interface UpstreamHealth {
  /** It answered, whatever it said. */
  reachable: boolean;
  /** It answered with a redirect, which the gateway never follows: every call fails. */
  redirected: boolean;
  /** false when it refused the key (401, 403); null when it could not say (no models route, a failure). */
  keyAccepted: boolean | null;
  /** Models the policy allows and the upstream does not list; empty when its list could not be read. */
  unknownModels: string[];
}

export interface UpstreamHealthSettings {
  serverURL: string;
  apiKey: string;
  allowedModels: readonly string[];
  /** How long an answer stands before the next probe: probes every few seconds must not each cost a call. */
  cacheMs?: number;
  timeoutMs?: number;
  /** Told of each answer that differs from the one before (the first included), to log it. */
  onChange?: (health: UpstreamHealth) => void;
}

const answered = (fields: Partial<UpstreamHealth>): UpstreamHealth => ({
  reachable: true,
  redirected: false,
  keyAccepted: null,
  unknownModels: [],
  ...fields,
});

const UNREACHABLE: UpstreamHealth = { ...answered({}), reachable: false };

/** The ids of a models list, Mistral's or a compatible server's (vLLM's cards have no `type`). */
function listedIds(body: unknown): string[] | undefined {
  const data = (body as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return undefined;
  return data
    .map((card) => (card as { id?: unknown } | null)?.id)
    .filter((id): id is string => typeof id === "string");
}

/**
 * Asks the upstream's `GET /v1/models` with the key: a wrong key or a model the policy allows and
 * the upstream does not serve would otherwise show only as a 502 on every call. Read leniently,
 * since any Mistral-compatible server may answer; never a redirect followed (the key would go with
 * it). Once an answer is known, a probe past `cacheMs` gets it at once while the next one is asked
 * in the background: a slow upstream never makes `/readyz` miss its probe's deadline.
 */
export function upstreamHealthCheck(
  settings: UpstreamHealthSettings
): () => Promise<UpstreamHealth> {
  const url = new URL(settings.serverURL);
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/v1/models`;
  const cacheMs = settings.cacheMs ?? 10_000;

  async function probe(): Promise<UpstreamHealth> {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { authorization: `Bearer ${settings.apiKey}`, accept: "application/json" },
        redirect: "manual",
        signal: AbortSignal.timeout(settings.timeoutMs ?? 3000),
      });
    } catch {
      return UNREACHABLE;
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (response.status >= 300 && response.status < 400) return answered({ redirected: true });
    if (response.status === 401 || response.status === 403) return answered({ keyAccepted: false });
    const ids = response.ok ? listedIds(body) : undefined;
    if (!ids) return answered({});
    return answered({
      keyAccepted: true,
      unknownModels: settings.allowedModels.filter((model) => !ids.includes(model)),
    });
  }

  let last: { health: UpstreamHealth; at: number } | undefined;
  let asking: Promise<UpstreamHealth> | undefined;
  const ask = () =>
    (asking ??= probe().then((health) => {
      if (JSON.stringify(health) !== JSON.stringify(last?.health)) settings.onChange?.(health);
      last = { health, at: performance.now() };
      asking = undefined;
      return health;
    }));

  return () => {
    if (!last) return ask();
    if (performance.now() - last.at >= cacheMs) void ask();
    return Promise.resolve(last.health);
  };
}

/** The health of an upstream that needs no probe: the demonstration model. */
export const LOCAL_UPSTREAM: UpstreamHealth = answered({ keyAccepted: true });
