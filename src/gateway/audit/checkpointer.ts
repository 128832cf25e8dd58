import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** How often the write-ahead log is copied into the database: about 200 pages a second at 70 calls. */
export const CHECKPOINT_INTERVAL_MS = 1_000;

/**
 * The worker's whole program, plain CommonJS: the gateway runs TypeScript through tsx's loader,
 * which a worker does not inherit, and this needs nothing but the SQLite driver.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
const timer = setInterval(() => db.pragma("wal_checkpoint(PASSIVE)"), workerData.intervalMs);
parentPort.once("message", () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Checkpoints an audit file's write-ahead log from a worker thread, with a connection of its own.
 * SQLite checkpoints on the committing connection once the log passes 1000 pages, copying them and
 * syncing both files on the event loop: 1 to 3 ms on an idle local disk every 330 commits or so,
 * far more on a slow one, while every stream in flight waits. A PASSIVE checkpoint takes no lock
 * a writer needs, so commits go on meanwhile; the writer starts the log over once a checkpoint has
 * copied all of it.
 */
export class BackgroundCheckpointer {
  readonly #worker: Worker;
  readonly #exited: Promise<void>;
  #stopped = false;

  /** `onFailure` is told when the worker ends on its own: the log is then no longer checkpointed. */
  constructor(
    path: string,
    onFailure: (error: Error) => void,
    intervalMs = CHECKPOINT_INTERVAL_MS
  ) {
    const driver = createRequire(import.meta.url).resolve("better-sqlite3");
    this.#worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { path, driver, intervalMs },
    });
    this.#worker.unref();
    let failure: Error | undefined;
    this.#worker.on("error", (error) => (failure = error));
    this.#exited = new Promise<void>((resolve) =>
      this.#worker.once("exit", (code) => {
        if (!this.#stopped)
          onFailure(failure ?? new Error(`the audit checkpointer stopped (exit code ${code})`));
        resolve();
      })
    );
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    // Unreferenced, the worker would let Node exit while its exit is awaited, mid-close.
    this.#worker.ref();
    this.#worker.postMessage("stop");
    await this.#exited;
  }
}
