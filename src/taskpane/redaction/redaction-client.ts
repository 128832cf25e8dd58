import type { RedactionRequest, RedactionResult } from "./review-redaction.ts";

/** The pane's side of the redaction worker: one promise per request, answered in any order. */
export class RedactionClient {
  readonly #worker: Worker;
  readonly #pending = new Map<
    number,
    { resolve: (result: RedactionResult) => void; reject: (error: Error) => void }
  >();
  #next = 0;

  constructor(worker: Worker = new Worker(new URL("./redaction.worker.ts", import.meta.url))) {
    this.#worker = worker;
    worker.onmessage = (
      event: MessageEvent<{ id: number; result?: RedactionResult; error?: string }>
    ) => {
      const pending = this.#pending.get(event.data.id);
      if (!pending) return;
      this.#pending.delete(event.data.id);
      if (event.data.result) pending.resolve(event.data.result);
      else pending.reject(new Error(`redaction failed (${event.data.error ?? "unknown"})`));
    };
    worker.onerror = () => {
      for (const pending of this.#pending.values())
        pending.reject(new Error("redaction worker failed"));
      this.#pending.clear();
    };
  }

  redact(request: RedactionRequest): Promise<RedactionResult> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, request });
    });
  }
}
