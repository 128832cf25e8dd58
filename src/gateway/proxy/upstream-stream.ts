import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { SDK_METADATA } from "@mistralai/mistralai/lib/config.js";
import { MistralError } from "@mistralai/mistralai/models/errors";
import { ConnectionError } from "@mistralai/mistralai/models/errors/httpclienterrors.js";
import type { WireChatRequest } from "../wire.ts";

/** The upstream's stream broke the wire format or ended before `[DONE]`. */
export class UpstreamStreamError extends Error {
  override name = "UpstreamStreamError";
}

/**
 * A pooled connection idle this long is closed, as undici does: servers close theirs after about
 * 5 s (Node's default), and a request sent on a connection the server is closing is lost.
 */
const IDLE_CONNECTION_MS = 4_000;

/** Opens a streamed chat call to the upstream; resolves with its response once it is a stream. */
export type OpenStream = (
  request: WireChatRequest,
  signal: AbortSignal
) => Promise<IncomingMessage>;

/**
 * A streamed call over `node:http(s)`, as the SDK would send it: the same address (the server's,
 * its path included), authentication (`Bearer` and the key), `Accept` and user agent.
 * The SDK's own request path (a `Request` built, cloned, and sent with undici's `fetch`, its body
 * read as a web stream) cost 2.7 ms of CPU per call and +3 ms of latency at 50 streams in the
 * gateway bench, more than the gateway's scan and audit together. Redirects are not followed: the
 * masked text goes to the configured server and nowhere else, and a 3xx fails as any status that
 * is not 2xx. Errors are the SDK's own (`MistralError`, `ConnectionError`), so that retries and the
 * errors the client sees are the same for both kinds of call.
 */
export function streamOpener(serverURL: string, apiKey: string): OpenStream {
  // Joined as the SDK joins it: a server under a path (`https://host/mistral`) keeps it.
  const url = new URL(serverURL);
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/v1/chat/completions`;
  url.search = "";
  url.hash = "";
  const secure = url.protocol === "https:";
  const agentOptions = { keepAlive: true, timeout: IDLE_CONNECTION_MS };
  const agent = secure ? new https.Agent(agentOptions) : new http.Agent(agentOptions);
  const send = secure ? https.request : http.request;
  const headers = {
    authorization: `Bearer ${apiKey}`,
    "content-type": "application/json",
    accept: "text/event-stream",
    // What the SDK's own hook (CustomUserAgentHook) sets.
    "user-agent": `mistral-client-typescript/${SDK_METADATA.sdkVersion}`,
  };

  return async (request, signal) => {
    const body = JSON.stringify({ ...request, stream: true });
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const call = send(
        url,
        {
          method: "POST",
          agent,
          signal,
          headers: { ...headers, "content-length": Buffer.byteLength(body) },
        },
        resolve
      );
      call.on("error", (error) =>
        reject(
          signal.aborted
            ? signal.reason
            : new ConnectionError("Unable to make request", { cause: error })
        )
      );
      call.end(body);
    });
    const status = response.statusCode ?? 0;
    if (status < 200 || status > 299) throw await statusError(response, url);
    if (!response.headers["content-type"]?.includes("text/event-stream")) {
      response.destroy();
      throw new UpstreamStreamError("the upstream answered a stream request without a stream");
    }
    return response;
  };
}

/** The SDK's error for a status that is not 2xx, its body read whole, as the SDK does. */
async function statusError(response: IncomingMessage, url: URL): Promise<Error> {
  const status = response.statusCode ?? 0;
  let body = "";
  response.setEncoding("utf8");
  for await (const piece of response) body += piece as string;
  // A Response cannot hold a status outside 200–599: such an answer is no HTTP error of Mistral's.
  if (status < 200 || status > 599)
    return new UpstreamStreamError(`the upstream answered with status ${status}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers))
    for (const one of Array.isArray(value) ? value : [value ?? ""]) headers.append(name, one);
  return new MistralError(`API error occurred: Status ${status}`, {
    // A 304, the one status not 2xx that may come with no body, cannot be given one.
    response: new Response(status === 304 ? null : body, { status, headers }),
    request: new Request(url),
    body,
  });
}
