/**
 * The data of server-sent events (https://html.spec.whatwg.org/multipage/server-sent-events.html),
 * read from a response body. Events come in batches, one per network read, so that a relay can
 * write everything that arrived together in one write.
 */

/** Yields, per read of `body`, the data of each event it completed (multi-line data joined by `\n`). */
export async function* sseDataBatches(
  body: AsyncIterable<Uint8Array>
): AsyncGenerator<string[], void, undefined> {
  const decoder = new TextDecoder();
  let pending = "";
  for await (const bytes of body) {
    pending += decoder.decode(bytes, { stream: true });
    const batch = takeEvents();
    if (batch.length) yield batch;
  }
  // An event whose blank line never came is dropped at the end of the stream, as the standard says.

  function takeEvents(): string[] {
    // A lone trailing \r may be the first half of a \r\n split between two reads: kept for the next.
    const end = pending.endsWith("\r") ? pending.length - 1 : pending.length;
    const text = pending.includes("\r")
      ? pending.slice(0, end).replace(/\r\n?/g, "\n")
      : pending.slice(0, end);
    const boundary = text.lastIndexOf("\n\n");
    if (boundary < 0) return [];
    pending = text.slice(boundary + 2) + pending.slice(end);
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
