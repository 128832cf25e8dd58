import { connect } from "node:net";
import { HTTPClient, Mistral } from "@mistralai/mistralai";
import type { CompletionChunk } from "@mistralai/mistralai/models/components";
import { HTTPValidationError, MistralError } from "@mistralai/mistralai/models/errors";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  cutStream,
  echo,
  fail,
  hang,
  rateLimited,
  reply,
  serverError,
  slow,
  startMistralStandIn,
  unavailable,
  type MistralStandIn,
} from "./mistral-stand-in.ts";
import { CHAT_REQUEST_FIELDS, MESSAGE_FIELDS } from "./mistral-stand-in-request.ts";
import { MistralSpec } from "./openapi-schema.ts";

const API_KEY = "test-key";
const MODEL = "mistral-small-latest";
const USER_TEXT = "Réponds à [PERSONNE_1] au sujet du dossier [NUMERO_DOSSIER_1].";

let standIn: MistralStandIn;
beforeEach(async () => {
  standIn = await startMistralStandIn({ apiKey: API_KEY });
});
afterEach(() => standIn.close());

const sdk = (options: Partial<ConstructorParameters<typeof Mistral>[0]> = {}) =>
  new Mistral({ apiKey: API_KEY, serverURL: standIn.url, ...options });

const userMessage = (content = USER_TEXT) => ({ role: "user" as const, content });

/** A raw chat completion request, bypassing the SDK so that anything can be sent. */
function post(
  body: unknown,
  headers: Record<string, string> = { authorization: `Bearer ${API_KEY}` }
) {
  return fetch(`${standIn.url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** The `data:` payloads of an SSE body, in order. */
const sseData = (text: string) =>
  text
    .split("\n\n")
    .filter(Boolean)
    .map((event) => event.replace(/^data: /, ""));

/** Reads a streamed body until it ends or the connection drops, saying which. */
async function readUntilEnd(response: Response): Promise<{ text: string; dropped: boolean }> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read())
      text += decoder.decode(read.value, { stream: true });
    return { text, dropped: false };
  } catch {
    return { text, dropped: true };
  }
}

async function sdkError(call: Promise<unknown>): Promise<MistralError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(MistralError);
  return error as MistralError;
}

describe("the official SDK against the stand-in", () => {
  it("completes: the echo returns the user's placeholders, with usage", async () => {
    const response = await sdk().chat.complete({ model: MODEL, messages: [userMessage()] });
    expect(response.object).toBe("chat.completion");
    expect(response.model).toBe(MODEL);
    expect(response.choices[0]?.message?.content).toBe(USER_TEXT);
    expect(response.choices[0]?.finishReason).toBe("stop");
    expect(response.usage).toMatchObject({
      promptTokens: 16,
      completionTokens: 16,
      totalTokens: 32,
    });
    expect(JSON.parse(standIn.received[0]!.body)).toMatchObject({ model: MODEL, stream: false });
  });

  it("streams: every chunk passes the SDK's validation, usage only on the last one", async () => {
    standIn.script(reply("Bonjour [PERSONNE_1], voici la réponse."));
    const chunks: CompletionChunk[] = [];
    for await (const event of await sdk().chat.stream({ model: MODEL, messages: [userMessage()] }))
      chunks.push(event.data);

    expect(chunks[0]?.choices[0]?.delta).toEqual({ role: "assistant", content: "" });
    expect(chunks.map((c) => c.choices[0]?.delta.content).join("")).toBe(
      "Bonjour [PERSONNE_1], voici la réponse."
    );
    expect(chunks.map((c) => c.choices[0]?.finishReason)).toEqual([
      ...Array(chunks.length - 1).fill(null),
      "stop",
    ]);
    expect(chunks.map((c) => c.usage !== undefined)).toEqual([
      ...Array(chunks.length - 1).fill(false),
      true,
    ]);
    expect(JSON.parse(standIn.received[0]!.body)).toMatchObject({ stream: true });
  });

  it("continues after an assistant prefix without repeating it", async () => {
    standIn.script(reply("Madame [PERSONNE_1], je vous remercie."));
    const response = await sdk().chat.complete({
      model: MODEL,
      messages: [userMessage(), { role: "assistant", content: "Madame ", prefix: true }],
    });
    expect(response.choices[0]?.message?.content).toBe("[PERSONNE_1], je vous remercie.");
  });

  it("lists its models", async () => {
    const list = await sdk().models.list();
    expect(list.data?.map((model) => ("id" in model ? model.id : model.type))).toEqual([
      "mistral-small-latest",
      "mistral-medium-latest",
      "mistral-large-latest",
    ]);
  });

  it("surfaces the 422 of an unknown top-level field", async () => {
    const withExtraField = new HTTPClient().addHook("beforeRequest", async (request) => {
      const body = JSON.parse(await request.clone().text()) as object;
      return new Request(request, { body: JSON.stringify({ ...body, max_completion_tokens: 64 }) });
    });
    const error = await sdkError(
      sdk({ httpClient: withExtraField }).chat.complete({ model: MODEL, messages: [userMessage()] })
    );
    expect(error).toBeInstanceOf(HTTPValidationError);
    expect(error.statusCode).toBe(422);
    expect((error as HTTPValidationError).detail?.[0]).toMatchObject({
      loc: ["body", "max_completion_tokens"],
      type: "extra_forbidden",
    });
  });

  it("surfaces the 401 of a wrong key", async () => {
    const error = await sdkError(
      sdk({ apiKey: "wrong-key" }).chat.complete({ model: MODEL, messages: [userMessage()] })
    );
    expect(error.statusCode).toBe(401);
    expect(JSON.parse(error.body)).toEqual({
      message: "Unauthorized",
      request_id: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it("surfaces a 429 as such without a retry configuration", async () => {
    standIn.script(rateLimited());
    const error = await sdkError(sdk().chat.stream({ model: MODEL, messages: [userMessage()] }));
    expect(error.statusCode).toBe(429);
    expect(JSON.parse(error.body)).toEqual({
      object: "error",
      message: "Rate limit exceeded",
      type: "rate_limited",
      param: null,
      code: "1300",
    });
    expect(error.headers.get("retry-after")).toBe("1");
    expect(standIn.received).toHaveLength(1);
  });

  it("retries a 429 when configured, waiting as long as Retry-After says", async () => {
    standIn.script(rateLimited(2));
    // Without Retry-After this backoff would wait less than a second before its first retry.
    const client = sdk({
      retryConfig: {
        strategy: "backoff",
        backoff: { initialInterval: 1, maxInterval: 5000, exponent: 1.5, maxElapsedTime: 10000 },
      },
    });
    const started = performance.now();
    const response = await client.chat.complete({ model: MODEL, messages: [userMessage()] });
    expect(performance.now() - started).toBeGreaterThanOrEqual(1990);
    expect(response.choices[0]?.message?.content).toBe(USER_TEXT);
    expect(standIn.received).toHaveLength(2);
  });
});

describe("responses checked against mistral-openapi.yaml", () => {
  const spec = new MistralSpec();

  it("accepts exactly the request fields and message shapes the spec defines", () => {
    expect([...CHAT_REQUEST_FIELDS].sort()).toEqual(
      spec.propertiesOf("ChatCompletionRequest").sort()
    );
    expect(spec.requiredOf("ChatCompletionRequest").sort()).toEqual(["messages", "model"]);
    const schemas = {
      system: "SystemMessage",
      user: "UserMessage",
      assistant: "AssistantMessage",
      tool: "ToolMessage",
    } as const;
    for (const [role, schema] of Object.entries(schemas)) {
      expect(MESSAGE_FIELDS[role as keyof typeof schemas]).toEqual({
        properties: spec.propertiesOf(schema),
        required: spec.requiredOf(schema),
      });
    }
  });

  it("still has the erratum the validator ignores: `data` required but not defined", () => {
    expect(spec.requiredOf("ChatCompletionResponse")).toContain("data");
    expect(spec.propertiesOf("ChatCompletionResponse")).not.toContain("data");
  });

  it("catches what is wrong, so that an empty list of errors means something", () => {
    expect(
      spec.validate("ChatCompletionChoice", {
        index: 0,
        message: { role: "user" },
        finish_reason: "done",
      })
    ).toEqual([
      'ChatCompletionChoice.message.role: not "assistant"',
      'ChatCompletionChoice.finish_reason: not one of ["stop","length","model_length","error","tool_calls"]',
    ]);
    expect(
      spec.validate("ChatCompletionResponse", {
        id: "x",
        object: "chat.completion",
        model: MODEL,
        created: 1,
      })
    ).toEqual([
      "ChatCompletionResponse: missing required property usage",
      "ChatCompletionResponse: missing required property choices",
    ]);
  });

  /**
   * Answers of each shape the stand-in gives: an echo, a reasoning model's thinking with a tool
   * call, and text chunks without their type.
   */
  const ANSWERS = [
    ["an echo", echo()],
    ["text chunks without a type", reply("Bien reçu, [PERSONNE_1].", { untypedChunks: true })],
    [
      "thinking and a tool call",
      reply("Je cherche le dossier.", {
        thinking: "Il faut le dossier de [PERSONNE_1].",
        toolCalls: [{ name: "chercher_dossier", arguments: '{"nom": "[PERSONNE_1]"}' }],
      }),
    ],
  ] as const;

  it.each(ANSWERS)(
    "a non-streamed response is a ChatCompletionResponse, without `data`: %s",
    async (_, step) => {
      standIn.script(step);
      const body = (await (await post({ model: MODEL, messages: [userMessage()] })).json()) as {
        choices: unknown[];
      };
      expect(spec.validate("ChatCompletionResponse", body)).toEqual([]);
      for (const choice of body.choices)
        expect(spec.validate("ChatCompletionChoice", choice)).toEqual([]);
      for (const name of spec.requiredOf("ChatCompletionResponse").filter((n) => n !== "data"))
        expect(body).toHaveProperty(name);
      expect(body).not.toHaveProperty("data");
    }
  );

  it.each(ANSWERS)(
    "every stream chunk is a CompletionChunk in a CompletionEvent, then [DONE]: %s",
    async (_, step) => {
      standIn.script(step);
      const response = await post({ model: MODEL, messages: [userMessage()], stream: true });
      expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
      const text = await response.text();
      expect(text).not.toContain('"usage":null');
      const data = sseData(text);
      expect(data.at(-1)).toBe("[DONE]");
      const chunks = data
        .slice(0, -1)
        .map((d) => JSON.parse(d) as { object: string; choices: unknown[] });
      for (const chunk of chunks) {
        expect(spec.validate("CompletionEvent", { data: chunk })).toEqual([]);
        for (const choice of chunk.choices)
          expect(spec.validate("CompletionResponseStreamChoice", choice)).toEqual([]);
        expect(chunk.object).toBe("chat.completion.chunk");
      }
      expect(chunks.map((c) => "usage" in c)).toEqual([
        ...Array(chunks.length - 1).fill(false),
        true,
      ]);
    }
  );

  it("a 422 is an HTTPValidationError naming each unknown field", async () => {
    const response = await post({
      model: MODEL,
      messages: [userMessage()],
      max_completion_tokens: 64,
      user: "u-42",
    });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(spec.validate("HTTPValidationError", body)).toEqual([]);
    expect(body).toEqual({
      detail: [
        {
          type: "extra_forbidden",
          loc: ["body", "max_completion_tokens"],
          msg: "Extra inputs are not permitted",
          input: 64,
        },
        {
          type: "extra_forbidden",
          loc: ["body", "user"],
          msg: "Extra inputs are not permitted",
          input: "u-42",
        },
      ],
    });
  });

  it("422s on a missing model, a bad role, an unknown message field and invalid JSON", async () => {
    const bodies = [
      { messages: [userMessage()] },
      { model: MODEL, messages: [{ role: "developer", content: "x" }] },
      { model: MODEL, messages: [{ ...userMessage(), name: "Claire" }] },
      "{not json",
    ];
    const answers = await Promise.all(
      bodies.map(
        async (body) =>
          (await post(body)).json() as Promise<{ detail: { type: string; loc: unknown[] }[] }>
      )
    );
    for (const answer of answers) expect(spec.validate("HTTPValidationError", answer)).toEqual([]);
    expect(answers.map((a) => [a.detail[0]?.type, a.detail[0]?.loc])).toEqual([
      ["missing", ["body", "model"]],
      ["union_tag_invalid", ["body", "messages", 0]],
      ["extra_forbidden", ["body", "messages", 0, "user", "name"]],
      ["json_invalid", ["body", 0]],
    ]);
  });

  it("the model list is a ModelList", async () => {
    const response = await fetch(`${standIn.url}/v1/models`, {
      headers: { authorization: `Bearer ${API_KEY}` },
    });
    expect(spec.validate("ModelList", await response.json())).toEqual([]);
  });
});

describe("the real service's other answers", () => {
  it("401 without a key, with the real body", async () => {
    const response = await post({ model: MODEL, messages: [userMessage()] }, {});
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      message: "Unauthorized",
      request_id: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it("400 when the last message is an assistant's without prefix, or the model is unknown", async () => {
    const order = await post({
      model: MODEL,
      messages: [userMessage(), { role: "assistant", content: "Bien sûr." }],
    });
    expect(order.status).toBe(400);
    expect(await order.json()).toEqual({
      object: "error",
      message:
        "Expected last role User or Tool (or Assistant with prefix True) for serving but got assistant",
      type: "invalid_request_message_order",
      param: null,
      code: "3230",
    });
    const model = await post({ model: "gpt-4o", messages: [userMessage()] });
    expect(model.status).toBe(400);
    expect(await model.json()).toMatchObject({
      message: "Invalid model: gpt-4o",
      type: "invalid_model",
      code: "1500",
    });
  });
});

describe("scripted behaviour", () => {
  it("answers the queued steps in order, then echoes", async () => {
    standIn.script(
      reply("un"),
      serverError(),
      unavailable(),
      fail(418, "teapot", { "x-test": "1" })
    );
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      const response = await post({ model: MODEL, messages: [userMessage("cinq")] });
      statuses.push([response.status, await response.text()]);
    }
    const mistral500 = JSON.stringify({
      object: "error",
      message: "Service unavailable.",
      type: "internal_server_error",
      param: null,
      code: "1000",
    });
    expect(statuses.map(([status]) => status)).toEqual([200, 500, 503, 418, 200]);
    expect(JSON.parse(statuses[0]![1] as string).choices[0].message.content).toBe("un");
    expect(statuses.slice(1, 4).map(([, body]) => body)).toEqual([
      mistral500,
      mistral500,
      "teapot",
    ]);
    expect(JSON.parse(statuses[4]![1] as string).choices[0].message.content).toBe("cinq");
  });

  it("splits a placeholder across chunks at the given cuts", async () => {
    standIn.script(echo({ cuts: [12, 16] }));
    const response = await post({
      model: MODEL,
      messages: [userMessage("Bonjour [PERSONNE_1] !")],
      stream: true,
    });
    const deltas = sseData(await response.text())
      .slice(1, -1)
      .map((d) => JSON.parse(d).choices[0].delta.content as string);
    expect(deltas).toEqual(["Bonjour [PER", "SONN", "E_1] !"]);
  });

  it("splits every N characters", async () => {
    standIn.script(reply("abcdefgh", { chunkSize: 3 }));
    const response = await post({ model: MODEL, messages: [userMessage()], stream: true });
    const deltas = sseData(await response.text())
      .slice(0, -1)
      .map((d) => JSON.parse(d).choices[0].delta.content as string);
    expect(deltas).toEqual(["", "abc", "def", "gh"]);
  });

  it("cuts a stream: the connection drops after the chosen chunks, without [DONE]", async () => {
    standIn.script(cutStream(2, reply("abcdefghijkl", { chunkSize: 2 })));
    const { text, dropped } = await readUntilEnd(
      await post({ model: MODEL, messages: [userMessage()], stream: true })
    );
    expect(dropped).toBe(true);
    expect(sseData(text).map((d) => JSON.parse(d).choices[0].delta.content)).toEqual([
      "",
      "ab",
      "cd",
    ]);
    expect(standIn.disconnects).toBe(0);

    standIn.script(cutStream(1));
    const sdkStream = await sdk().chat.stream({ model: MODEL, messages: [userMessage()] });
    await expect(async () => {
      for await (const event of sdkStream) void event;
    }).rejects.toThrow();
  });

  it("slows down: each chunk waits its delay", async () => {
    standIn.script(slow(100, reply("abcdef", { chunkSize: 2 })));
    const started = performance.now();
    const response = await post({ model: MODEL, messages: [userMessage()], stream: true });
    await response.text();
    expect(performance.now() - started).toBeGreaterThanOrEqual(4 * 100 - 5);
  });

  it("hangs until the client gives up, and counts the disconnect", async () => {
    standIn.script(hang());
    const controller = new AbortController();
    const call = sdk().chat.complete(
      { model: MODEL, messages: [userMessage()] },
      { fetchOptions: { signal: controller.signal } }
    );
    await standIn.until(() => standIn.received.length === 1);
    controller.abort();
    await expect(call).rejects.toThrow();
    await standIn.until(() => standIn.disconnects === 1);
  });

  it("counts a client leaving a slow stream midway", async () => {
    standIn.script(slow(50, reply("abcdefghijklmnop", { chunkSize: 1 })));
    for await (const event of await sdk().chat.stream({
      model: MODEL,
      messages: [userMessage()],
    })) {
      if (event.data.choices[0]?.delta.content === "c") break;
    }
    await standIn.until(() => standIn.disconnects === 1);
  });
});

describe("what the stand-in received", () => {
  it("records exactly the bytes the client sent, and the request they make", async () => {
    const body =
      '{"model":"mistral-small-latest","messages":[{"role":"user","content":"Ren\\u00e9 Dupont, 06 12 34 56 78"}]}';
    const request =
      "POST /v1/chat/completions?trace=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer test-key\r\n" +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
    const socket = connect(Number(new URL(standIn.url).port), "127.0.0.1");
    socket.end(request);
    const answer = await new Promise<string>((resolve) => {
      let text = "";
      socket.on("data", (chunk: Buffer) => (text += chunk.toString()));
      socket.on("close", () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK/);

    expect(standIn.receivedBytes().toString("latin1")).toBe(request);
    expect(standIn.received).toEqual([
      {
        method: "POST",
        path: "/v1/chat/completions?trace=1",
        headers: expect.objectContaining({
          authorization: "Bearer test-key",
          "content-type": "application/json",
        }),
        rawHeaders: expect.arrayContaining(["Authorization", "Content-Type"]),
        body,
        bodyBytes: Buffer.from(body),
      },
    ]);
    // The escaped é is not in the bytes, but saw() decodes JSON strings.
    expect(standIn.receivedBytes().includes("René")).toBe(false);
    expect(standIn.saw("René Dupont")).toBe(true);
    expect(standIn.saw("06 12 34 56 78")).toBe(true);
    expect(standIn.saw("Claire")).toBe(false);
  });

  it("records the SDK's requests, headers and bodies", async () => {
    await sdk().chat.complete({ model: MODEL, messages: [userMessage()] });
    const [request] = standIn.received;
    expect(request).toMatchObject({ method: "POST", path: "/v1/chat/completions" });
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(standIn.receivedBytes().toString()).toContain(request!.body);
    expect(standIn.saw(USER_TEXT)).toBe(true);
  });
});
