import { describe, expect, it } from "vitest";
import { SseDataReader } from "../../../src/gateway/proxy/sse.ts";

/** The batches read from a body that arrives in exactly these pieces (the pieces that complete none give none). */
function batchesOf(...pieces: Array<string | Uint8Array>): string[][] {
  const encoder = new TextEncoder();
  const reader = new SseDataReader();
  const batches: string[][] = [];
  for (const piece of pieces) {
    const batch = reader.read(typeof piece === "string" ? encoder.encode(piece) : piece);
    if (batch.length) batches.push(batch);
  }
  return batches;
}

describe("reading server-sent events", () => {
  it("gives the events that arrived together as one batch, in order", () => {
    expect(batchesOf('data: {"a":1}\n\ndata: {"a":2}\n\n', "data: [DONE]\n\n")).toEqual([
      ['{"a":1}', '{"a":2}'],
      ["[DONE]"],
    ]);
  });

  it("waits for the blank line of an event cut between two reads", () => {
    expect(batchesOf('data: {"con', 'tent":"x"}\n', "\ndata: y\n\n")).toEqual([
      ['{"content":"x"}', "y"],
    ]);
  });

  it("reads CRLF and CR line ends, a CRLF cut between reads included", () => {
    expect(batchesOf("data: a\r\n\r", "\ndata: b\r\r", "data: c\r\n\r\n")).toEqual([
      ["a"],
      ["b", "c"],
    ]);
  });

  it("keeps a character whose UTF-8 bytes are cut between two reads", () => {
    const bytes = new TextEncoder().encode("data: Clémence\n\n");
    const cut = bytes.indexOf(0xc3) + 1;
    expect(batchesOf(bytes.slice(0, cut), bytes.slice(cut))).toEqual([["Clémence"]]);
  });

  it("joins multi-line data, skips comments and other fields, and reads `data:` without a space", () => {
    expect(
      batchesOf(": keep-alive\n\nevent: message\nid: 7\ndata:un\ndata: deux\n\nretry: 10\n\n")
    ).toEqual([["un\ndeux"]]);
  });

  it("reads a bare `data` line as empty data, and a field that only starts with `data` as no data", () => {
    expect(batchesOf("data\n\ndatas: x\n\ndata-x: y\ndata: z\n\n")).toEqual([["", "z"]]);
  });

  it("reads several events and a cut one from a single piece, then the rest of the cut one", () => {
    expect(batchesOf('data: 1\n\n: c\n\ndata: 2\ndata: 3\n\ndata: {"a', '":4}\n\n')).toEqual([
      ["1", "2\n3"],
      ['{"a":4}'],
    ]);
  });

  it("drops an event whose blank line never came, as the standard says", () => {
    expect(batchesOf("data: a\n\ndata: b")).toEqual([["a"]]);
  });

  it("gives nothing for an empty body", () => {
    expect(batchesOf()).toEqual([]);
  });
});
