/**
 * A list of integers written into a typed array kept from one text to the next and grown when a
 * text needs more: what an analysis notes per text (positions, spans) without an array grown by
 * `push` and copied, and with nothing for the garbage collector to scan or copy. One list serves
 * one use at a time: its next use writes over it.
 */
export class IntList {
  #items = new Int32Array(1024);
  #length = 0;

  get length(): number {
    return this.#length;
  }

  push(value: number): void {
    if (this.#length === this.#items.length) {
      const grown = new Int32Array(2 * this.#items.length);
      grown.set(this.#items);
      this.#items = grown;
    }
    this.#items[this.#length++] = value;
  }

  get(index: number): number {
    return this.#items[index]!;
  }

  clear(): void {
    this.#length = 0;
  }

  /** The integers pushed since the last `clear`, valid until the next `push` or `clear`. */
  view(): Int32Array {
    return this.#items.subarray(0, this.#length);
  }
}
