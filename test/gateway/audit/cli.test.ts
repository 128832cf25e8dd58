import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { auditCommand, parseDate } from "../../../src/cli/commands/audit.ts";
import { UserError } from "../../../src/cli/input.ts";
import { messagesFor } from "../../../src/cli/messages.ts";
import { CSV_COLUMNS, SqliteAuditStore } from "../../../src/gateway/audit/index.ts";
import { sampleRecord, T0 } from "./fixtures/records.ts";
import { rechainFrom } from "./fixtures/rechain.ts";

const ROOT = join(import.meta.dirname, "../../..");
const dir = mkdtempSync(join(tmpdir(), "plume-audit-cli-"));
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * Runs `plume audit` in-process. A UserError becomes what `main` makes of it (its message on
 * standard error, status 1), so these tests do not depend on the command being wired yet.
 */
async function plumeAudit(
  args: string[],
  { env = {}, lang = "fr" }: { env?: Record<string, string>; lang?: string } = {}
) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (c: Buffer) => out.push(c));
  stderr.on("data", (c: Buffer) => err.push(c));
  let status: number;
  try {
    status = await auditCommand(
      args,
      { stdin: Readable.from([]), stdout, stderr, env },
      messagesFor(lang)
    );
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    err.push(Buffer.from(error.message + "\n"));
    status = 1;
  }
  return { status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

async function trail(name: string, count: number): Promise<string> {
  const path = join(dir, name);
  const store = new SqliteAuditStore(path);
  for (let i = 0; i < count; i++) await store.append(sampleRecord(i));
  await store.close();
  return path;
}

describe("plume audit verify", () => {
  it("says OK with the count and the head to write down, and exits 0", async () => {
    const path = await trail("intact.db", 12);
    const out = await plumeAudit(["verify", "--db", path]);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(
      /^OK : journal d'audit intègre, 12 enregistrements \(dernier n° 12, empreinte [0-9a-f]{64}\)\.\n$/
    );
    expect((await plumeAudit(["verify", "--db", path], { lang: "en" })).stdout).toMatch(
      /^OK: audit trail intact, 12 records/
    );
  });

  it("counts the calls noted and not yet recorded, as next to a gateway killed mid-call", async () => {
    const path = join(dir, "open-calls.db");
    const store = new SqliteAuditStore(path);
    await store.append(sampleRecord(1));
    for (const i of [2, 3]) store.begin(sampleRecord(i, { outcome: "interrupted", status: 500 }));
    await store.close();
    const out = await plumeAudit(["verify", "--db", path]);
    expect(out.status).toBe(0);
    expect(out.stdout.split("\n")[1]).toBe(
      "2 appels notés avant d'aller au modèle, sans enregistrement encore : en cours, ou interrompus par l'arrêt de la passerelle (inscrits alors comme « interrupted » à son prochain démarrage)."
    );
    expect((await plumeAudit(["verify", "--db", path], { lang: "en" })).stdout).toContain(
      "\n2 calls noted before going to the model, with no record yet"
    );
  });

  it("names the first broken record and exits 1", async () => {
    const path = await trail("tampered.db", 12);
    const db = new Database(path);
    db.exec("DELETE FROM audit_records WHERE seq = 7");
    db.close();
    const out = await plumeAudit(["verify", "--db", path]);
    expect(out).toMatchObject({
      status: 1,
      stdout:
        "ALTÉRÉ : enregistrement n° 7 : absent de la chaîne (enregistrement supprimé). 6 enregistrements vérifiés avant lui.\n",
    });
  });

  it("names a row inserted mid-chain, not the one after it", async () => {
    const path = await trail("inserted.db", 10);
    // As a forger knowing the scheme would: room made at 6, a copy of row 5 with another request
    // id chained from it, the head moved on.
    const db = new Database(path);
    db.exec("UPDATE audit_records SET seq = -seq WHERE seq >= 6");
    db.exec("UPDATE audit_records SET seq = -seq + 1 WHERE seq < 0");
    const five = db
      .prepare<[], { record: string; hash: string }>(
        "SELECT record, hash FROM audit_records WHERE seq = 5"
      )
      .get()!;
    const forged = five.record.replace('"requestId":"req-4"', '"requestId":"req-forged"');
    db.prepare("INSERT INTO audit_records VALUES (6, ?, ?, ?)").run(
      forged,
      five.hash,
      sha256(five.hash + forged)
    );
    db.exec("UPDATE audit_head SET seq = seq + 1");
    db.close();
    expect(await plumeAudit(["verify", "--db", path])).toMatchObject({
      status: 1,
      stdout: `ALTÉRÉ : enregistrement n° 6 (${sampleRecord(4).time}) : la chaîne ne passe pas par lui à cette place (enregistrement inséré ou déplacé, ou enregistrements supprimés puis renumérotés). 5 enregistrements vérifiés avant lui.\n`,
    });
  });

  it("names a row edited with its own hash recomputed, not the one after it", async () => {
    const path = await trail("edited-rehashed.db", 10);
    const db = new Database(path);
    const five = db
      .prepare<[], { record: string; prev_hash: string }>(
        "SELECT record, prev_hash FROM audit_records WHERE seq = 5"
      )
      .get()!;
    const edited = five.record.replace('"status":200', '"status":500');
    db.prepare("UPDATE audit_records SET record = ?, hash = ? WHERE seq = 5").run(
      edited,
      sha256(five.prev_hash + edited)
    );
    db.close();
    expect((await plumeAudit(["verify", "--db", path], { lang: "en" })).stdout).toBe(
      `TAMPERED: record no. 5 (${sampleRecord(4).time}): its content no longer matches the hash the chain holds for it (record edited). 4 records verified before it.\n`
    );
  });

  it("checks a head noted earlier (--anchor), which shows a trail rewritten with valid hashes", async () => {
    const path = await trail("anchored.db", 10);
    const head = /n° 10, empreinte ([0-9a-f]{64})/.exec(
      (await plumeAudit(["verify", "--db", path])).stdout
    )![1]!;
    expect(await plumeAudit(["verify", "--db", path, "--anchor", `10:${head}`])).toEqual({
      status: 0,
      stdout: `OK : journal d'audit intègre, 10 enregistrements (dernier n° 10, empreinte ${head}).\nAncre retrouvée : n° 10, rien n'a été réécrit jusqu'à elle.\n`,
      stderr: "",
    });
    // A forger who knows the scheme edits row 3 and recomputes every hash after it, head included.
    rechainFrom(path, 3, (record) => ({ ...record, status: 403 }));
    expect((await plumeAudit(["verify", "--db", path])).status).toBe(0);
    expect(await plumeAudit(["verify", "--db", path, "--anchor", `10:${head}`])).toMatchObject({
      status: 1,
      stdout: `ALTÉRÉ : enregistrement n° 10 (${sampleRecord(9).time}) : il n'a plus l'empreinte notée hors du journal (--anchor), ou a disparu : le journal a été réécrit jusqu'à lui. 0 enregistrement vérifié avant lui.\n`,
    });
    expect(
      (await plumeAudit(["verify", "--db", path, "--anchor", `0:${"0".repeat(64)}`])).stderr
    ).toMatch(/^Ancre invalide/);
    expect(await plumeAudit(["verify", "--db", path, "--anchor", "10:abc"])).toMatchObject({
      status: 1,
      stderr:
        "Ancre invalide : « 10:abc ». Écrivez le numéro et l'empreinte que verify a donnés, séparés par deux-points : 12:3f5a… (64 chiffres hexadécimaux).\n",
    });
  });

  it("takes the trail from PLUME_AUDIT_DB when --db is absent, and reports an empty one", async () => {
    const path = await trail("from-env.db", 0);
    expect(await plumeAudit(["verify"], { env: { PLUME_AUDIT_DB: path } })).toMatchObject({
      status: 0,
      stdout: "OK : journal d'audit intègre, aucun enregistrement.\n",
    });
  });

  it("says clearly when the trail is missing or is not an audit trail", async () => {
    const missing = join(dir, "absent.db");
    expect(await plumeAudit(["verify", "--db", missing])).toMatchObject({
      status: 1,
      stderr: `Journal d'audit introuvable : ${missing}\n`,
    });
    const notes = join(dir, "notes.txt");
    writeFileSync(notes, "Réunion du 3 mars : rien à signaler. ".repeat(50));
    expect(await plumeAudit(["verify", "--db", notes])).toMatchObject({
      status: 1,
      stderr: `${notes} n'est pas un journal d'audit Plume.\n`,
    });
    expect((await plumeAudit(["verify", "--db", dir])).stderr).toBe(
      `${dir} n'est pas un journal d'audit Plume.\n`
    );
  });
});

describe("plume audit export", () => {
  it("writes JSON lines from a date on, each carrying what is needed to recheck its hash", async () => {
    const path = await trail("export.db", 10);
    const out = await plumeAudit([
      "export",
      "--db",
      path,
      "--format",
      "jsonl",
      "--since",
      "2025-03-01T08:07:00Z",
    ]);
    expect(out.status).toBe(0);
    const lines = out.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { seq: number; record: unknown });
    expect(lines.map((l) => l.seq)).toEqual([8, 9, 10]);
    expect(lines[0]).toMatchObject({
      seq: 8,
      prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(lines[0]!.record).toEqual(sampleRecord(7));
  });

  it("writes CSV with a header, one column per entity type and origin, absent counts as 0", async () => {
    const path = await trail("export-csv.db", 10);
    const out = await plumeAudit([
      "export",
      "--db",
      path,
      "--format",
      "csv",
      "--since",
      "2025-03-01T09:05:00+01:00",
    ]);
    expect(out.status).toBe(0);
    const [header, ...rows] = out.stdout
      .split("\r\n")
      .filter(Boolean)
      .map((line) => line.split(","));
    expect(header).toEqual(CSV_COLUMNS);
    expect(header).toContain("maskedByClient.PERSONNE");
    expect(rows).toHaveLength(5);
    const row = Object.fromEntries(header!.map((column, i) => [column, rows[0]![i]]));
    expect(row).toMatchObject({
      seq: "6",
      time: "2025-03-01T08:05:00.000Z",
      requestId: "req-5",
      action: "summarise",
      stream: "false",
      "maskedByClient.PERSONNE": "2",
      "maskedByClient.COURRIEL": "1",
      "maskedByClient.IBAN": "0",
      "maskedByGateway.TELEPHONE": "1",
      completionTokens: "505",
      outcome: "ok",
      status: "200",
    });
    const noCompletion = Object.fromEntries(header!.map((column, i) => [column, rows[2]![i]]));
    expect(noCompletion).toMatchObject({ seq: "8", completionTokens: "" });
  });

  it("stops quietly, with status 0, when the reader closes the pipe early (| head -1)", async () => {
    // Several 64 KB writes, so that one meets the closed pipe.
    const path = await trail("export-big.db", 2000);
    const child = spawn(
      process.execPath,
      [join(ROOT, "bin/plume.js"), "audit", "export", "--format", "csv", "--db", path],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] }
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const firstLine = await new Promise<string>((resolve) => {
      let text = "";
      child.stdout.on("data", (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes("\n")) {
          child.stdout.destroy();
          resolve(text.slice(0, text.indexOf("\n")));
        }
      });
    });
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(firstLine).toBe(CSV_COLUMNS.join(",") + "\r");
    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
  }, 60_000);

  it("exports everything without --since, and only the header for an empty trail", async () => {
    const path = await trail("export-all.db", 3);
    expect(
      (await plumeAudit(["export", "--db", path, "--format", "jsonl"])).stdout.trimEnd().split("\n")
    ).toHaveLength(3);
    const empty = await trail("export-empty.db", 0);
    expect((await plumeAudit(["export", "--db", empty, "--format", "csv"])).stdout).toBe(
      CSV_COLUMNS.join(",") + "\r\n"
    );
  });

  it("refuses a bad date or a missing format with a clear French message", async () => {
    const path = await trail("export-bad.db", 1);
    for (const date of [
      "01/03/2025",
      "2025-02-30",
      "2025-03-01T08:00",
      "2025-03-01 08:00:00Z",
      "hier",
    ]) {
      const out = await plumeAudit(["export", "--db", path, "--format", "csv", "--since", date]);
      expect(out, date).toMatchObject({ status: 1, stdout: "" });
      expect(out.stderr).toContain(`Date invalide : « ${date} ». Écrivez AAAA-MM-JJ (minuit UTC)`);
    }
    expect((await plumeAudit(["export", "--db", path])).stderr).toBe(
      "Indiquez le format de sortie : --format csv ou --format jsonl.\n"
    );
    expect((await plumeAudit(["export", "--db", path, "--format", "xml"])).status).toBe(1);
  });

  it("reads dates strictly: a day is midnight UTC, an offset is applied, impossible dates are refused", () => {
    expect(parseDate("2025-03-01")?.toISOString()).toBe("2025-03-01T00:00:00.000Z");
    expect(parseDate("2024-02-29T23:30+01:00")?.toISOString()).toBe("2024-02-29T22:30:00.000Z");
    expect(parseDate("2025-03-01T08:00:00.5Z")?.toISOString()).toBe("2025-03-01T08:00:00.500Z");
    expect(parseDate("2025-03-01T08:00:00-05:30")?.getTime()).toBe(T0 + 5.5 * 3600_000);
    for (const bad of [
      "2025-02-29",
      "2025-13-01",
      "2025-03-01T24:00Z",
      "2025-03-01T08:60Z",
      "2025-03-01T08:00+15:00",
      "0099-01-01",
      "2025-3-1",
    ]) {
      expect(parseDate(bad), bad).toBeUndefined();
    }
  });
});

describe("plume audit usage", () => {
  it("prints help on request, and refuses an unknown subcommand", async () => {
    expect(await plumeAudit(["--help"])).toMatchObject({
      status: 0,
      stdout: expect.stringContaining("Usage : plume audit verify"),
    });
    expect(await plumeAudit([])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("Usage : plume audit"),
    });
    expect(await plumeAudit(["purge"])).toMatchObject({
      status: 2,
      stderr: "Sous-commande inconnue : « purge ». Tapez « plume audit --help ».\n",
    });
    expect((await plumeAudit(["purge"], { lang: "en" })).stderr).toBe(
      'Unknown subcommand: "purge". Type "plume audit --help".\n'
    );
  });
});
