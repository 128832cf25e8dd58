import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { SqliteAuditStore } from "../../src/gateway/audit/index.ts";
import { reply, startMistralStandIn, type MistralStandIn } from "../support/mistral-stand-in.ts";

const ROOT = join(import.meta.dirname, "../..");
const API_KEY = "cle-mistral-de-test";
const DEV_TOKEN = "jeton-de-test-local";
const MODEL = "mistral-small-latest";
const WORKERS = 12;
/** Calls the clients must have seen complete before the gateway is killed. */
const COMPLETED_BEFORE_KILL = 60;

let standIn: MistralStandIn | undefined;
/** Killed after each test whatever happened, so that no gateway outlives a failed run. */
let gatewayProcess: ChildProcess | undefined;
afterEach(async () => {
  gatewayProcess?.kill("SIGKILL");
  gatewayProcess = undefined;
  await standIn?.close();
  standIn = undefined;
});

/** `plume serve` as an administration runs it, on loopback with a dev token, its audit in `auditPath`. */
async function startGatewayProcess(upstreamUrl: string, auditPath: string) {
  const dir = mkdtempSync(join(tmpdir(), "plume-kill-"));
  const configPath = join(dir, "plume.config.json");
  const unlimited = {
    requestsPerMinute: 0,
    requestsPerDay: 0,
    tokensPerMinute: 0,
    tokensPerDay: 0,
  };
  writeFileSync(
    configPath,
    JSON.stringify({ policy: { models: { allowed: [MODEL] }, rateLimits: unlimited } })
  );
  const child = spawn(process.execPath, ["bin/plume.js", "serve", "--config", configPath], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      MISTRAL_API_KEY: API_KEY,
      MISTRAL_SERVER_URL: upstreamUrl,
      PLUME_DEV_TOKEN: DEV_TOKEN,
      HOST: "127.0.0.1",
      PORT: "0",
      PLUME_AUDIT_DB: auditPath,
    },
  });
  gatewayProcess = child;
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (listening) resolve(listening[0]);
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code) => reject(new Error(`plume serve exited (${code}): ${output}`)));
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on("exit", (_code, signal) => resolve(signal))
  );
  return { url, kill: () => child.kill("SIGKILL"), exited };
}

/** One call, streamed or not; its request id once the client has seen it complete, else undefined. */
async function call(url: string, stream: boolean): Promise<string | undefined> {
  const response = await fetch(`${url}/v1/chat/completions`, {
    method: "POST",
    headers: { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({
      model: MODEL,
      stream,
      messages: [{ role: "user", content: "Résumer la lettre de Mme Ophélie Karamanlis." }],
    }),
  });
  const body = await response.text();
  const complete = stream ? body.endsWith("data: [DONE]\n\n") : response.status === 200;
  return complete ? (response.headers.get("x-request-id") ?? undefined) : undefined;
}

it("a gateway killed with SIGKILL under load has every call its clients saw complete in its audit, and every call Mistral saw once restarted", async () => {
  standIn = await startMistralStandIn({
    apiKey: API_KEY,
    defaultStep: reply("Réponse pour [PERSONNE_1], en quelques morceaux.", {
      chunkSize: 6,
      delayMs: 2,
    }),
  });
  const auditPath = join(mkdtempSync(join(tmpdir(), "plume-kill-audit-")), "audit.db");
  const gateway = await startGatewayProcess(standIn.url, auditPath);

  const completed: string[] = [];
  let killed = false;
  const deadline = Date.now() + 30_000;
  const worker = async (index: number) => {
    for (let n = 0; !killed && Date.now() < deadline; n++) {
      const id = await call(gateway.url, (index + n) % 3 !== 0).catch(() => undefined);
      if (id) completed.push(id);
      if (completed.length >= COMPLETED_BEFORE_KILL && !killed) {
        killed = true;
        gateway.kill();
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, (_, index) => worker(index)));
  expect(completed.length).toBeGreaterThanOrEqual(COMPLETED_BEFORE_KILL);
  expect(await gateway.exited).toBe("SIGKILL");

  // What an admin does next to the crashed gateway: `plume audit verify`, then the export.
  const store = new SqliteAuditStore(auditPath, { readonly: true });
  try {
    expect(await store.verify()).toMatchObject({ ok: true });
    const audited = new Map<string, string>();
    for await (const { record } of store.export()) audited.set(record.requestId, record.outcome);
    const missing = completed.filter((id) => audited.get(id) !== "ok");
    expect(missing).toEqual([]);
  } finally {
    await store.close();
  }

  // The gateway started again: the calls in flight at the kill are chained from their notes.
  const restarted = new SqliteAuditStore(auditPath);
  try {
    expect(await restarted.verify()).toMatchObject({ ok: true });
    const calls: string[] = [];
    const outcomes = new Set<string>();
    for await (const { record } of restarted.export()) {
      calls.push(record.requestId);
      outcomes.add(record.outcome);
    }
    expect(new Set(calls).size, "a call audited twice").toBe(calls.length);
    const reachedMistral = standIn.received.filter((r) => r.path === "/v1/chat/completions");
    expect(calls.length).toBeGreaterThanOrEqual(reachedMistral.length);
    expect([...outcomes].filter((o) => o !== "ok" && o !== "interrupted")).toEqual([]);
  } finally {
    await restarted.close();
  }
}, 60_000);
