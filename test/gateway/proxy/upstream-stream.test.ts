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
import { afterEach, describe, expect, it } from "vitest";
import { SilenceTimeout } from "../../../src/gateway/proxy/silence-timeout.ts";
import {
  streamChunks,
  streamOpener,
  UpstreamStreamError,
} from "../../../src/gateway/proxy/upstream-stream.ts";

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

/** Reads a stream to its end with the gateway's reader; its chunks. */
async function readAll(origin: string, signal = new AbortController().signal) {
  const response = await streamOpener(origin, KEY)(REQUEST, signal);
  const chunks = [];
  for await (const batch of streamChunks(response, new SilenceTimeout(10_000, signal), KEY))
    chunks.push(...batch);
  return chunks;
}

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
      expect(await readAll(origin)).toEqual([CHUNK]);

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
    expect(await readAll(origin)).toEqual([CHUNK]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The server closed the first connection while it was idle: the second call opens another.
    expect(await readAll(origin)).toEqual([CHUNK]);
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
