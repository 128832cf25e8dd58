/** A problem found by the pane itself, before anything was sent. */
export type PaneErrorCode =
  "noSelection" | "emptySource" | "binarySource" | "sourceTooLong" | "redaction";

export class PaneError extends Error {
  readonly code: PaneErrorCode;
  readonly limit: number | undefined;
  constructor(code: PaneErrorCode, options?: { limit?: number; cause?: unknown }) {
    super(code, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "PaneError";
    this.code = code;
    this.limit = options?.limit;
  }
}
