import type {
  ChatCompletionRequest,
  ChatCompletionResponse,
} from "@mistralai/mistralai/models/components";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Engine, Vault } from "../../redaction/index.ts";
import { AUDIT_PATTERNS, type AuditRecord } from "../audit/record.ts";
import type { AuditStore, OpenCall } from "../audit/store.ts";
import { userOf } from "../auth/plugin.ts";
import {
  GATEWAY_ERRORS,
  HTTP_ERRORS,
  invalidRequestError,
  NOT_AN_OBJECT,
  type MistralError,
} from "../errors.ts";
import type { GatewayMetrics } from "../metrics.ts";
import type { RateLimiter } from "../rate-limit/rate-limiter.ts";
import { CHAT_REQUEST_FIELDS, sdkToWire, wireToSdk, type WireStreamChunk } from "../wire.ts";
import { AnswerRestorer, type AnswerPart } from "./answer-restorer.ts";
import { auditCall, newCallRecord, requestedAction } from "./call-record.ts";
import type { UpstreamEvent } from "./chunk-stream.ts";
import { readRequest, scanRequest, textChars, type ScanPolicy } from "./request-scan.ts";
import { MAX_REQUEST_DEPTH, MAX_REQUEST_NODES, RequestTooComplexError } from "./request-strings.ts";
import { recordUnrecordedAnswers } from "./unrecorded-answers.ts";
import { upstreamFailure } from "./upstream-errors.ts";
import type { Upstream } from "./upstream.ts";

/** The parts of the admin policy the chat route enforces. */
export interface ChatPolicy {
  models: { allowed: readonly string[]; default?: string | undefined };
  actions: { enabled: readonly string[] };
  entities: ScanPolicy;
  limits: { maxRequestChars: number; maxMessages: number };
}

export interface ChatRouteOptions {
  engine: Engine;
  policy: ChatPolicy;
  /** Absent when no key or no model is configured: calls then get a 503 that says what to set. */
  upstream: Upstream | undefined;
  audit: AuditStore;
  rateLimiter: RateLimiter;
  metrics: GatewayMetrics;
}

interface CallState {
  started: number;
  record: AuditRecord;
  /** Noted in the audit once the call goes to the model: its record closes it. */
  open?: OpenCall;
}

const estimateTokens = (chars: number) => Math.ceil(chars / 4);

/** `POST /v1/chat/completions` and `GET /v1/models`, as Mistral serves them, with the policy in between. */
export async function chatRoutes(app: FastifyInstance, options: ChatRouteOptions): Promise<void> {
  const { engine, policy, audit, rateLimiter, metrics } = options;

  app.get("/v1/models", async (request) => {
    userOf(request);
    const created = Math.floor(Date.now() / 1000);
    return {
      object: "list",
      data: policy.models.allowed.map((id) => ({
        id,
        object: "model",
        created,
        owned_by: "plume",
      })),
    };
  });

  // Calls in flight are awaited when the gateway closes, so that each one's record is written
  // before the audit store is: a stream cut at the end of the grace period is audited too.
  const inFlight = new Set<Promise<unknown>>();
  app.addHook("onClose", async () => {
    await Promise.allSettled(inFlight);
  });
  // Calls whose record the handler wrote; the others (refused before it, or failed in it
  // unexpectedly) get theirs from the onSend hook.
  const recorded = new WeakSet<FastifyRequest>();
  const noted = new WeakMap<FastifyRequest, OpenCall>();
  app.post(
    "/v1/chat/completions",
    { onSend: recordUnrecordedAnswers({ audit, metrics, recorded, noted }) },
    (request, reply) => {
      const call = chatCompletion(request, reply);
      inFlight.add(call);
      void call.finally(() => inFlight.delete(call)).catch(() => undefined);
      return call;
    }
  );
  answerOtherMethods(app, "/v1/chat/completions", ["POST"]);
  answerOtherMethods(app, "/v1/models", ["GET"]);

  async function chatCompletion(request: FastifyRequest, reply: FastifyReply) {
    const user = userOf(request);
    const action = requestedAction(request);
    const state: CallState = {
      started: performance.now(),
      record: newCallRecord(request, user.userId),
    };
    /** Audits the call; false when its record could not be written, and the answer must not be given. */
    const finish = async (outcome: string, status: number): Promise<boolean> => {
      recorded.add(request);
      state.record.outcome = outcome;
      state.record.status = status;
      state.record.latencyMs = Math.round(performance.now() - state.started);
      return auditCall(state.record, { audit, metrics }, request.log, state.open);
    };
    const refuse = async (
      status: number,
      body: MistralError | Record<string, unknown>,
      outcome: string
    ) => {
      await finish(outcome, status);
      return reply.code(status).send(body);
    };

    const body = request.body as Record<string, unknown> | undefined;
    if (!body || typeof body !== "object" || Array.isArray(body)) {
      return refuse(422, invalidRequestError([NOT_AN_OBJECT]), "invalid_request");
    }
    const problems = requestShapeProblems(body);
    if (problems.length) return refuse(422, invalidRequestError(problems), "invalid_request");
    // Both checked by requestShapeProblems.
    const { messages, model: named } = body as { messages: unknown[]; model: string };
    const stream = body.stream === true;
    const model = named || policy.models.default || "";
    state.record.stream = stream;
    if (policy.models.allowed.includes(model) && AUDIT_PATTERNS.model.test(model))
      state.record.model = model;

    if (messages.length > policy.limits.maxMessages)
      return refuse(413, GATEWAY_ERRORS.tooLarge(policy.limits.maxRequestChars), "too_large");

    // Read and measured before anything is scanned: the scan is the costly part, and a request
    // past the limits, or beyond the user's quota, must not get it.
    let read;
    try {
      read = readRequest(body);
    } catch (error) {
      if (!(error instanceof RequestTooComplexError)) throw error;
      return refuse(
        413,
        GATEWAY_ERRORS.tooComplex(MAX_REQUEST_NODES, MAX_REQUEST_DEPTH),
        "too_large"
      );
    }
    const chars = textChars(read);
    state.record.requestChars = chars;
    if (chars > policy.limits.maxRequestChars)
      return refuse(413, GATEWAY_ERRORS.tooLarge(policy.limits.maxRequestChars), "too_large");
    if (read.unreadable.length)
      return refuse(422, GATEWAY_ERRORS.unreadableContent(read.unreadable), "refused_unreadable");

    // A gateway without a model is the admin's to fix: calls meanwhile cost the user nothing.
    if (!options.upstream || policy.models.allowed.length === 0)
      return refuse(503, GATEWAY_ERRORS.noModel(), "not_configured");
    // Counted before the policy's refusals: a client that loops on a 403 is held by its quota too.
    const limit = await rateLimiter.check(user.userId, { tokens: estimateTokens(chars) });
    if (!limit.allowed) {
      reply.header("retry-after", String(limit.retryAfterSeconds));
      return refuse(429, GATEWAY_ERRORS.rateLimited(limit.retryAfterSeconds), "rate_limited");
    }
    if (!policy.models.allowed.includes(model))
      return refuse(403, GATEWAY_ERRORS.modelNotAllowed(model), "refused_policy");
    if (action !== "chat" && !policy.actions.enabled.includes(action))
      return refuse(403, GATEWAY_ERRORS.actionDisabled(action), "refused_policy");

    const scan = scanRequest(engine, read, policy.entities);
    state.record.maskedByClient = scan.maskedByClient as AuditRecord["maskedByClient"];
    state.record.maskedByGateway = scan.maskedByGateway as AuditRecord["maskedByGateway"];
    if (scan.refused.length)
      return refuse(422, GATEWAY_ERRORS.refusedEntities(scan.refused), "refused_personal_data");

    // Before the model sees anything: a gateway killed mid-call leaves this note, chained as the
    // call's record at the next start; switched off, once the note's flush (run while the model
    // writes) has ended.
    try {
      state.open = audit.begin({ ...state.record, outcome: "interrupted", status: 500 });
    } catch (error) {
      request.log.error({ err: { message: (error as Error).message } }, "audit note failed");
      return refuse(503, GATEWAY_ERRORS.auditUnavailable(), "audit_failed");
    }
    noted.set(request, state.open);

    // A client that goes away cancels the upstream call: nobody would read the answer.
    const controller = new AbortController();
    const onClose = () => {
      if (!reply.raw.writableFinished) controller.abort();
    };
    reply.raw.on("close", onClose);
    const upstreamRequest = {
      ...scan.body,
      model,
      messages: scan.body.messages as unknown[],
      stream,
    };
    // The quota counts what the model reported or, where it reported nothing (vLLM streams without
    // usage, a stream cut short), an estimate from the characters sent and received.
    const recordUsage = async (prompt: number | null, completion: number | null) => {
      state.record.promptTokens = prompt;
      state.record.completionTokens = completion;
      // The model has answered: a quota store that fails now costs the charge, not the answer.
      try {
        await rateLimiter.record(user.userId, {
          tokens:
            (prompt ?? estimateTokens(chars)) +
            (completion ?? estimateTokens(state.record.responseChars)),
        });
      } catch (error) {
        request.log.error({ err: { message: (error as Error).message } }, "quota charge failed");
      }
    };

    try {
      if (!stream) {
        const response = await options.upstream.complete(
          wireToSdk<ChatCompletionRequest>(upstreamRequest),
          controller.signal
        );
        const restored = restoreResponse(response, scan.vault, answersJson(body));
        state.record.responseChars = restored.chars;
        await recordUsage(
          response.usage?.promptTokens ?? null,
          response.usage?.completionTokens ?? null
        );
        if (!(await finish("ok", 200)))
          return reply.code(503).send(GATEWAY_ERRORS.auditUnavailable());
        return reply.send(restored.body);
      }
      const batches = await options.upstream.stream(upstreamRequest, controller.signal);
      const answer = { vault: scan.vault, ...answersJson(body) };
      return await relayStream(request, reply, batches, answer, state, recordUsage, finish);
    } catch (error) {
      if (controller.signal.aborted) {
        await finish("client_cancelled", 499);
        return reply;
      }
      const failure = upstreamFailure(error);
      if (failure.outcome === "upstream_error")
        request.log.warn({ upstreamStatus: failure.upstreamStatus }, "upstream call failed");
      if (reply.sent || reply.raw.headersSent) {
        await finish("upstream_error", 502);
        reply.raw.end();
        return reply;
      }
      if (failure.retryAfterSeconds !== undefined)
        reply.header("retry-after", String(failure.retryAfterSeconds));
      return refuse(failure.status, failure.body, failure.outcome);
    } finally {
      reply.raw.off("close", onClose);
    }
  }
}

/**
 * What makes a body something other than a chat request, as Mistral's 422 says it (pydantic's
 * wording): unknown fields, a missing model or messages, no message at all, a stream flag that is
 * not a boolean (whether to stream is not guessed). The rest of the shape is the SDK's to check.
 */
function requestShapeProblems(body: Record<string, unknown>) {
  const problems = Object.keys(body)
    .filter((key) => !CHAT_REQUEST_FIELDS.has(key))
    .map((key) => ({
      loc: ["body", key],
      msg: "Extra inputs are not permitted",
      type: "extra_forbidden",
    }));
  if (typeof body.model !== "string")
    problems.push({ loc: ["body", "model"], msg: "Field required", type: "missing" });
  if (!Array.isArray(body.messages))
    problems.push({ loc: ["body", "messages"], msg: "Field required", type: "missing" });
  else if (body.messages.length === 0)
    problems.push({
      loc: ["body", "messages"],
      msg: "List should have at least 1 item after validation, not 0",
      type: "too_short",
    });
  if (body.stream !== undefined && body.stream !== null && typeof body.stream !== "boolean")
    problems.push({
      loc: ["body", "stream"],
      msg: "Input should be a valid boolean",
      type: "bool_type",
    });
  return problems;
}

/** A 405 naming the methods a route takes, rather than a 404 that says the address does not exist. */
function answerOtherMethods(app: FastifyInstance, url: string, allowed: readonly string[]) {
  const others = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => !allowed.includes(m));
  app.route({
    method: others,
    url,
    handler: async (_request, reply) =>
      reply
        .code(405)
        .header("allow", allowed.join(", "))
        .send(HTTP_ERRORS.methodNotAllowed(allowed)),
  });
}

/** The answer as the wire gives it, the originals back in each choice, and the characters the model wrote. */
function restoreResponse(
  response: ChatCompletionResponse,
  vault: Vault,
  options: { json: boolean }
) {
  const body = sdkToWire(response) as { choices?: { message?: AnswerPart | null }[] };
  let chars = 0;
  for (const choice of body.choices ?? [])
    if (choice.message)
      chars += new AnswerRestorer(vault, options).restore(choice.message, true).chars;
  return { body, chars };
}

/** Whether the request asked for a JSON answer, whose strings an original must be escaped into. */
function answersJson(body: Record<string, unknown>) {
  const format = body.response_format;
  const type =
    format && typeof format === "object" ? (format as { type?: unknown }).type : undefined;
  return { json: type === "json_object" || type === "json_schema" };
}

/**
 * What the restorers still hold of the choices a stream never ended (no `finish_reason` before
 * `[DONE]`, as some servers do): given as one more event each, shaped as the stream's last one.
 */
function heldBack(
  restorers: ReadonlyMap<number, AnswerRestorer>,
  ended: ReadonlySet<number>,
  last: WireStreamChunk
): string {
  let out = "";
  for (const [index, restorer] of restorers) {
    if (ended.has(index)) continue;
    const delta: AnswerPart = {};
    restorer.restore(delta, true);
    if (Object.keys(delta).length === 0) continue;
    const event = { ...last, usage: undefined, choices: [{ index, delta, finish_reason: null }] };
    out += `data: ${JSON.stringify(event)}\n\n`;
  }
  return out;
}

/** A token count from the wire, or null when the upstream gave none it could be. */
const tokens = (value: unknown) =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null;

/**
 * Sends the model's stream on as Mistral's SSE, what the model wrote in each event restored as it
 * comes (AnswerRestorer): a placeholder cut between two events is held back until complete. Events that
 * arrived together leave together, in one write. An event that restoring left as it came (half of
 * a French answer's: the rest hold back a tail that may start a placeholder) leaves byte for byte
 * as the upstream wrote it, not serialised again from its parse. The audit record is committed
 * before `[DONE]`, so that a client that saw its answer end has its call in the audit, whatever
 * happens next.
 */
async function relayStream(
  request: FastifyRequest,
  reply: FastifyReply,
  batches: AsyncIterable<UpstreamEvent[]>,
  answer: { vault: Vault; json: boolean },
  state: CallState,
  recordUsage: (prompt: number | null, completion: number | null) => Promise<void>,
  finish: (outcome: string, status: number) => Promise<boolean>
): Promise<FastifyReply> {
  reply.hijack();
  reply.raw.writeHead(200, {
    ...(reply.getHeaders() as Record<string, string>),
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
    connection: "keep-alive",
  });
  const restorers = new Map<number, AnswerRestorer>();
  const restorerFor = (index: number) => {
    let restorer = restorers.get(index);
    if (!restorer) restorers.set(index, (restorer = new AnswerRestorer(answer.vault, answer)));
    return restorer;
  };
  let outcome = "upstream_error";
  let usageRecorded = false;
  const ended = new Set<number>();
  let last: WireStreamChunk | undefined;
  try {
    for await (const events of batches) {
      let out = "";
      for (const { chunk, data } of events) {
        last = chunk;
        let changed = false;
        for (const choice of chunk.choices) {
          if (choice.finish_reason) ended.add(choice.index);
          const restored = restorerFor(choice.index).restore(
            choice.delta,
            Boolean(choice.finish_reason)
          );
          state.record.responseChars += restored.chars;
          changed ||= restored.changed;
        }
        if (chunk.usage) {
          usageRecorded = true;
          await recordUsage(
            tokens(chunk.usage.prompt_tokens),
            tokens(chunk.usage.completion_tokens)
          );
        }
        // Data of several lines is written again on one.
        out += `data: ${changed || data.includes("\n") ? JSON.stringify(chunk) : data}\n\n`;
      }
      reply.raw.write(out);
    }
    if (last) reply.raw.write(heldBack(restorers, ended, last));
    outcome = "ok";
  } catch (error) {
    // Decided before the response is ended, which marks the socket destroyed in every case.
    if (reply.raw.destroyed) outcome = "client_cancelled";
    request.log.warn({ err: { message: (error as Error).name } }, "stream interrupted");
  }
  if (!usageRecorded) await recordUsage(null, null);
  const audited = await finish(
    outcome,
    outcome === "ok" ? 200 : outcome === "client_cancelled" ? 499 : 502
  );
  // Without its record, the answer does not end as complete: the client sees no `[DONE]`.
  reply.raw.end(outcome === "ok" && audited ? "data: [DONE]\n\n" : undefined);
  return reply;
}
