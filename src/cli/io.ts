/** The process streams, passed in so that commands can be run and tested in-process. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
}

export const processIO: CliIO = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
};

/**
 * The reader of an output went away (`plume audit export … | head`): what it did not read is not
 * wanted, so this ends the command quietly, as Unix tools do.
 */
export class OutputClosedError extends Error {
  override name = "OutputClosedError";

  constructor(
    readonly stream: NodeJS.WritableStream,
    options?: ErrorOptions
  ) {
    super("the output was closed by its reader", options);
  }
}

/** A write to a pipe whose reader has gone, or to the stream such a write destroyed. */
const CLOSED_OUTPUT = new Set(["EPIPE", "ERR_STREAM_DESTROYED"]);

const listened = new WeakSet<NodeJS.WritableStream>();

/** Writes and waits for the stream to take it, so large outputs are not cut by an early exit. */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  // A failed write reaches the caller through the callback; the same error is also emitted as an
  // event, which with no listener would crash the process with a stack trace.
  if (!listened.has(stream)) {
    listened.add(stream);
    stream.on("error", () => {});
  }
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => {
      if (!error) return resolve();
      const code = (error as NodeJS.ErrnoException).code ?? "";
      reject(CLOSED_OUTPUT.has(code) ? new OutputClosedError(stream, { cause: error }) : error);
    });
  });
}
