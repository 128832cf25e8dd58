import type { FastifyRequest } from "fastify";
import { ACTIONS } from "../../assistant/actions.ts";
import type { AuditRecord } from "../audit/record.ts";

/** The task pane names its action in this header; other Mistral clients are plain `chat`. */
export const ACTION_HEADER = "x-plume-action";

const KNOWN_ACTIONS: ReadonlySet<string> = new Set(ACTIONS);

/** The action a call names, from a closed set: a header is the client's to write, and could carry anything. */
function actionOf(request: FastifyRequest): string {
  const action = String(request.headers[ACTION_HEADER] ?? "chat").toLowerCase();
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
