import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { execFile } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import {
  AuditRecordError,
  canonicalJson,
  GENESIS_HASH,
  NotAnAuditDatabaseError,
  SqliteAuditStore,
  type StoredRecord,
} from "../../../src/gateway/audit/index.ts";
import { sampleRecord, T0 } from "./fixtures/records.ts";
import { rechainFrom } from "./fixtures/rechain.ts";
import { tempStores } from "./fixtures/temp-stores.ts";
import { withoutRootPrivilege } from "../../support/without-root-privilege.ts";

const ROOT = join(import.meta.dirname, "../../..");

const { dir, freshPath, openStore } = tempStores("plume-audit-");

async function collect(iterable: AsyncIterable<StoredRecord>): Promise<StoredRecord[]> {
  const all: StoredRecord[] = [];
  for await (const stored of iterable) all.push(stored);
  return all;
}

/** A closed store file holding `count` records. */
async function fileWith(count: number): Promise<string> {
  const path = freshPath();
  const store = new SqliteAuditStore(path);
  for (let i = 0; i < count; i++) await store.append(sampleRecord(i));
  await store.close();
  return path;
}

/** What someone with the file and the sqlite3 shell could do. */
function tamper(path: string, sql: string): void {
  const db = new Database(path);
  db.exec(sql);
  db.close();
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** A time no sample record has, to tell forged rows apart. */
const forgedTime = (i: number) => new Date(T0 + (500 + i) * 60_000).toISOString();

/**
 * Makes room at `at` by renumbering the rows from there on, inserts `count` valid records there,
 * chained from the row before (or from `prevHash`), and moves the head's seq, as a forger would.
 */
function insertForged(path: string, at: number, count: number, prevHash?: string): void {
  const db = new Database(path);
  db.prepare("UPDATE audit_records SET seq = -seq WHERE seq >= ?").run(at);
  db.prepare("UPDATE audit_records SET seq = -seq + ? WHERE seq < 0").run(count);
  let prev =
    prevHash ??
    db
      .prepare<[number], { hash: string }>("SELECT hash FROM audit_records WHERE seq = ?")
      .get(at - 1)!.hash;
  for (let i = 0; i < count; i++) {
    const record = canonicalJson(sampleRecord(500 + i));
    const hash = sha256(prev + record);
    db.prepare("INSERT INTO audit_records VALUES (?, ?, ?, ?)").run(at + i, record, prev, hash);
    prev = hash;
  }
  db.prepare("UPDATE audit_head SET seq = seq + ?").run(count);
  db.close();
}

describe("appending and verifying", () => {
  it("chains records from the genesis hash, each hash being SHA-256 of the previous hash and the canonical record", async () => {
    const store = openStore(":memory:");
    const stored: StoredRecord[] = [];
    for (let i = 0; i < 5; i++) stored.push(await store.append(sampleRecord(i)));
    expect(stored.map((s) => s.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(stored[0]!.prevHash).toBe(GENESIS_HASH);
    for (const [i, s] of stored.entries()) {
      expect(s.hash).toBe(sha256(s.prevHash + canonicalJson(sampleRecord(i))));
      if (i > 0) expect(s.prevHash).toBe(stored[i - 1]!.hash);
    }
    expect(await store.verify()).toEqual({
      ok: true,
      count: 5,
      head: { seq: 5, hash: stored[4]!.hash },
      openCalls: 0,
    });
    expect(await collect(store.export())).toEqual(stored);
  });

  it("keeps one chain under concurrent appends, in the order they were made", async () => {
    const store = openStore(":memory:");
    const stored = await Promise.all(
      Array.from({ length: 1500 }, (_, i) => store.append(sampleRecord(i)))
    );
    expect(stored.map((s) => s.seq)).toEqual(Array.from({ length: 1500 }, (_, i) => i + 1));
    expect(stored.map((s) => s.record.requestId)).toEqual(
      Array.from({ length: 1500 }, (_, i) => `req-${i}`)
    );
    expect(await store.verify()).toMatchObject({ ok: true, count: 1500 });
  });

  it("lets timers and I/O run while a caller appends in a loop with no flush to wait for", async () => {
    for (const store of [openStore(":memory:"), openStore(freshPath(), { flush: "os" })]) {
      let appended = 0;
      let timerAfter: number | undefined;
      setTimeout(() => (timerAfter = appended), 0);
      for (; appended < 1000; appended++) await store.append(sampleRecord(appended));
      expect(timerAfter, "a 0 ms timer waited for the whole loop").toBeLessThan(200);
    }
  });

  it("keeps one chain when two connections (two gateway processes) write to the same file", async () => {
    const path = freshPath();
    const a = openStore(path);
    const b = openStore(path);
    await Promise.all(
      Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).append(sampleRecord(i)))
    );
    expect(await a.verify()).toMatchObject({ ok: true, count: 200 });
  });

  it("continues the chain after a reopen, and writes what was accepted before close", async () => {
    const path = freshPath();
    const first = new SqliteAuditStore(path);
    await first.append(sampleRecord(0));
    const pending = first.append(sampleRecord(1));
    await first.close();
    expect((await pending).seq).toBe(2);
    await expect(first.append(sampleRecord(2))).rejects.toThrow(/closed/);
    const again = openStore(path);
    expect((await again.append(sampleRecord(2))).seq).toBe(3);
    expect(await again.verify()).toMatchObject({ ok: true, count: 3 });
  });

  it("refuses a record with a content field and stores nothing of it", async () => {
    const store = openStore(":memory:");
    const withContent = { ...sampleRecord(0), content: "Mme Claire Martin" };
    await expect(store.append(withContent)).rejects.toThrow(AuditRecordError);
    await store.append(sampleRecord(1));
    const all = await collect(store.export());
    expect(all.map((s) => s.seq)).toEqual([1]);
    expect(JSON.stringify(all)).not.toContain("Martin");
  });

  it("says it is writable for /readyz, and not once closed or opened read-only", async () => {
    const path = await fileWith(1);
    const store = new SqliteAuditStore(path);
    expect(await store.ping()).toBe(true);
    await store.close();
    expect(await store.ping()).toBe(false);
    expect(await openStore(path, true).ping()).toBe(false);
  });
});

describe("a store whose file is deleted or replaced while open", () => {
  // The gateway's descriptors keep a deleted file writable: without a check, calls would be
  // acknowledged as audited into a file nobody can read again, and /readyz would say ready.
  it("rejects appends and is not ready once the file and its -wal and -shm are deleted", async () => {
    const path = freshPath();
    const store = openStore(path);
    await store.append(sampleRecord(0));
    expect(await store.ping()).toBe(true);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix);
    expect(await store.ping()).toBe(false);
    await expect(store.append(sampleRecord(1))).rejects.toThrow(/removed or replaced/);
  });

  it("rejects appends once another file is moved to its path", async () => {
    const path = freshPath();
    const store = openStore(path);
    await store.append(sampleRecord(0));
    const copy = `${path}.restored`;
    copyFileSync(path, copy);
    renameSync(copy, path);
    expect(await store.ping()).toBe(false);
    await expect(store.append(sampleRecord(1))).rejects.toThrow(/removed or replaced/);
  });

  it("rejects appends once its write-ahead log alone is deleted, where they would wait for a checkpoint", async () => {
    const path = freshPath();
    const store = openStore(path);
    rmSync(`${path}-wal`);
    await expect(store.append(sampleRecord(0))).rejects.toThrow(/removed or replaced/);
  });

  it("takes appends again when the same file is put back, the one refused meanwhile not written", async () => {
    const path = freshPath();
    const store = openStore(path);
    renameSync(path, `${path}.moved`);
    await expect(store.append(sampleRecord(0))).rejects.toThrow(/removed or replaced/);
    renameSync(`${path}.moved`, path);
    expect(await store.ping()).toBe(true);
    expect((await store.append(sampleRecord(1))).seq).toBe(1);
    expect((await collect(store.export())).map((stored) => stored.record)).toEqual([
      sampleRecord(1),
    ]);
  });
});

describe("opening for writing says what to fix", () => {
  it("a directory that does not exist, a path that is a directory", () => {
    const missing = join(dir, "no-such-dir", "audit.db");
    expect(() => new SqliteAuditStore(missing)).toThrow(
      expect.objectContaining({
        name: "AuditStoreOpenError",
        problem: "missing_directory",
        path: missing,
      })
    );
    const folder = join(dir, "a-folder");
    mkdirSync(folder);
    expect(() => new SqliteAuditStore(folder)).toThrow(
      expect.objectContaining({
        name: "AuditStoreOpenError",
        problem: "is_directory",
        path: folder,
      })
    );
  });

  // Root writes anywhere: run as root, the opening is tried without the capabilities that let it
  // (setpriv, util-linux), still as root so that it reads the project wherever it is checked out.
  it.each([
    ["a read-only file in a writable directory", 0o444, 0o777],
    ["a new file in a read-only directory", undefined, 0o555],
  ])("%s", async (_name, fileMode, dirMode) => {
    const folder = mkdtempSync(join(dir, "ro-"));
    const path = join(folder, "audit.db");
    if (fileMode !== undefined) {
      await new SqliteAuditStore(path).close();
      chmodSync(path, fileMode);
    }
    chmodSync(folder, dirMode);
    chmodSync(dir, 0o755);
    const [command, ...args] = withoutRootPrivilege([
      process.execPath,
      "--import",
      "tsx",
      join(import.meta.dirname, "fixtures/open-store.ts"),
      path,
    ]);
    const { stdout } = await promisify(execFile)(command!, args, { cwd: ROOT });
    expect(JSON.parse(stdout)).toEqual({ name: "AuditStoreOpenError", problem: "not_writable" });
  });
});

describe("verify finds the first tampered record", () => {
  it("an edited row: its hash no longer matches", async () => {
    const path = await fileWith(10);
    tamper(
      path,
      `UPDATE audit_records SET record = replace(record, '"status":200', '"status":500') WHERE seq = 4`
    );
    expect(await openStore(path).verify()).toEqual({
      ok: false,
      seq: 4,
      reason: "hash_mismatch",
      count: 3,
      time: sampleRecord(3).time,
    });
  });

  it("an edited row whose hash was recomputed: named itself, as edited, not the row after it", async () => {
    const path = await fileWith(10);
    const db = new Database(path);
    const row = db
      .prepare<[], { record: string; prev_hash: string }>(
        "SELECT record, prev_hash FROM audit_records WHERE seq = 4"
      )
      .get()!;
    const record = row.record.replace('"outcome":"ok"', '"outcome":"refused_policy"');
    db.prepare("UPDATE audit_records SET record = ?, hash = ? WHERE seq = 4").run(
      record,
      sha256(row.prev_hash + record)
    );
    db.close();
    expect(await openStore(path).verify()).toEqual({
      ok: false,
      seq: 4,
      reason: "hash_mismatch",
      count: 3,
      time: sampleRecord(3).time,
    });
  });

  it("a row inserted mid-chain, chained from the row before it, the rest and the head renumbered: the inserted row is named", async () => {
    const path = await fileWith(10);
    insertForged(path, 6, 1);
    expect(await openStore(path).verify()).toEqual({
      ok: false,
      seq: 6,
      reason: "prev_hash_mismatch",
      count: 5,
      time: forgedTime(0),
    });
  });

  it("three rows inserted mid-chain: the first of them is named", async () => {
    const path = await fileWith(10);
    insertForged(path, 4, 3);
    expect(await openStore(path).verify()).toMatchObject({
      ok: false,
      seq: 4,
      reason: "prev_hash_mismatch",
      count: 3,
      time: forgedTime(0),
    });
  });

  it("a row inserted mid-chain without a valid link: the inserted row is named, not the one before it", async () => {
    const path = await fileWith(10);
    insertForged(path, 6, 1, "e".repeat(64));
    expect(await openStore(path).verify()).toMatchObject({
      ok: false,
      seq: 6,
      reason: "prev_hash_mismatch",
      count: 5,
    });
  });

  it("content smuggled into a row, the whole chain and head recomputed: the row is not a valid record", async () => {
    const path = await fileWith(10);
    rechainFrom(path, 4, (record) => ({ ...record, content: "Mme Claire Martin" }));
    expect(await openStore(path).verify()).toMatchObject({
      ok: false,
      seq: 4,
      reason: "invalid_record",
      count: 3,
    });
  });

  it("a row edited, the chain and head recomputed after it: only a head noted before, an anchor, shows it", async () => {
    const path = await fileWith(10);
    const early = await openStore(path).verify();
    const writer = openStore(path);
    for (let i = 10; i < 14; i++) await writer.append(sampleRecord(i));
    await writer.close();
    const late = await openStore(path).verify();
    if (!early.ok || !early.head || !late.ok || !late.head) throw new Error("an intact trail");
    rechainFrom(path, 12, (record) => ({ ...record, status: 500 }));
    // The chain holds together: without a head kept elsewhere, the rewrite cannot be seen.
    expect(await openStore(path).verify()).toMatchObject({ ok: true, count: 14 });
    // The anchor of seq 10, before the rewrite, still matches; that of seq 14 no longer does.
    expect(await openStore(path).verify({ anchors: [early.head, late.head] })).toEqual({
      ok: false,
      seq: 14,
      reason: "anchor_mismatch",
      count: 10,
      time: sampleRecord(13).time,
    });
    expect(await openStore(path).verify({ anchors: [early.head] })).toMatchObject({
      ok: true,
      count: 14,
    });
  });

  it("an anchor past the end of a trail cut short, head and all: the anchored record is gone", async () => {
    const path = await fileWith(10);
    const noted = await openStore(path).verify();
    if (!noted.ok || !noted.head) throw new Error("an intact trail");
    tamper(
      path,
      "DELETE FROM audit_records WHERE seq > 8; UPDATE audit_head SET seq = 8, hash = (SELECT hash FROM audit_records WHERE seq = 8)"
    );
    expect(await openStore(path).verify()).toMatchObject({ ok: true, count: 8 });
    expect(await openStore(path).verify({ anchors: [noted.head] })).toEqual({
      ok: false,
      seq: 10,
      reason: "anchor_mismatch",
      count: 0,
    });
  });

  it("an anchor in a trail emptied, head and all, or given twice with two hashes: not found", async () => {
    const path = await fileWith(5);
    const noted = await openStore(path).verify();
    if (!noted.ok || !noted.head) throw new Error("an intact trail");
    const wrong = { seq: 5, hash: "f".repeat(64) };
    expect(await openStore(path).verify({ anchors: [wrong, noted.head] })).toMatchObject({
      ok: false,
      seq: 5,
      reason: "anchor_mismatch",
    });
    tamper(path, "DELETE FROM audit_records; DELETE FROM audit_head");
    expect(await openStore(path).verify()).toEqual({
      ok: true,
      count: 0,
      head: null,
      openCalls: 0,
    });
    expect(await openStore(path).verify({ anchors: [noted.head] })).toEqual({
      ok: false,
      seq: 5,
      reason: "anchor_mismatch",
      count: 0,
    });
  });

  it("a deleted middle row: a gap in seq", async () => {
    const path = await fileWith(10);
    tamper(path, "DELETE FROM audit_records WHERE seq = 6");
    expect(await openStore(path).verify()).toEqual({
      ok: false,
      seq: 6,
      reason: "seq_gap",
      count: 5,
    });
  });

  it("a deleted middle row, the rest renumbered to hide the gap: the chain link breaks", async () => {
    const path = await fileWith(10);
    tamper(
      path,
      "DELETE FROM audit_records WHERE seq = 6; UPDATE audit_records SET seq = seq - 1 WHERE seq > 6"
    );
    expect(await openStore(path).verify()).toMatchObject({
      ok: false,
      seq: 6,
      reason: "prev_hash_mismatch",
      count: 5,
    });
  });

  it("a deleted last row: the head says the trail was truncated", async () => {
    const path = await fileWith(10);
    tamper(path, "DELETE FROM audit_records WHERE seq = 10");
    expect(await openStore(path).verify()).toEqual({
      ok: false,
      seq: 10,
      reason: "truncated",
      count: 9,
    });
    tamper(path, "DELETE FROM audit_records");
    expect(await openStore(path).verify()).toEqual({
      ok: false,
      seq: 1,
      reason: "truncated",
      count: 0,
    });
  });

  it("two rows swapped: the first of them no longer follows its predecessor", async () => {
    const path = await fileWith(10);
    tamper(
      path,
      "UPDATE audit_records SET seq = -3 WHERE seq = 3; UPDATE audit_records SET seq = 3 WHERE seq = 4; UPDATE audit_records SET seq = 4 WHERE seq = -3"
    );
    expect(await openStore(path).verify()).toMatchObject({
      ok: false,
      seq: 3,
      reason: "prev_hash_mismatch",
      count: 2,
      time: sampleRecord(3).time,
    });
  });

  it("the head deleted, edited, or left behind by a row added outside the store", async () => {
    const deleted = await fileWith(5);
    tamper(deleted, "DELETE FROM audit_head");
    expect(await openStore(deleted).verify()).toMatchObject({
      ok: false,
      seq: 5,
      reason: "head_missing",
    });

    const edited = await fileWith(5);
    tamper(edited, `UPDATE audit_head SET hash = '${"f".repeat(64)}'`);
    expect(await openStore(edited).verify()).toMatchObject({
      ok: false,
      seq: 5,
      reason: "head_mismatch",
    });

    const added = await fileWith(5);
    const db = new Database(added);
    const last = db
      .prepare<[], { hash: string }>("SELECT hash FROM audit_records WHERE seq = 5")
      .get()!;
    const record = canonicalJson(sampleRecord(99));
    db.prepare("INSERT INTO audit_records VALUES (6, ?, ?, ?)").run(
      record,
      last.hash,
      sha256(last.hash + record)
    );
    db.close();
    expect(await openStore(added).verify()).toMatchObject({
      ok: false,
      seq: 6,
      reason: "head_mismatch",
      count: 5,
    });
  });

  it("a store whose tail was deleted goes on with a visible gap rather than hiding it", async () => {
    const path = await fileWith(5);
    tamper(path, "DELETE FROM audit_records WHERE seq = 5");
    const store = openStore(path);
    expect((await store.append(sampleRecord(5))).seq).toBe(6);
    expect(await store.verify()).toMatchObject({ ok: false, seq: 5, reason: "seq_gap" });
  });
});

describe("export", () => {
  it("gives the records at or after a date, in chain order, even when times are not in order", async () => {
    const store = openStore(":memory:");
    for (const minutes of [0, 1, 2, 9, 3, 4]) await store.append(sampleRecord(minutes));
    const since = (minutes: number) =>
      collect(store.export({ since: new Date(T0 + minutes * 60_000) }));
    expect((await since(3)).map((s) => s.seq)).toEqual([4, 5, 6]);
    expect((await since(0)).map((s) => s.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await since(9)).map((s) => s.seq)).toEqual([4]);
    expect(await since(10)).toEqual([]);
  });

  it("pages through a long trail without missing or repeating a record, while appends go on", async () => {
    const store = openStore(":memory:");
    await Promise.all(Array.from({ length: 2500 }, (_, i) => store.append(sampleRecord(i))));
    const seen: number[] = [];
    for await (const stored of store.export()) {
      seen.push(stored.seq);
      if (stored.seq % 1000 === 0) await store.append(sampleRecord(9999));
    }
    expect(seen).toEqual(Array.from({ length: 2500 }, (_, i) => i + 1));
  });
});

describe("opening", () => {
  it("reads a store read-only without changing a byte of it", async () => {
    const path = await fileWith(20);
    const before = readFileSync(path);
    const store = openStore(path, true);
    expect(await store.verify()).toMatchObject({ ok: true, count: 20 });
    expect(await collect(store.export())).toHaveLength(20);
    await store.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("refuses another application's database and a file that is no database, leaving them as they were", () => {
    const other = freshPath();
    tamper(other, "CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
    const otherBytes = readFileSync(other);
    expect(() => new SqliteAuditStore(other)).toThrow(NotAnAuditDatabaseError);
    expect(() => new SqliteAuditStore(other, { readonly: true })).toThrow(NotAnAuditDatabaseError);
    expect(readFileSync(other).equals(otherBytes)).toBe(true);

    const text = freshPath();
    writeFileSync(
      text,
      "Ceci n'est pas une base de données, seulement un texte assez long pour en avoir l'air. ".repeat(
        20
      )
    );
    expect(() => new SqliteAuditStore(text)).toThrow(NotAnAuditDatabaseError);
  });
});
