import { connect } from "node:net";

export interface RawAnswer {
  status: number;
  /** Header names lower-cased; a repeated header keeps its last value. */
  headers: Record<string, string>;
  body: string;
}

/**
 * Writes bytes as they are over a TCP socket and reads the answer until the server closes: what
 * fetch cannot send (a malformed request line, a NUL in a header, two Content-Length, a bare `..`).
 * The request should ask for `Connection: close`; a parse error closes the socket anyway.
 */
export function rawRequest(url: string, request: string | Buffer): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => socket.write(request));
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    // A server that destroys the socket after its answer may reset it: what came is still the answer.
    socket.on("error", () => undefined);
    socket.setTimeout(5000, () => socket.destroy());
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const end = text.indexOf("\r\n\r\n");
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      if (!match || end < 0) return reject(new Error(`no HTTP answer: ${JSON.stringify(text)}`));
      const headers: Record<string, string> = {};
      for (const line of text.slice(0, end).split("\r\n").slice(1)) {
        const colon = line.indexOf(":");
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(match[1]), headers, body: text.slice(end + 4) });
    });
  });
}
