import Database from "better-sqlite3";
import { execFile } from "node:child_process";
import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import {
  BackgroundCheckpointer,
  CHECKPOINT_INTERVAL_MS,
} from "../../../src/gateway/audit/checkpointer.ts";
import { SqliteAuditStore } from "../../../src/gateway/audit/sqlite-store.ts";
import { sampleRecord } from "./fixtures/records.ts";

const freshPath = () => join(mkdtempSync(join(tmpdir(), "plume-audit-checkpoint-")), "audit.db");
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A WAL database that SQLite never checkpoints by itself, with `rows` rows written to its log. */
function walDatabase(path: string, rows: number) {
  const db = new Database(path);
  cleanups.push(() => db.close());
  db.pragma("journal_mode = WAL");
  db.pragma("wal_autocheckpoint = 0");
  db.exec("CREATE TABLE t (v TEXT)");
  const insert = db.prepare("INSERT INTO t (v) VALUES (?)");
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run("x".repeat(200));
  })();
  return db;
}

describe("the background checkpointer", () => {
  it("copies the log into the database from its own thread, as the writer goes on", async () => {
    const path = freshPath();
    const db = walDatabase(path, 2000);
    const before = statSync(path).size;
    const failures: Error[] = [];
    const checkpointer = new BackgroundCheckpointer(path, (error) => failures.push(error), 20);
    cleanups.push(() => checkpointer.stop());
    // Rows written meanwhile: a PASSIVE checkpoint holds no lock the writer needs.
    for (let i = 0; i < 20 && statSync(path).size <= before; i++) {
      db.prepare("INSERT INTO t (v) VALUES (?)").run("y");
      await sleep(25);
    }
    expect(statSync(path).size).toBeGreaterThan(before + 200 * 1000);
    expect(failures).toEqual([]);
  });

  it("says it failed when its worker cannot open the file, and still stops", async () => {
    const failures: Error[] = [];
    const checkpointer = new BackgroundCheckpointer(
      join(mkdtempSync(join(tmpdir(), "plume-audit-checkpoint-")), "missing.db"),
      (error) => failures.push(error),
      20
    );
    for (let i = 0; i < 100 && failures.length === 0; i++) await sleep(10);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ code: "SQLITE_CANTOPEN" });
    await checkpointer.stop();
  });

  it("keeps the audit's log from growing without end while records are appended", async () => {
    const path = freshPath();
    const store = new SqliteAuditStore(path);
    cleanups.push(() => store.close());
    const append = (from: number) =>
      Promise.all(Array.from({ length: 500 }, (_, i) => store.append(sampleRecord(from + i))));
    await append(0);
    const afterFirst = statSync(`${path}-wal`).size;
    // Past a checkpoint, the writer starts the log over: the next records reuse its space, where
    // they would otherwise double it.
    await sleep(CHECKPOINT_INTERVAL_MS * 1.5);
    await append(500);
    expect(statSync(`${path}-wal`).size).toBeLessThan(afterFirst * 1.5);
    expect(statSync(path).size).toBeGreaterThan(500 * 300);
    expect(await store.verify()).toMatchObject({ ok: true, count: 1000 });
  });

  it("lets a process whose last work is closing the store finish that work and exit 0", async () => {
    const path = freshPath();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "fixtures/close-last.ts"), path],
      { cwd: join(import.meta.dirname, "../../..") }
    );
    expect(stdout).toBe("closed\n");
    // Closed by its last connection, the database took its log back.
    expect(() => statSync(`${path}-wal`)).toThrow(/ENOENT/);
  });
});
