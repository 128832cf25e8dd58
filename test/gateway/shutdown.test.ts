import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { request as httpRequest, Agent } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { SqliteAuditStore } from "../../src/gateway/audit/sqlite-store.ts";
import { startGateway, type RunningGateway } from "../../src/gateway/server.ts";
import { writeConfigFile } from "./support/config-file.ts";
import {
  reply,
  slow,
  startMistralStandIn,
  type MistralStandIn,
} from "../support/mistral-stand-in.ts";

const KEY = "cle-mistral-de-test";
const TOKEN = "jeton-de-test-local";

let gateway: RunningGateway | undefined;
let standIn: MistralStandIn | undefined;
afterEach(async () => {
  await gateway?.stop();
  await standIn?.close();
  gateway = standIn = undefined;
});

/** `plume serve` in front of the stand-in, with a short grace period; gives its audit file too. */
async function serve(shutdownGraceMs: number) {
  standIn = await startMistralStandIn({ apiKey: KEY });
  const { path: config, auditPath } = writeConfigFile({
    server: { shutdownGraceMs },
    policy: { models: { allowed: ["mistral-small-latest"] } },
  });
  gateway = await startGateway({
    env: { PLUME_DEV_TOKEN: TOKEN, MISTRAL_API_KEY: KEY, MISTRAL_SERVER_URL: standIn.url },
    configPath: config,
  });
  return { gateway, auditPath };
}

/** A streamed call over a kept-alive connection; resolves with the body once the answer ends. */
function streamedCall(url: string, agent: Agent): Promise<string> {
  return new Promise((resolve) => {
    const call = httpRequest(
      `${url}/v1/chat/completions`,
      {
        method: "POST",
        agent,
        headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve(body));
        response.on("error", () => resolve(body));
      }
    );
    call.on("error", () => resolve(""));
    call.end(
      JSON.stringify({
        model: "mistral-small-latest",
        stream: true,
        messages: [{ role: "user", content: "Bonjour" }],
      })
    );
  });
}

async function auditOutcomes(path: string) {
  const store = new SqliteAuditStore(path, { readonly: true });
  const outcomes: string[] = [];
  for await (const stored of store.export()) outcomes.push(stored.record.outcome);
  await store.close();
  return outcomes;
}

/** The gateway asks the upstream's models list at start: the call a test waits for is the chat one. */
const isChatCall = (request: { path: string }) => request.path === "/v1/chat/completions";

describe("stopping the gateway", () => {
  it("audits the streams it has to cut when the grace period ends", async () => {
    const { gateway: running, auditPath } = await serve(300);
    standIn!.script(slow(200, reply("Une réponse bien trop longue pour la grâce accordée.")));
    const agent = new Agent({ keepAlive: true });
    const call = streamedCall(running.url, agent);
    await standIn!.until(() => standIn!.received.some(isChatCall));
    await running.stop();
    expect(await call).not.toContain("[DONE]");
    expect(await auditOutcomes(auditPath)).toEqual(["client_cancelled"]);
    agent.destroy();
  });

  it("ends as soon as its streams are done, even with clients keeping their connections alive", async () => {
    // A grace longer than the test may last: a stop that waited for it would fail by timing out.
    const { gateway: running, auditPath } = await serve(600_000);
    standIn!.script(slow(30, reply("Une réponse courte.")));
    const agent = new Agent({ keepAlive: true, keepAliveMsecs: 60_000 });
    const call = streamedCall(running.url, agent);
    await standIn!.until(() => standIn!.received.some(isChatCall));
    await running.stop();
    expect(await call).toContain("data: [DONE]");
    expect(await auditOutcomes(auditPath)).toEqual(["ok"]);
    agent.destroy();
  });
});

describe("a start that fails", () => {
  it("closes the audit store it opened when its port is taken", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const { port } = taken.address() as { port: number };
    const { path: config, auditPath } = writeConfigFile({ server: { port } });
    await expect(
      startGateway({ env: { PLUME_DEV_TOKEN: TOKEN }, configPath: config })
    ).rejects.toMatchObject({ code: "EADDRINUSE" });
    // SQLite removes the write-ahead log when the last connection to the file closes.
    expect(existsSync(auditPath)).toBe(true);
    expect(existsSync(`${auditPath}-wal`)).toBe(false);
    taken.close();
  });
});
