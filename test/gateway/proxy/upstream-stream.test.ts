import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { MistralCore } from "@mistralai/mistralai/core.js";
import { chatStream } from "@mistralai/mistralai/funcs/chatStream.js";
import { MistralError } from "@mistralai/mistralai/models/errors";
import { ConnectionError } from "@mistralai/mistralai/models/errors/httpclienterrors.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { streamChunks, type UpstreamEvent } from "../../../src/gateway/proxy/chunk-stream.ts";
import { SilenceTimeout } from "../../../src/gateway/proxy/silence-timeout.ts";
import { streamOpener, UpstreamStreamError } from "../../../src/gateway/proxy/upstream-stream.ts";

const KEY = "Zq8vR2mK4tY7wX1pL5nB9cD3fG6hJ0sA";
const REQUEST = {
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Résume [PERSONNE_1]." }],
};
const CHUNK = {
  id: "c1",
  object: "chat.completion.chunk",
  created: 1,
  model: "mistral-small-latest",
  choices: [{ index: 0, delta: { role: "assistant", content: "Bonjour" }, finish_reason: "stop" }],
};

interface Received {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** A server that records what it receives and answers with `answer`; its origin. */
async function serve(
  answer: (response: ServerResponse) => void,
  received: Received[] = [],
  keepAliveTimeoutMs = 5_000
): Promise<string> {
  server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (piece: string) => (body += piece));
    request.on("end", () => {
      received.push({ method: request.method, url: request.url, headers: request.headers, body });
      answer(response);
    });
  });
  server.keepAliveTimeout = keepAliveTimeoutMs;
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const streamed = (response: ServerResponse) => {
  response.writeHead(200, { "content-type": "text/event-stream" });
  response.end(`data: ${JSON.stringify(CHUNK)}\n\ndata: [DONE]\n\n`);
};

/** Reads a stream to its end with the gateway's reader; its events. */
async function readAll(origin: string, signal = new AbortController().signal) {
  const response = await streamOpener(origin, KEY)(REQUEST, signal);
  const events = [];
  for await (const batch of streamChunks(response, new SilenceTimeout(10_000, signal), KEY))
    events.push(...batch);
  return events;
}

/** The one event `streamed` sends: its chunk, and its data as written. */
const STREAMED_EVENT = { chunk: CHUNK, data: JSON.stringify(CHUNK) };

describe("the streamed call to the upstream", () => {
  it.each(["", "/mistral", "/mistral/", "/a/b/?q=1#h"])(
    "is the request the official SDK sends to a server at '%s': address, key, headers and body",
    async (path) => {
      const received: Received[] = [];
      const origin = `${await serve(streamed, received)}${path}`;
      const client = new MistralCore({ apiKey: KEY, serverURL: origin });
      const result = await chatStream(client, REQUEST as Parameters<typeof chatStream>[1]);
      if (!result.ok) throw result.error;
      for await (const event of result.value) void event;
      expect(await readAll(origin)).toEqual([STREAMED_EVENT]);

      const [sdk, ours] = received;
      expect(ours!.method).toBe(sdk!.method);
      expect(ours!.url).toBe(sdk!.url);
      for (const name of ["authorization", "content-type", "accept", "user-agent"])
        expect(ours!.headers[name], name).toBe(sdk!.headers[name]);
      expect(JSON.parse(ours!.body)).toEqual(JSON.parse(sdk!.body));
    }
  );

  it("keeps its connection when the server closes idle ones sooner than the pool would", async () => {
    let connections = 0;
    const origin = await serve(streamed, [], 100);
    server!.on("connection", () => connections++);
    expect(await readAll(origin)).toEqual([STREAMED_EVENT]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The server closed the first connection while it was idle: the second call opens another.
    expect(await readAll(origin)).toEqual([STREAMED_EVENT]);
    expect(connections).toBe(2);
  });

  it("fails with the SDK's MistralError for a status that is not 2xx, headers and body kept", async () => {
    const origin = await serve((response) => {
      response.writeHead(429, { "content-type": "application/json", "retry-after": "3" });
      response.end('{"object":"error","message":"Requests rate limit exceeded"}');
    });
    const failure = await readAll(origin).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MistralError);
    expect((failure as MistralError).statusCode).toBe(429);
    expect((failure as MistralError).headers.get("retry-after")).toBe("3");
    expect((failure as MistralError).body).toContain("rate limit");
  });

  it("fails cleanly on a 304, which no body may come with", async () => {
    const origin = await serve((response) => {
      response.writeHead(304);
      response.end();
    });
    const failure = await readAll(origin).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MistralError);
    expect((failure as MistralError).statusCode).toBe(304);
  });

  it("fails as a broken stream on a 2xx that is not a stream (204)", async () => {
    const origin = await serve((response) => {
      response.writeHead(204);
      response.end();
    });
    await expect(readAll(origin)).rejects.toThrow(/without a stream/);
  });

  it("fails as a broken stream on a status no HTTP error has (600)", async () => {
    const origin = await serve((response) => {
      response.writeHead(600);
      response.end("?");
    });
    await expect(readAll(origin)).rejects.toThrow(UpstreamStreamError);
  });

  it("fails with the SDK's ConnectionError when nothing listens, so that it is retried", async () => {
    // Nothing listens on port 9.
    await expect(readAll("http://127.0.0.1:9")).rejects.toBeInstanceOf(ConnectionError);
  });

  it("fails with the caller's reason when the caller aborts before an answer", async () => {
    const origin = await serve(() => undefined);
    const controller = new AbortController();
    const reason = new Error("client gone");
    setTimeout(() => controller.abort(reason), 50);
    await expect(readAll(origin, controller.signal)).rejects.toBe(reason);
  });
});

describe("reading the upstream's stream", () => {
  const event = (n: number) => `data: ${JSON.stringify({ ...CHUNK, id: `c${n}` })}\n\n`;
  const open = async (origin: string) => {
    const signal = new AbortController().signal;
    const response = await streamOpener(origin, KEY)(REQUEST, signal);
    return { response, chunks: streamChunks(response, new SilenceTimeout(10_000, signal), KEY) };
  };
  const idsOf = (batches: UpstreamEvent[][]) => batches.flat().map(({ chunk }) => chunk.id);
  /** A stream of one event, then what `then` does with the response. */
  const oneEventThen = (then: (response: ServerResponse) => void) =>
    serve((response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.write(event(1));
      then(response);
    });

  it("pauses a fast upstream while the reader lags, then gives every event in order", async () => {
    const total = 1_000;
    const origin = await serve((response) => {
      response.writeHead(200, { "content-type": "text/event-stream" });
      let n = 0;
      // One event per turn, so that they arrive in many reads rather than one.
      const next = () => {
        if (n < total) response.write(event(n++), () => setImmediate(next));
        else response.end("data: [DONE]\n\n");
      };
      next();
    });
    const { response, chunks } = await open(origin);
    const batches = [(await chunks.next()).value!];
    await vi.waitFor(() => expect(response.isPaused()).toBe(true), { timeout: 5_000 });
    for await (const batch of chunks) batches.push(batch);
    expect(idsOf(batches)).toEqual(Array.from({ length: total }, (_, n) => `c${n}`));
  });

  it("gives the events read before a broken one, then fails", async () => {
    const origin = await oneEventThen((response) =>
      setTimeout(() => response.end("data: {not json\n\n"), 50)
    );
    const { chunks } = await open(origin);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const batches: UpstreamEvent[][] = [];
    const failure = await (async () => {
      for await (const batch of chunks) batches.push(batch);
    })().catch((error: unknown) => error);
    expect(idsOf(batches)).toEqual(["c1"]);
    expect(failure).toBeInstanceOf(UpstreamStreamError);
    expect((failure as Error).message).toMatch(/not JSON/);
  });

  it("wakes a waiting reader with the end when [DONE] comes alone, and with a failure when the stream is cut", async () => {
    const origin = await oneEventThen((response) =>
      setTimeout(() => response.end("data: [DONE]\n\n"), 50)
    );
    const { chunks } = await open(origin);
    expect(idsOf([(await chunks.next()).value!])).toEqual(["c1"]);
    expect(await chunks.next()).toEqual({ value: undefined, done: true });

    const cut = await oneEventThen((response) => setTimeout(() => response.destroy(), 50));
    const second = await open(cut);
    expect(idsOf([(await second.chunks.next()).value!])).toEqual(["c1"]);
    await expect(second.chunks.next()).rejects.toThrow();
  });

  it("drops the upstream's answer when the reader stops before [DONE]", async () => {
    let closed = false;
    const origin = await oneEventThen((response) => response.on("close", () => (closed = true)));
    const { chunks } = await open(origin);
    for await (const batch of chunks) if (batch.length) break;
    await vi.waitFor(() => expect(closed).toBe(true), { timeout: 2_000 });
  });
});
