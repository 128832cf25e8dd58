import Database from "better-sqlite3";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  SqliteAuditStore,
  type AuditRecord,
  type StoredRecord,
} from "../../../src/gateway/audit/index.ts";
import { AuditFileLostError } from "../../../src/gateway/audit/sqlite-store.ts";
import { interruptedOf, sampleRecord } from "./fixtures/records.ts";
import { tempStores } from "./fixtures/temp-stores.ts";

const { dir, freshPath, openStore } = tempStores("plume-audit-open-");

async function records(store: SqliteAuditStore): Promise<AuditRecord[]> {
  const all: StoredRecord[] = [];
  for await (const stored of store.export()) all.push(stored);
  return all.map((stored) => stored.record);
}

const interrupted = (i: number): AuditRecord => interruptedOf(sampleRecord(i));

const openNotes = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare("SELECT count(*) AS n FROM audit_open_calls").get() as { n: number };
  } finally {
    db.close();
  }
};

const lockFiles = (path: string) =>
  readdirSync(dir)
    .filter((name) => name.startsWith(`${path.slice(dir.length + 1)}-writer-`))
    .map((name) => join(dir, name));

describe("a call noted before it goes to the model", () => {
  it("is chained as interrupted by the next writer when its own never wrote its record", async () => {
    const path = freshPath();
    const first = new SqliteAuditStore(path);
    await first.append(sampleRecord(1));
    const call = first.begin(interrupted(2));
    await call.noted;
    // Closed with the call still open: to the next writer, this one is gone, as if killed.
    await first.close();
    expect(openNotes(path)).toEqual({ n: 1 });

    const next = openStore(path);
    expect(await records(next)).toEqual([sampleRecord(1), interrupted(2)]);
    expect(await next.verify()).toMatchObject({ ok: true, count: 2 });
    expect(openNotes(path)).toEqual({ n: 0 });
    await next.close();
    // Chained once: a third writer finds nothing more to recover.
    expect(await records(openStore(path))).toHaveLength(2);
  });

  it("gets its own record, not the note's, when its record comes; nothing is left to recover", async () => {
    const path = freshPath();
    const store = new SqliteAuditStore(path);
    const call = store.begin(interrupted(1));
    expect(openNotes(path)).toEqual({ n: 1 });
    await store.append(sampleRecord(1), call);
    expect(openNotes(path)).toEqual({ n: 0 });
    await store.close();
    expect(await records(openStore(path))).toEqual([sampleRecord(1)]);
  });

  it("is left alone by another writer of the same file while its own writer is alive", async () => {
    const path = freshPath();
    const alive = openStore(path);
    const call = alive.begin(interrupted(1));
    const other = openStore(path);
    expect(await records(other)).toEqual([]);
    await alive.append(sampleRecord(1), call);
    expect(await records(other)).toEqual([sampleRecord(1)]);
    expect(await other.verify()).toMatchObject({ ok: true, count: 1 });
  });

  it("is noted even when its record follows at once, in the same batch as the note", async () => {
    const path = freshPath();
    const store = openStore(path);
    const appended = Array.from({ length: 5 }, (_, i) =>
      store.append(sampleRecord(i), store.begin(interrupted(i)))
    );
    expect((await Promise.all(appended)).map((stored) => stored.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(openNotes(path)).toEqual({ n: 0 });
  });

  it("leaves no lock file behind a writer closed cleanly", async () => {
    const path = freshPath();
    const store = new SqliteAuditStore(path);
    expect(lockFiles(path)).toHaveLength(1);
    await store.close();
    expect(lockFiles(path)).toEqual([]);
  });
});

describe("what could make one call two records, or none", () => {
  it("a writer whose lock file is deleted: its call is chained once, and it takes no more records", async () => {
    const path = freshPath();
    const alive = openStore(path);
    const call = alive.begin(interrupted(1));
    await call.noted;
    // An admin clearing "stale" files: to other writers, this one now looks gone.
    for (const file of lockFiles(path)) rmSync(file);
    const other = openStore(path);
    const own = other.begin(interrupted(2));
    await expect(alive.append(sampleRecord(1), call)).rejects.toBeInstanceOf(AuditFileLostError);
    expect(await alive.ping()).toBe(false);
    expect((await records(other)).map((r) => `${r.requestId} ${r.outcome}`)).toEqual([
      "req-1 interrupted",
    ]);
    // The other writer's note, numbered after the one it recovered, is still there.
    expect(openNotes(path)).toEqual({ n: 1 });
    await other.append(sampleRecord(2), own);
    expect(await other.verify()).toMatchObject({ ok: true, count: 2, openCalls: 0 });
  });

  it("a note that is not a valid record is left where it is, and every writer still opens", async () => {
    const path = freshPath();
    await new SqliteAuditStore(path).close();
    const db = new Database(path);
    db.prepare("INSERT INTO audit_open_calls (owner, record) VALUES (?, ?)").run(
      "11111111-2222-4333-8444-555555555555",
      JSON.stringify({ outcome: "interrupted", content: "édité dans le fichier" })
    );
    db.close();
    const store = openStore(path);
    await store.append(sampleRecord(1));
    expect(await store.verify()).toMatchObject({ ok: true, count: 1, openCalls: 1 });
  });
});

describe("a store written by the first version of the schema", () => {
  it("is read as it is, and given its open calls when opened for writing", async () => {
    const path = freshPath();
    const store = new SqliteAuditStore(path);
    await store.append(sampleRecord(1));
    await store.close();
    const db = new Database(path);
    db.exec("DROP TABLE audit_open_calls; PRAGMA user_version = 1;");
    db.close();

    const reader = openStore(path, true);
    expect(await reader.verify()).toMatchObject({ ok: true, count: 1 });
    await reader.close();
    const writer = openStore(path);
    await writer.append(sampleRecord(2), writer.begin(interrupted(2)));
    expect(await writer.verify()).toMatchObject({ ok: true, count: 2 });
    expect(openNotes(path)).toEqual({ n: 0 });
  });
});
