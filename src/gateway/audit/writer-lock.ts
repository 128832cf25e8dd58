import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { basename, dirname } from "node:path";

/**
 * Which writers of an audit file are alive. Each writer holds an exclusive lock on a small file of
 * its own beside the store (`audit.db-writer-<id>`), through SQLite, whose locks the operating
 * system releases when the process ends, however it ends (SIGKILL, a crash), on Linux, macOS and
 * Windows alike. Another writer that can take that lock knows the first one is gone: no clock, no
 * heartbeat, no process id that a restarted machine gives to another process.
 */
export class WriterLock {
  readonly owner = randomUUID();
  /** The lock file; absent for a store in memory. */
  readonly path: string | undefined;
  readonly #db: Database | undefined;

  /** Without a path (a store in memory), only names the writer: nobody else can see its notes. */
  constructor(storePath: string | undefined) {
    if (storePath === undefined) return;
    this.path = lockPath(storePath, this.owner);
    this.#db = new Database(this.path);
    // An empty database, locked and never written: no journal file beside it either.
    this.#db.pragma("journal_mode = MEMORY");
    this.#db.exec("BEGIN EXCLUSIVE");
  }

  release(): void {
    this.#db?.close();
    if (this.path) removeQuietly(this.path);
  }
}

/**
 * The writers that noted calls or left a lock file beside the store, other than `self`, that are
 * gone. Asked inside the transaction that recovers their notes: a writer notes a call only while
 * it holds both its own lock and the store's write lock, so none can start noting meanwhile.
 */
export function goneWriters(storePath: string, owners: Iterable<string>, self: string): string[] {
  const candidates = new Set([...owners, ...lockedOwners(storePath)]);
  candidates.delete(self);
  return [...candidates].filter((owner) => !isAlive(storePath, owner));
}

/**
 * Removes the lock file of a writer found gone, once its calls are recovered, unless it is recent:
 * a writer that has created its file but not yet locked it looks gone for that instant, and must
 * not lose its file (it has no notes yet: it notes calls only once locked).
 */
export function forgetWriter(storePath: string, owner: string): void {
  const path = lockPath(storePath, owner);
  const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
  if (modified !== undefined && Date.now() - modified > NEWBORN_MS) removeQuietly(path);
}

/** Far longer than a writer takes between creating its lock file and locking it. */
const NEWBORN_MS = 60_000;

const PREFIX = "-writer-";
const OWNER = /^[0-9a-f-]{36}$/;

function lockPath(storePath: string, owner: string): string {
  return `${storePath}${PREFIX}${owner}`;
}

function lockedOwners(storePath: string): string[] {
  const prefix = `${basename(storePath)}${PREFIX}`;
  return readdirSync(dirname(storePath))
    .filter((name) => name.startsWith(prefix))
    .map((name) => name.slice(prefix.length))
    .filter((owner) => OWNER.test(owner));
}

/**
 * A writer without a lock file is gone; with one, it is alive while it holds its lock. A file that
 * cannot be opened (permissions, too many open files) counts as alive: a live writer's notes taken
 * for a dead one's would be recorded twice, and a dead one's wait for the next start.
 */
function isAlive(storePath: string, owner: string): boolean {
  const path = lockPath(storePath, owner);
  if (!existsSync(path)) return false;
  let probe: Database;
  try {
    probe = new Database(path, { fileMustExist: true, timeout: 0 });
  } catch {
    return true;
  }
  try {
    probe.pragma("journal_mode = MEMORY");
    probe.exec("BEGIN EXCLUSIVE");
    probe.exec("ROLLBACK");
    return false;
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code === "SQLITE_BUSY") return true;
    throw error;
  } finally {
    probe.close();
  }
}

/** On Windows a file another process has open cannot be removed: it is left for a later start. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Left behind: the next writer to open the store finds it unlocked, and removes it then.
  }
}
