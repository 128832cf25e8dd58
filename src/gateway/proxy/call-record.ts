import type { FastifyBaseLogger, FastifyRequest } from "fastify";
import { ACTION_HEADER, ACTIONS } from "../../assistant/actions.ts";
import type { AuditRecord } from "../audit/record.ts";
import type { AuditStore, OpenCall } from "../audit/store.ts";
import type { GatewayMetrics } from "../metrics.ts";

const KNOWN_ACTIONS: ReadonlySet<string> = new Set(ACTIONS);

/** The action a call names, as the client wrote it, for the policy to check. */
export function requestedAction(request: FastifyRequest): string {
  return String(request.headers[ACTION_HEADER] ?? "chat").toLowerCase();
}

/** The action a call names, from a closed set: a header is the client's to write, and could carry anything. */
function actionOf(request: FastifyRequest): string {
  const action = requestedAction(request);
  return action === "chat" || KNOWN_ACTIONS.has(action) ? action : "other";
}

/** The audit record of a chat call as it arrives: nothing read of its body yet, its outcome `ok` until said otherwise. */
export function newCallRecord(request: FastifyRequest, userId: string): AuditRecord {
  return {
    time: new Date().toISOString(),
    requestId: request.id,
    user: userId,
    action: actionOf(request),
    model: "",
    stream: false,
    maskedByClient: {},
    maskedByGateway: {},
    requestChars: 0,
    responseChars: 0,
    promptTokens: null,
    completionTokens: null,
    latencyMs: 0,
    outcome: "ok",
    status: 200,
  };
}

/**
 * Writes a call's record to the audit (closing its note, if it was noted) and counts it in the
 * metrics; false when the audit could not take it (counted then as `audit_failed`).
 */
export async function auditCall(
  record: AuditRecord,
  sinks: { audit: AuditStore; metrics: GatewayMetrics },
  log: FastifyBaseLogger,
  open?: OpenCall
): Promise<boolean> {
  let audited = true;
  try {
    await sinks.audit.append(record, open);
  } catch (error) {
    audited = false;
    log.error({ err: { message: (error as Error).message } }, "audit append failed");
    record.outcome = "audit_failed";
  }
  sinks.metrics.observeCall(record);
  return audited;
}
