import type { AuditRecord } from "./audit/record.ts";
import type { AuthFailureReason } from "./auth/identity.ts";

const LATENCY_BUCKETS_MS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000];

/**
 * Prometheus counters of the gateway. Only labels with a closed set of values: outcome, action,
 * model, entity type. No user id, no content.
 */
export class GatewayMetrics {
  readonly #requests = new Map<string, number>();
  readonly #tokens = new Map<string, number>();
  readonly #masks = new Map<string, number>();
  readonly #authRefusals = new Map<string, number>();
  readonly #latency = new Array<number>(LATENCY_BUCKETS_MS.length + 1).fill(0);
  #latencySum = 0;
  #latencyCount = 0;

  observeCall(record: AuditRecord): void {
    increment(
      this.#requests,
      labels({
        outcome: record.outcome,
        action: record.action,
        model: record.model,
        stream: String(record.stream),
      })
    );
    if (record.promptTokens)
      increment(this.#tokens, labels({ kind: "prompt", model: record.model }), record.promptTokens);
    if (record.completionTokens)
      increment(
        this.#tokens,
        labels({ kind: "completion", model: record.model }),
        record.completionTokens
      );
    for (const [by, counts] of [
      ["client", record.maskedByClient],
      ["gateway", record.maskedByGateway],
    ] as const) {
      for (const [type, count] of Object.entries(counts))
        increment(this.#masks, labels({ by, type }), count ?? 0);
    }
    const bucket = LATENCY_BUCKETS_MS.findIndex((limit) => record.latencyMs <= limit);
    this.#latency[bucket === -1 ? LATENCY_BUCKETS_MS.length : bucket]!++;
    this.#latencySum += record.latencyMs / 1000;
    this.#latencyCount++;
  }

  /** A token refused on any protected route: an expired session, a key set Microsoft did not serve... */
  observeAuthRefusal(reason: AuthFailureReason): void {
    increment(this.#authRefusals, labels({ reason }));
  }

  /** The Prometheus text exposition format. */
  render(): string {
    const lines = [
      "# HELP plume_requests_total Chat completion calls by outcome.",
      "# TYPE plume_requests_total counter",
      ...series("plume_requests_total", this.#requests),
      "# HELP plume_tokens_total Tokens used, as reported by the model.",
      "# TYPE plume_tokens_total counter",
      ...series("plume_tokens_total", this.#tokens),
      "# HELP plume_masked_entities_total Personal data masked, by who masked it and type.",
      "# TYPE plume_masked_entities_total counter",
      ...series("plume_masked_entities_total", this.#masks),
      "# HELP plume_auth_refusals_total Access tokens refused, by reason.",
      "# TYPE plume_auth_refusals_total counter",
      ...series("plume_auth_refusals_total", this.#authRefusals),
      "# HELP plume_request_duration_seconds Time from request to last byte.",
      "# TYPE plume_request_duration_seconds histogram",
    ];
    let cumulative = 0;
    LATENCY_BUCKETS_MS.forEach((limit, i) => {
      cumulative += this.#latency[i]!;
      lines.push(`plume_request_duration_seconds_bucket{le="${limit / 1000}"} ${cumulative}`);
    });
    lines.push(`plume_request_duration_seconds_bucket{le="+Inf"} ${this.#latencyCount}`);
    lines.push(
      `plume_request_duration_seconds_sum ${this.#latencySum}`,
      `plume_request_duration_seconds_count ${this.#latencyCount}`
    );
    return lines.join("\n") + "\n";
  }
}

function labels(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([key, value]) => `${key}="${value.replace(/["\\\n]/g, "_")}"`)
    .join(",");
}

function increment(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function series(name: string, map: Map<string, number>): string[] {
  return [...map].map(([key, value]) => `${name}{${key}} ${value}`);
}
