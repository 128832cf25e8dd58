/**
 * The data of server-sent events (https://html.spec.whatwg.org/multipage/server-sent-events.html),
 * read from a response body piece by piece as it arrives. Each piece gives the events it completed,
 * so that a relay can write everything that arrived together in one write. An event whose blank
 * line never comes is never given, as the standard says of one cut by the end of the stream.
 */
export class SseDataReader {
  readonly #decoder = new TextDecoder();
  #pending = "";

  /** The data of each event that `bytes` completed (multi-line data joined by `\n`). */
  read(bytes: Uint8Array): string[] {
    this.#pending += this.#decoder.decode(bytes, { stream: true });
    const pending = this.#pending;
    // A lone trailing \r may be the first half of a \r\n split between two reads: kept for the next.
    const end = pending.endsWith("\r") ? pending.length - 1 : pending.length;
    const text = pending.includes("\r")
      ? pending.slice(0, end).replace(/\r\n?/g, "\n")
      : pending.slice(0, end);
    const boundary = text.lastIndexOf("\n\n");
    if (boundary < 0) return [];
    this.#pending = text.slice(boundary + 2) + pending.slice(end);
    const batch: string[] = [];
    for (const block of text.slice(0, boundary).split("\n\n")) {
      const data = dataOf(block);
      if (data !== undefined) batch.push(data);
    }
    return batch;
  }
}

/** The data field of one event's lines, or undefined when it has none (comments, `event:` alone...). */
function dataOf(block: string): string | undefined {
  let data: string | undefined;
  for (const line of block.split("\n")) {
    if (!line.startsWith("data")) continue;
    let value: string;
    if (line.length === 4) value = "";
    else if (line[4] === ":") value = line[5] === " " ? line.slice(6) : line.slice(5);
    else continue;
    data = data === undefined ? value : `${data}\n${value}`;
  }
  return data;
}
