import { describe, expect, it } from "vitest";
import { IntList } from "../../src/redaction/text/int-list.ts";

describe("a list of integers kept from text to text", () => {
  it("keeps what is pushed, in order, past the size it started with", () => {
    const list = new IntList();
    for (let i = 0; i < 5_000; i++) list.push(i * 3);
    expect(list.length).toBe(5_000);
    expect(list.get(4_999)).toBe(14_997);
    expect(Array.from(list.view().subarray(0, 3))).toEqual([0, 3, 6]);
  });

  it("starts again empty once cleared, its next values written over the old ones", () => {
    const list = new IntList();
    list.push(7);
    list.push(8);
    list.clear();
    expect(list.length).toBe(0);
    expect(Array.from(list.view())).toEqual([]);
    list.push(9);
    expect(Array.from(list.view())).toEqual([9]);
  });
});
