import type { FastifyReply, FastifyRequest } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { SqliteAuditStore } from "../../../src/gateway/audit/sqlite-store.ts";
import type { OpenCall } from "../../../src/gateway/audit/store.ts";
import { GatewayMetrics } from "../../../src/gateway/metrics.ts";
import { newCallRecord } from "../../../src/gateway/proxy/call-record.ts";
import { recordUnrecordedAnswers } from "../../../src/gateway/proxy/unrecorded-answers.ts";

const stores: SqliteAuditStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

/** A chat call as Fastify gives it to the hook: its caller known, its connection still open. */
function call(id: string) {
  const request = {
    id,
    headers: { "x-plume-action": "summarise" },
    user: { userId: "oid-1" },
    raw: { socket: { destroyed: false } },
    log: { error: () => undefined },
  } as unknown as FastifyRequest;
  const reply = { statusCode: 500, elapsedTime: 12.4 } as unknown as FastifyReply;
  return { request, reply };
}

describe("the answers of the chat route that its handler did not record", () => {
  it("close the call's note with their own record when the handler failed after noting it", async () => {
    const audit = new SqliteAuditStore(":memory:");
    stores.push(audit);
    const recorded = new WeakSet<FastifyRequest>();
    const noted = new WeakMap<FastifyRequest, OpenCall>();
    const hook = recordUnrecordedAnswers({ audit, metrics: new GatewayMetrics(), recorded, noted });
    const { request, reply } = call("req-failed");
    const record = newCallRecord(request, "oid-1");
    noted.set(request, audit.begin({ ...record, outcome: "interrupted", status: 500 }));

    expect(await hook(request, reply, "payload")).toBe("payload");

    const stored = [];
    for await (const row of audit.export()) stored.push(row.record);
    expect(stored).toEqual([
      expect.objectContaining({
        requestId: "req-failed",
        user: "oid-1",
        action: "summarise",
        outcome: "internal_error",
        status: 500,
        latencyMs: 12,
      }),
    ]);
    expect(await audit.verify()).toMatchObject({ ok: true, count: 1, openCalls: 0 });
  });

  it("leave alone a call whose record the handler wrote", async () => {
    const audit = new SqliteAuditStore(":memory:");
    stores.push(audit);
    const recorded = new WeakSet<FastifyRequest>();
    const hook = recordUnrecordedAnswers({
      audit,
      metrics: new GatewayMetrics(),
      recorded,
      noted: new WeakMap(),
    });
    const { request, reply } = call("req-recorded");
    recorded.add(request);
    await hook(request, reply, "payload");
    expect(await audit.verify()).toMatchObject({ ok: true, count: 0 });
  });
});
