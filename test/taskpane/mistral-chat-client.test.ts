import { afterEach, describe, expect, it } from "vitest";
import { ChatError, type ChatClient } from "../../src/assistant/chat-client.ts";
import { mistralChatClient } from "../../src/taskpane/services/mistral-chat-client.ts";
import { cutStream, fail, hang, mistralError, reply } from "../support/mistral-stand-in.ts";
import {
  DEV_TOKEN,
  startGatewayFixture,
  waitForRecords,
  type GatewayFixture,
} from "../gateway/support/gateway-fixture.ts";

let fixture: GatewayFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const request = {
  action: "summarise" as const,
  model: "mistral-small-latest",
  messages: [{ role: "user" as const, content: "Résumez : [PERSONNE_1] a écrit le 3 mars." }],
};

async function collect(client: ChatClient, signal?: AbortSignal): Promise<string> {
  let text = "";
  for await (const piece of client.stream(request, signal)) text += piece;
  return text;
}

async function failure(promise: Promise<unknown>): Promise<ChatError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ChatError) return error;
    throw error;
  }
  throw new Error("expected a ChatError");
}

function client(f: GatewayFixture, token = DEV_TOKEN): ChatClient {
  return mistralChatClient(f.url, { token: async () => token });
}

describe("the pane's chat client: the Mistral SDK pointed at the gateway", () => {
  it("streams the answer and names the action for the gateway's policy and audit", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(reply("[PERSONNE_1] a écrit le 3 mars 2025.", { chunkSize: 5 }));
    expect(await collect(client(fixture))).toBe("[PERSONNE_1] a écrit le 3 mars 2025.");
    const received = fixture.standIn.received.at(-1)!;
    expect(JSON.parse(received.body)).toMatchObject({
      model: "mistral-small-latest",
      stream: true,
    });
    const [record] = await waitForRecords(fixture.audit, 1);
    expect(record).toMatchObject({ action: "summarise", outcome: "ok", user: "dev" });
  });

  it("gives a reasoning model's answer without its thinking, though both come as lists of chunks", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(
      reply("[PERSONNE_1] a écrit le 3 mars.", { thinking: "Un courrier à résumer.", chunkSize: 5 })
    );
    expect(await collect(client(fixture))).toBe("[PERSONNE_1] a écrit le 3 mars.");
  });

  it("reports a refused sign-in as unauthorized", async () => {
    fixture = await startGatewayFixture();
    const error = await failure(collect(client(fixture, "mauvais-jeton")));
    expect(error.kind).toBe("unauthorized");
    expect(error.status).toBe(401);
  });

  it("reports the quota with how long to wait", async () => {
    fixture = await startGatewayFixture({ rateLimits: { requestsPerMinute: 1 } });
    fixture.standIn.script(reply("ok"));
    await collect(client(fixture));
    const error = await failure(collect(client(fixture)));
    expect(error.kind).toBe("rate-limited");
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    // The minute's window may have all of its 60 s left, said `1 min`.
    expect(error.serverMessage).toMatch(/^Trop de demandes : réessayez dans (?:\d+ s|1 min)\.$/);
  });

  it("reports a policy refusal with the gateway's French message", async () => {
    fixture = await startGatewayFixture({ actions: { enabled: ["correct"] } });
    const error = await failure(collect(client(fixture)));
    expect(error.kind).toBe("refused");
    expect(error.serverMessage).toBe(
      "L'action « summarise » est désactivée par la politique de votre administration."
    );
  });

  it("reports the model service failing as unavailable", async () => {
    fixture = await startGatewayFixture();
    const body = mistralError("Internal server error", "internal_server_error", null);
    // The gateway retries once (the fixture's setting) after the first failure: three cover every attempt.
    fixture.standIn.script(fail(500, body), fail(500, body), fail(500, body));
    expect((await failure(collect(client(fixture)))).kind).toBe("unavailable");
  });

  it("tells a stream cut before its end from a finished one", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(
      cutStream(2, reply("Une réponse assez longue pour être coupée.", { chunkSize: 4 }))
    );
    expect((await failure(collect(client(fixture)))).kind).toBe("stream-cut");
  });

  it("stops at once when the user cancels, and the gateway lets the model go", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(hang());
    const abort = new AbortController();
    const pending = failure(collect(client(fixture), abort.signal));
    await fixture.standIn.until(() => fixture!.standIn.received.length > 0);
    abort.abort();
    expect((await pending).kind).toBe("cancelled");
  });

  it("reports an unreachable gateway as a network failure", async () => {
    const unreachable = mistralChatClient("http://127.0.0.1:9", { token: async () => DEV_TOKEN });
    expect((await failure(collect(unreachable))).kind).toBe("network");
  });
});
