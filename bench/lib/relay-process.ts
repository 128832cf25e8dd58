/**
 * A bare HTTP relay in a bench child of its own: each request is passed to the stand-in with the
 * key swapped in, and the answer's bytes passed back as they come, through `node:http` and
 * `pipe`. No parsing, no authentication, no scan, no audit: the least a second HTTP hop can cost
 * on this machine in Node. The gateway bench runs it beside the gateway, so that what the gateway
 * adds splits into what any relay here would add and what its own work adds.
 */
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { serveBenchChild } from "./child-process.ts";

export interface RelayChildConfig {
  upstreamUrl: string;
  apiKey: string;
}

/** Headers of one connection, not of the message (RFC 9110 §7.6.1): never passed on. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "upgrade",
]);

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
}

await serveBenchChild(async (config: RelayChildConfig) => {
  const upstream = new URL(config.upstreamUrl);
  // Kept-alive connections, as the gateway's fetch keeps its own: no call pays for opening one.
  const agent = new Agent({ keepAlive: true });

  const relay = (req: IncomingMessage, res: ServerResponse) => {
    const outgoing = httpRequest(
      {
        protocol: upstream.protocol,
        hostname: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        agent,
        headers: {
          ...endToEnd(req.headers),
          host: upstream.host,
          authorization: `Bearer ${config.apiKey}`,
        },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers));
        answer.pipe(res);
      }
    );
    outgoing.on("error", () => {
      if (res.headersSent) res.destroy();
      else res.writeHead(502).end();
    });
    // A client that goes away ends the upstream call, as the gateway's does.
    res.on("close", () => {
      if (!res.writableFinished) outgoing.destroy();
    });
    req.pipe(outgoing);
  };

  const server = createServer(relay);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    ready: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
});
