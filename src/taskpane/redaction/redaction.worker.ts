import { Engine } from "../../redaction/engine.ts";
import { redactForReview, type RedactionRequest } from "./review-redaction.ts";

/**
 * The engine runs here, off the pane's main thread, so that masking a 300-page document never freezes
 * it. Built once: the recognizers' compiled regexes are reused by every request.
 */
const engine = new Engine();
// The worker's global, typed by what is used of it (the DOM and WebWorker libs cannot share a program).
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; request: RedactionRequest }>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event: MessageEvent<{ id: number; request: RedactionRequest }>) => {
  const { id, request } = event.data;
  try {
    scope.postMessage({ id, result: redactForReview(engine, request) });
  } catch (error) {
    // Only the error's name crosses back: its message could quote the text.
    scope.postMessage({ id, error: error instanceof Error ? error.name : "Error" });
  }
};
