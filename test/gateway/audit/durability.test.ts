import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { SqliteAuditStore, type StoredRecord } from "../../../src/gateway/audit/index.ts";

const ROOT = join(import.meta.dirname, "../../..");
const SCRIPT = join(import.meta.dirname, "fixtures/append-loop.ts");

/**
 * SIGKILL shows that an acknowledged record already reached the operating system; that it also
 * reached the disk (power loss) rests on the fsync of the log before each acknowledgement, or of
 * the call's note (durable-commit.test.ts), since a test cannot pull the plug.
 */
it("a process killed with SIGKILL while appending loses no acknowledged record, and no call it noted", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "plume-audit-kill-")), "audit.db");
  const child = spawn(process.execPath, ["--import", "tsx", SCRIPT, path], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const acknowledged = new Map<number, string>();
  const noted = new Set<string>();
  let pending = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on("exit", (_code, signal) => resolve(signal))
  );
  child.stdout.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split("\n");
    pending = lines.pop()!;
    for (const line of lines) {
      const [kind, ...fields] = line.split(" ");
      if (kind === "noted") noted.add(fields[0]!);
      else acknowledged.set(Number(fields[0]), fields[1]!);
    }
    if (acknowledged.size >= 200) child.kill("SIGKILL");
  });

  expect(await exited, stderr).toBe("SIGKILL");
  expect(acknowledged.size).toBeGreaterThanOrEqual(200);

  // What `plume audit verify` does next to a crashed gateway: read-only, the WAL not yet checkpointed.
  const reader = new SqliteAuditStore(path, { readonly: true });
  const seen = await reader.verify();
  await reader.close();
  expect(seen).toMatchObject({ ok: true });
  expect(seen.count).toBeGreaterThanOrEqual(acknowledged.size);

  // The gateway started again: the calls noted and never recorded are chained as interrupted.
  const store = new SqliteAuditStore(path);
  try {
    const stored = new Map<number, StoredRecord>();
    for await (const record of store.export()) stored.set(record.seq, record);
    for (const [seq, hash] of acknowledged) expect(stored.get(seq)?.hash, `seq ${seq}`).toBe(hash);
    expect(await store.verify()).toMatchObject({ ok: true, count: stored.size });
    const calls = [...stored.values()].map(({ record }) => record.requestId);
    expect(new Set(calls).size, "a call recorded twice").toBe(calls.length);
    expect([...noted].filter((id) => !calls.includes(id))).toEqual([]);
    expect(
      [...stored.values()].find(({ record }) => record.requestId === "req-held")?.record
    ).toMatchObject({ outcome: "interrupted", status: 500 });
    const outcomes = new Set([...stored.values()].map(({ record }) => record.outcome));
    expect(
      [...outcomes].filter((outcome) => outcome !== "ok" && outcome !== "interrupted")
    ).toEqual([]);
  } finally {
    await store.close();
  }
});
