import { MistralCore } from "@mistralai/mistralai/core.js";
import { chatComplete } from "@mistralai/mistralai/funcs/chatComplete.js";
import type { ChatCompletionRequest } from "@mistralai/mistralai/models/components";
import { MistralError, ResponseValidationError } from "@mistralai/mistralai/models/errors";
import { afterEach, describe, expect, it } from "vitest";
import { upstreamFailure } from "../../src/gateway/proxy/upstream-errors.ts";
import { wireToSdk } from "../../src/gateway/wire.ts";
import { fail } from "../support/mistral-stand-in.ts";
import {
  API_KEY,
  postChat,
  waitForRecords,
  startGatewayFixture,
  type GatewayFixture,
} from "./support/gateway-fixture.ts";

const MODEL = "mistral-small-latest";
/** Shaped like a Mistral key (32 letters and digits), for the failures built here. */
const KEY = "Zq8vR2mK4tY7wX1pL5nB9cD3fG6hJ0sA";

/** The error the SDK gives for this wire request, which it refuses before sending anything. */
async function sdkRefusal(wire: unknown): Promise<unknown> {
  // Nothing listens on port 9: a request the SDK let through would fail to connect instead.
  const client = new MistralCore({ apiKey: KEY, serverURL: "http://127.0.0.1:9" });
  const result = await chatComplete(client, wireToSdk<ChatCompletionRequest>(wire), {
    retries: { strategy: "none" },
  });
  if (result.ok) throw new Error("the SDK accepted the request");
  return result.error;
}

/** Mistral's error fields around a relayed 422's details: a French message for the pane, nothing of Mistral's. */
const FRENCH_INVALID_REQUEST = {
  object: "error",
  type: "invalid_request_error",
  param: null,
  code: "invalid_request",
  message: expect.stringMatching(/^La demande ne respecte pas le format de l'API de Mistral/),
};

/** What the SDK throws when Mistral answers `status` with `body` to a request carrying the key. */
function upstreamAnswered(status: number, body: unknown): MistralError {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return new MistralError(`API error occurred: Status ${status}`, {
    response: new Response(text, { status, headers: { "content-type": "application/json" } }),
    request: new Request("https://api.eu.mistral.ai/v1/chat/completions", {
      headers: { authorization: `Bearer ${KEY}` },
    }),
    body: text,
  });
}

const user = (content: unknown) => ({ model: MODEL, messages: [{ role: "user", content }] });

describe("upstreamFailure: a request the SDK refuses is the client's mistake", () => {
  it.each([
    ["content as an object", user({ a: 1 }), ["body", "messages", 0, "content"]],
    ["content as a number", user(42), ["body", "messages", 0, "content"]],
    ["a null message", { model: MODEL, messages: [null] }, ["body", "messages", 0]],
    ["a string message", { model: MODEL, messages: ["bonjour"] }, ["body", "messages", 0]],
    [
      "a missing role",
      { model: MODEL, messages: [{ content: "x" }] },
      ["body", "messages", 0, "role"],
    ],
    [
      "an unknown role",
      { model: MODEL, messages: [{ role: "admin", content: "x" }] },
      ["body", "messages", 0, "role"],
    ],
    ["a temperature in words", { ...user("x"), temperature: "hot" }, ["body", "temperature"]],
    [
      "a tool without a name",
      { ...user("x"), tools: [{ type: "function", function: { name: 3, parameters: {} } }] },
      ["body", "tools", 0, "function", "name"],
    ],
  ])("answers 422 for %s, at the place the SDK found", async (_, wire, loc) => {
    const failure = upstreamFailure(await sdkRefusal(wire));
    expect(failure).toMatchObject({
      status: 422,
      outcome: "invalid_request",
      upstreamStatus: null,
    });
    const body = failure.body as { detail: { loc: unknown[]; msg: string; type: string }[] };
    expect(body).toMatchObject({
      object: "error",
      type: "invalid_request_error",
      code: "invalid_request",
      message: expect.stringMatching(/^La demande ne respecte pas le format de l'API de Mistral/),
    });
    expect(body.detail.map((entry) => entry.loc)).toContainEqual(loc);
    for (const entry of body.detail) {
      expect(Object.keys(entry).sort()).toEqual(["loc", "msg", "type"]);
      expect(entry.msg).toEqual(expect.any(String));
    }
  });

  it("names the fields in its French message and lists the roles Mistral accepts", async () => {
    const failure = upstreamFailure(
      await sdkRefusal({ model: MODEL, messages: [{ role: "admin", content: "x" }] })
    );
    const body = failure.body as { message: string; detail: { msg: string }[] };
    expect(body.message).toContain("messages[0].role");
    expect(body.detail[0]!.msg).toMatch(/"assistant".*"system".*"tool".*"user"/);
  });

  it("stays a 502 when the SDK cannot read Mistral's answer: that is the upstream's fault", () => {
    const body = JSON.stringify({ hello: "monde" });
    const error = new ResponseValidationError("Response validation failed", {
      response: new Response(body, { status: 200 }),
      request: new Request("https://api.eu.mistral.ai/v1/chat/completions"),
      body,
      cause: new Error("invalid"),
      rawValue: { hello: "monde" },
      rawMessage: "Response validation failed",
    });
    const failure = upstreamFailure(error);
    expect(failure).toMatchObject({ status: 502, outcome: "upstream_error", upstreamStatus: 200 });
    expect(failure.body).toMatchObject({ type: "upstream_error", code: "upstream_malformed" });
  });

  it("keeps a timeout, a lost connection and Mistral's own failures on the upstream's side", () => {
    expect(upstreamFailure(new TypeError("fetch failed"))).toMatchObject({
      status: 502,
      outcome: "upstream_error",
    });
    expect(upstreamFailure(upstreamAnswered(503, {}))).toMatchObject({
      status: 502,
      outcome: "upstream_error",
    });
    expect(upstreamFailure(upstreamAnswered(401, { message: "Unauthorized" }))).toMatchObject({
      status: 502,
      outcome: "upstream_error",
    });
  });
});

describe("upstreamFailure: Mistral's 400 and 422, passed on without what they may echo", () => {
  it("relays Mistral's 400 as a 400 in Mistral's shape, in French, quoting its reason", () => {
    const failure = upstreamFailure(
      upstreamAnswered(400, {
        object: "error",
        message:
          "Expected last role User or Tool (or Assistant with prefix True) for serving but got assistant",
        type: "invalid_request_message_order",
        param: null,
        code: "3230",
      })
    );
    expect(failure).toMatchObject({ status: 400, outcome: "invalid_request", upstreamStatus: 400 });
    expect(failure.body).toEqual({
      object: "error",
      type: "invalid_request_error",
      param: null,
      code: "upstream_invalid_request",
      message:
        "Le service Mistral a refusé la demande comme invalide : « Expected last role User or Tool (or Assistant with prefix True) for serving but got assistant ». Corrigez la demande puis recommencez.",
    });
  });

  it("leaves out of a 400 a reason that could carry the key, or that is not text", () => {
    for (const body of [
      { message: `Unauthorized header Bearer ${KEY}` },
      { message: `{"authorization":"Bearer ${KEY}"}` },
      { message: "x".repeat(500) },
      "<html>erreur</html>",
      { message: { nested: KEY } },
    ]) {
      const failure = upstreamFailure(upstreamAnswered(400, body));
      expect(failure.status).toBe(400);
      expect(JSON.stringify(failure.body)).not.toContain(KEY);
      expect((failure.body as { message: string }).message).toBe(
        "Le service Mistral a refusé la demande comme invalide. Vérifiez les messages et les paramètres envoyés, puis recommencez."
      );
    }
  });

  it("relays only loc, msg and type of Mistral's 422, never its input or anything else", () => {
    const detail = [
      {
        type: "extra_forbidden",
        loc: ["body", "messages", 0, "user", "x"],
        msg: "Extra inputs are not permitted",
        input: "[PERSONNE_1] habite à [ADRESSE_1]",
        ctx: { headers: { authorization: `Bearer ${KEY}` } },
      },
    ];
    const failure = upstreamFailure(
      upstreamAnswered(422, { detail, headers: { authorization: `Bearer ${KEY}` }, body: "..." })
    );
    expect(failure).toMatchObject({ status: 422, outcome: "invalid_request", upstreamStatus: 422 });
    expect(failure.body).toEqual({
      ...FRENCH_INVALID_REQUEST,
      detail: [
        {
          type: "extra_forbidden",
          loc: ["body", "messages", 0, "user", "x"],
          msg: "Extra inputs are not permitted",
        },
      ],
    });
  });

  it("never relays a string of Mistral's 422 that could hold the key, and bounds what it relays", () => {
    const failure = upstreamFailure(
      upstreamAnswered(422, {
        detail: [
          { loc: ["body", "temperature"], msg: `bad key ${KEY}`, type: "value_error" },
          { loc: ["body", KEY, "x"], msg: "Field required", type: KEY },
          { loc: ["body", { a: 1 }], msg: "Authorization: Bearer sk-court", type: "missing" },
          { loc: "body", msg: 3, type: "missing" },
          "pas un objet",
          ...Array.from({ length: 50 }, (_, i) => ({ loc: ["body", i], msg: "m", type: "t" })),
        ],
      })
    );
    const text = JSON.stringify(failure.body);
    expect(text).not.toContain(KEY);
    expect(text).not.toContain("sk-court");
    const { detail } = failure.body as { detail: { loc: unknown[]; msg: string; type: string }[] };
    expect(detail.slice(0, 4)).toEqual([
      { loc: ["body", "temperature"], msg: "Invalid input", type: "value_error" },
      { loc: ["body"], msg: "Field required", type: "value_error" },
      { loc: ["body"], msg: "Invalid input", type: "missing" },
      { loc: [], msg: "Invalid input", type: "missing" },
    ]);
    expect(detail).toHaveLength(20);
  });

  it("answers 502 when Mistral's 422 is not its validation error", () => {
    for (const body of ["<html>oups</html>", { message: "x" }, { detail: "x" }]) {
      expect(upstreamFailure(upstreamAnswered(422, body))).toMatchObject({
        status: 502,
        outcome: "upstream_error",
        body: { code: "upstream_rejected" },
      });
    }
  });
});

describe("client mistakes through the gateway", () => {
  let fixture: GatewayFixture | undefined;
  afterEach(async () => {
    await fixture?.close();
    fixture = undefined;
  });

  const post = (body: unknown) => postChat(fixture!, body);

  it("answers 422, not 'Mistral is unavailable', to a request the SDK refuses, and sends nothing", async () => {
    fixture = await startGatewayFixture();
    const response = await post(user({ a: 1 }));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      code: "invalid_request",
      detail: [{ loc: ["body", "messages", 0, "content"] }],
    });
    // Nested lists as content: within the gateway's bounds, but not Mistral's shape.
    const nested = await post(user(JSON.parse(`[${"[".repeat(20)}${"]".repeat(20)}]`)));
    expect(nested.status).toBe(422);
    expect(await nested.json()).toMatchObject({
      detail: [{ loc: ["body", "messages", 0, "content"] }],
    });
    expect(fixture.standIn.received).toHaveLength(0);
  });

  it("relays Mistral's 400 on message order as a 400 with a French message", async () => {
    fixture = await startGatewayFixture();
    const response = await post({
      model: MODEL,
      messages: [
        { role: "user", content: "x" },
        { role: "assistant", content: "y" },
      ],
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      object: "error",
      type: "invalid_request_error",
      code: "upstream_invalid_request",
      message: expect.stringContaining("Expected last role User or Tool"),
    });
  });

  it.each([false, true])(
    "keeps the key out of a faulty upstream's 422 that echoes the request (stream: %s)",
    async (stream) => {
      fixture = await startGatewayFixture();
      const headers = { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" };
      fixture.standIn.script(
        fail(422, {
          detail: [
            { loc: ["body", "temperature"], msg: "Input should be a number", type: "float_type" },
            { loc: ["body"], msg: JSON.stringify(headers), type: "echo", input: headers },
          ],
          headers,
        })
      );
      const response = await post({ ...user("Bonjour"), stream, temperature: 0.5 });
      expect(response.status).toBe(422);
      const text = await response.text();
      expect(text).not.toContain(API_KEY);
      expect(JSON.parse(text)).toEqual({
        ...FRENCH_INVALID_REQUEST,
        detail: [
          { loc: ["body", "temperature"], msg: "Input should be a number", type: "float_type" },
          { loc: ["body"], msg: "Invalid input", type: "echo" },
        ],
      });
    }
  );
});

describe("a model the policy allows but Mistral does not know is the administrator's to fix", () => {
  let fixture: GatewayFixture | undefined;
  afterEach(async () => {
    await fixture?.close();
    fixture = undefined;
  });

  it("maps Mistral's 400 invalid_model to a 502 telling the user to warn the administrator", () => {
    const failure = upstreamFailure(
      upstreamAnswered(400, {
        object: "error",
        message: "Invalid model: mistral-petit-2099",
        type: "invalid_model",
        param: null,
        code: "1500",
      })
    );
    expect(failure).toMatchObject({ status: 502, outcome: "upstream_error", upstreamStatus: 400 });
    expect(failure.body).toMatchObject({
      object: "error",
      type: "upstream_error",
      code: "upstream_unknown_model",
      message: expect.stringMatching(/administrateur/),
    });
  });

  it.each([false, true])(
    "answers the call with that 502 and audits it as the upstream's failure (stream: %s)",
    async (stream) => {
      fixture = await startGatewayFixture({
        models: { allowed: ["mistral-small-latest", "mistral-petit-2099"] },
      });
      const response = await postChat(fixture, {
        model: "mistral-petit-2099",
        stream,
        messages: [{ role: "user", content: "Bonjour" }],
      });
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({ code: "upstream_unknown_model" });
      const [record] = await waitForRecords(fixture.audit, 1);
      expect(record).toMatchObject({
        model: "mistral-petit-2099",
        outcome: "upstream_error",
        status: 502,
      });
    }
  );
});

describe("an upstream that redirects is misconfigured, and the message says so", () => {
  it.each([301, 302, 307, 308])(
    "%i names the upstream's address as the administrator's to fix",
    (status) => {
      const failure = upstreamFailure(upstreamAnswered(status, ""));
      expect(failure).toMatchObject({
        status: 502,
        outcome: "upstream_error",
        upstreamStatus: status,
      });
      expect(failure.body).toMatchObject({
        type: "upstream_error",
        code: "upstream_redirected",
        message: expect.stringMatching(/upstream\.serverURL/),
      });
    }
  );
});
