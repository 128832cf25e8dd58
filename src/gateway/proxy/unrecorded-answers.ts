import type { FastifyReply, FastifyRequest } from "fastify";
import type { AuditStore, OpenCall } from "../audit/store.ts";
import type { GatewayMetrics } from "../metrics.ts";
import { auditCall, newCallRecord } from "./call-record.ts";

/** What an answer the chat handler did not record means, from its status and whether the caller was known. */
function unrecordedOutcome(status: number, authenticated: boolean): string {
  if (!authenticated && (status === 401 || status === 403)) return "refused_auth";
  if (status === 413) return "too_large";
  if (status === 421) return "refused_host";
  if (status === 500) return "internal_error";
  if (status > 500) return "unavailable";
  return "invalid_request";
}

/**
 * An `onSend` hook for the chat route, for the answers its handler wrote no record of: a call
 * refused before the handler ran (a token refused, a body over the limit, not JSON or not UTF-8, an
 * unknown Host, the gateway closing), or one the handler failed on unexpectedly (a 500). Each is
 * counted in the metrics like any call, and audited when its caller is known. An anonymous caller's
 * refusal is not audited: it could fill the audit, and slow the durable writes of everyone else, at
 * no cost to itself; the log and `plume_auth_refusals_total` say who was refused and why.
 */
export function recordUnrecordedAnswers(options: {
  audit: AuditStore;
  metrics: GatewayMetrics;
  /** The calls whose record the handler wrote. */
  recorded: WeakSet<FastifyRequest>;
  /** The calls the handler noted in the audit before it failed: their record closes the note. */
  noted: WeakMap<FastifyRequest, OpenCall>;
}) {
  const { audit, metrics, recorded, noted } = options;
  return async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (recorded.has(request)) return payload;
    const user = request.user?.userId;
    const record = newCallRecord(request, user ?? "");
    // A caller gone while sending its body gets Fastify's 400, which nobody reads.
    const gone = request.raw.socket.destroyed;
    record.status = gone ? 499 : reply.statusCode;
    record.outcome = gone
      ? "client_cancelled"
      : unrecordedOutcome(reply.statusCode, user !== undefined);
    record.latencyMs = Math.round(reply.elapsedTime);
    if (user !== undefined)
      await auditCall(record, { audit, metrics }, request.log, noted.get(request));
    else metrics.observeCall(record);
    return payload;
  };
}
