import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AuditSyncError, SqliteAuditStore } from "../../../src/gateway/audit/sqlite-store.ts";
import { sampleRecord } from "./fixtures/records.ts";

/**
 * The store's fsyncs, held here: each call waits until the test lets it finish (or fail), so the
 * test sees what is acknowledged before and after the disk has the records.
 */
const fsyncs = vi.hoisted(() => ({
  calls: [] as { descriptor: number; finish: (error: Error | null) => void }[],
}));
vi.mock("node:fs", async (original) => {
  const fs = await original<typeof import("node:fs")>();
  return {
    ...fs,
    fdatasync: (descriptor: number, callback: (error: Error | null) => void) => {
      fsyncs.calls.push({
        descriptor,
        finish: (error) => (error ? callback(error) : fs.fdatasync(descriptor, callback)),
      });
    },
  };
});

const turn = () => new Promise((resolve) => setImmediate(resolve));
/** Whether `promise` has settled by the next turn of the event loop, and how. */
async function state(promise: Promise<unknown>): Promise<"pending" | "resolved" | "rejected"> {
  let settled: "pending" | "resolved" | "rejected" = "pending";
  promise.then(
    () => (settled = "resolved"),
    () => (settled = "rejected")
  );
  await turn();
  await turn();
  return settled;
}

let store: SqliteAuditStore | undefined;
afterEach(async () => {
  for (const call of fsyncs.calls.splice(0)) call.finish(null);
  await store?.close();
  store = undefined;
});

function openStore(options: ConstructorParameters<typeof SqliteAuditStore>[1] = {}) {
  const path = join(mkdtempSync(join(tmpdir(), "plume-audit-fsync-")), "audit.db");
  store = new SqliteAuditStore(path, options);
  return { store, path };
}

describe("an append is acknowledged only once the disk has it", () => {
  it("waits for the fsync of the write-ahead log, not of another file", async () => {
    const { store, path } = openStore();
    const appended = store.append(sampleRecord(1));
    expect(await state(appended)).toBe("pending");
    expect(fsyncs.calls).toHaveLength(1);
    // The descriptor fsynced is the log's, where a WAL commit is written.
    const wal = statSync(`${path}-wal`);
    const { fstatSync } = await vi.importActual<typeof import("node:fs")>("node:fs");
    expect(fstatSync(fsyncs.calls[0]!.descriptor).ino).toBe(wal.ino);

    fsyncs.calls[0]!.finish(null);
    expect(await appended).toMatchObject({ seq: 1 });
  });

  it("makes records committed during an fsync wait for the next one, which covers them all", async () => {
    const { store } = openStore();
    const first = store.append(sampleRecord(1));
    await turn();
    const second = store.append(sampleRecord(2));
    const third = store.append(sampleRecord(3));
    await turn();
    // Committed after the first fsync began: it may not hold them.
    expect(fsyncs.calls).toHaveLength(1);
    fsyncs.calls[0]!.finish(null);
    await first;
    expect(await state(second)).toBe("pending");
    expect(fsyncs.calls).toHaveLength(2);
    fsyncs.calls[1]!.finish(null);
    expect((await Promise.all([second, third])).map((stored) => stored.seq)).toEqual([2, 3]);
  });

  it("refuses every later record once an fsync failed, and says it is not ready", async () => {
    const { store } = openStore();
    const lost = store.append(sampleRecord(1));
    await turn();
    const waiting = store.append(sampleRecord(2));
    await turn();
    fsyncs.calls[0]!.finish(Object.assign(new Error("EIO: i/o error"), { code: "EIO" }));
    await expect(lost).rejects.toBeInstanceOf(AuditSyncError);
    // Committed before the failure was known: a later fsync could succeed without its pages.
    fsyncs.calls[1]?.finish(null);
    await expect(waiting).rejects.toBeInstanceOf(AuditSyncError);
    await expect(store.append(sampleRecord(3))).rejects.toThrow(
      /could not be written to disk: EIO/
    );
    expect(await store.ping()).toBe(false);
  });

  it("finishes the fsync of what it committed before it closes", async () => {
    const { store } = openStore();
    const appended = store.append(sampleRecord(1));
    await turn();
    const closed = store.close();
    expect(await state(closed)).toBe("pending");
    fsyncs.calls[0]!.finish(null);
    await closed;
    expect(await appended).toMatchObject({ seq: 1 });
  });

  it("with flush 'os', is acknowledged once committed, with no flush", async () => {
    const { store } = openStore({ flush: "os" });
    expect(await store.append(sampleRecord(1))).toMatchObject({ seq: 1 });
    expect(await store.append(sampleRecord(2))).toMatchObject({ seq: 2 });
    expect(fsyncs.calls).toEqual([]);
    expect(await store.verify()).toMatchObject({ ok: true, count: 2 });
  });
});

describe("a call's record, after its note", () => {
  const interrupted = (i: number) => sampleRecord(i, { outcome: "interrupted", status: 500 });

  it("is acknowledged once committed when the note is on disk, without waiting for its own flush", async () => {
    const { store } = openStore();
    const call = store.begin(interrupted(1));
    expect(fsyncs.calls).toHaveLength(1);
    fsyncs.calls[0]!.finish(null);
    await call.noted;
    const appended = store.append(sampleRecord(1), call);
    expect(await state(appended)).toBe("resolved");
    // No flush of its own: the next one, for another call's note, covers it.
    expect(fsyncs.calls).toHaveLength(1);
    expect(await appended).toMatchObject({ seq: 1, record: sampleRecord(1) });
  });

  it("waits for the note's flush when the note is not on disk yet", async () => {
    const { store } = openStore();
    const call = store.begin(interrupted(1));
    const appended = store.append(sampleRecord(1), call);
    expect(await state(appended)).toBe("pending");
    fsyncs.calls[0]!.finish(null);
    expect(await appended).toMatchObject({ seq: 1 });
  });

  it("cannot be noted once a flush has failed: the call must not go to the model", async () => {
    const { store } = openStore();
    const call = store.begin(interrupted(1));
    fsyncs.calls[0]!.finish(Object.assign(new Error("EIO: i/o error"), { code: "EIO" }));
    await expect(call.noted).rejects.toBeInstanceOf(AuditSyncError);
    await expect(store.append(sampleRecord(1), call)).rejects.toBeInstanceOf(AuditSyncError);
    expect(() => store.begin(interrupted(2))).toThrow(AuditSyncError);
  });
});
