/** What `/readyz` says of the upstream, beyond whether it answers at all. */
export interface UpstreamHealth {
  /** It answered, whatever it said. */
  reachable: boolean;
  /** false when it refused the key (401, 403); null when it could not say (no models route, a failure). */
  keyAccepted: boolean | null;
  /** Models the policy allows and the upstream does not list; empty when its list could not be read. */
  unknownModels: string[];
}

export interface UpstreamHealthSettings {
  serverURL: string;
  apiKey: string;
  allowedModels: readonly string[];
  /** How long an answer is reused: probes every few seconds must not each cost a call. */
  cacheMs?: number;
  timeoutMs?: number;
}

const UNREACHABLE: UpstreamHealth = { reachable: false, keyAccepted: null, unknownModels: [] };

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
 * since any Mistral-compatible server may answer; never a redirect followed (the key would go with it).
 */
export function upstreamHealthCheck(
  settings: UpstreamHealthSettings
): () => Promise<UpstreamHealth> {
  const url = new URL(settings.serverURL);
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/v1/models`;
  const cacheMs = settings.cacheMs ?? 10_000;
  let cached: { at: number; health: Promise<UpstreamHealth> } | undefined;

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
    if (response.status === 401 || response.status === 403)
      return { reachable: true, keyAccepted: false, unknownModels: [] };
    const ids = response.ok ? listedIds(body) : undefined;
    if (!ids) return { reachable: true, keyAccepted: null, unknownModels: [] };
    return {
      reachable: true,
      keyAccepted: true,
      unknownModels: settings.allowedModels.filter((model) => !ids.includes(model)),
    };
  }

  // Concurrent probes share one call.
  return () => {
    if (!cached || performance.now() - cached.at >= cacheMs)
      cached = { at: performance.now(), health: probe() };
    return cached.health;
  };
}
