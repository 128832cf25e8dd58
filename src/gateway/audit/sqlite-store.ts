import Database from "better-sqlite3";
import { closeSync, fdatasync, openSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { BackgroundCheckpointer } from "./checkpointer.ts";
import { canonicalJson } from "./canonical-json.ts";
import { ChainWalker, linkRecord, type ChainRow } from "./chain.ts";
import { parseAuditRecord, type AuditRecord } from "./record.ts";
import type {
  AuditFlush,
  AuditStore,
  ChainHead,
  ExportOptions,
  OpenCall,
  StoredRecord,
  VerifyOptions,
  VerifyResult,
} from "./store.ts";
import { forgetWriter, goneWriters, WriterLock } from "./writer-lock.ts";

/** `PRAGMA application_id` of a Plume audit file ("Plum"), so that no other database is written to by mistake. */
const APPLICATION_ID = 0x506c756d;
const SCHEMA_VERSION = 2;
/** Versions this code reads: version 1 is version 2 without its open calls, added when opened for writing. */
const READABLE_VERSIONS: readonly number[] = [1, SCHEMA_VERSION];

/**
 * The record column holds the exact canonical JSON that was hashed, so every stored byte but `seq`
 * is covered by the chain; the time index is an expression over it rather than a column of its own.
 */
const SCHEMA = `
CREATE TABLE audit_records (
  seq INTEGER PRIMARY KEY,
  record TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;
CREATE INDEX audit_records_time ON audit_records (json_extract(record, '$.time'));
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL
) STRICT;
CREATE TABLE audit_ping (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  at TEXT NOT NULL
) STRICT;
`;

/**
 * Calls that reached the model and have no record yet: each one's note holds, as canonical JSON,
 * the record it gets if it never ends (outcome `interrupted`); `owner` is the writer that noted it.
 */
const OPEN_CALLS_SCHEMA = `
CREATE TABLE audit_open_calls (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  owner TEXT NOT NULL,
  record TEXT NOT NULL
) STRICT;
`;

/** The write `ping` makes, and opening for writing makes once, to know that a write goes through. */
const TOUCH =
  "INSERT INTO audit_ping (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at";

/** Records waiting for a batch are bounded so that one commit never holds the event loop for long. */
const MAX_BATCH = 512;
/** Commits in microtasks before the event loop is let run (see `#enqueue`). */
const COMMITS_PER_TURN = 64;
const EXPORT_PAGE = 1000;

/** The file exists but is not a Plume audit store (another database, another format, a newer schema). */
export class NotAnAuditDatabaseError extends Error {
  override name = "NotAnAuditDatabaseError";

  constructor(
    readonly path: string,
    message: string,
    options?: ErrorOptions
  ) {
    super(message, options);
  }
}

/**
 * Why a store could not be opened for writing, for a start-up message that says what to fix:
 * the directory is missing, the path names a directory, or the file or its directory cannot be
 * written (permissions, a read-only file or file system).
 */
export type AuditOpenProblem = "missing_directory" | "is_directory" | "not_writable";

/** Opening for writing failed for a reason the admin can fix; `cause` holds SQLite's own error. */
export class AuditStoreOpenError extends Error {
  override name = "AuditStoreOpenError";

  constructor(
    readonly path: string,
    readonly problem: AuditOpenProblem,
    options?: ErrorOptions
  ) {
    super(`cannot open the audit store ${path} for writing (${problem})`, options);
  }
}

/**
 * An fsync of the write-ahead log failed. After such a failure the kernel may have dropped the
 * pages it could not write, and a later fsync succeed without them: the store takes no more
 * records rather than acknowledge one it cannot vouch for.
 */
export class AuditSyncError extends Error {
  override name = "AuditSyncError";
}

/**
 * The file an open store writes to is no longer the one its path names (deleted, or replaced by
 * another): what is written to it would vanish with the process.
 */
export class AuditFileLostError extends Error {
  override name = "AuditFileLostError";

  constructor(readonly path: string) {
    super(
      `the audit file ${path} was removed or replaced while open: records written since are lost`
    );
  }
}

export interface SqliteAuditStoreOptions {
  /** Opens an existing store to verify or export it, without writing a byte to it. */
  readonly?: boolean;
  /**
   * When an append is acknowledged: once its record is flushed to disk (the default), or once it
   * is committed to the operating system, which a killed process does not lose but a power loss may.
   */
  flush?: AuditFlush;
}

/** SQLite's own checkpoint threshold, in pages of the log. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;

/** A call noted in this store; `id` is its note's row once committed. */
class NotedCall implements OpenCall {
  id: number | undefined;
  readonly noted: Promise<void>;
  readonly settle: (failure?: unknown) => void;

  constructor() {
    let settle!: (failure?: unknown) => void;
    this.noted = new Promise<void>((resolve, reject) => {
      settle = (failure) => (failure ? reject(failure) : resolve());
    });
    // Awaited by the append of the call's record, if it comes: a failed note is not unhandled.
    this.noted.catch(() => undefined);
    this.settle = settle;
  }
}

/** What waits for the next commit: a call's note, or a record (with its call's note, if any). */
type Pending =
  | { kind: "note"; record: AuditRecord; call: NotedCall }
  | {
      kind: "record";
      record: AuditRecord;
      call: NotedCall | undefined;
      resolve: (stored: StoredRecord) => void;
      reject: (error: unknown) => void;
    };

/** Told when the flush in flight has covered a commit: with the failure, if it failed. */
type FlushWaiter = (failure: AuditSyncError | undefined) => void;

/**
 * The embedded audit store. Appends are committed together in a microtask: one transaction for
 * every record appended by the code that runs until then. Not once per turn of the event loop, as
 * before the log was flushed off the loop: under 50 streams a turn's I/O callbacks made each append
 * wait about as long as the flush itself. Each batch takes the write lock up front
 * (`BEGIN IMMEDIATE`) and reads the head inside it, so several processes on one file still chain
 * correctly.
 *
 * A record without a note (a refusal) is acknowledged only once its commit is on disk, as with
 * `synchronous = FULL`, but the fsync is not made by SQLite on the event loop: the commit is
 * written with `synchronous = NORMAL`, then the write-ahead log is fsynced from libuv's thread
 * pool, once for every commit that ended before that fsync began. Under load an fsync on the event
 * loop took 1 to 2 ms, during which no stream moved; now streams go on while the disk works.
 *
 * A call that reaches the model is noted first (`begin`), its note committed before the request
 * leaves and flushed while the model writes. Its record, at the end, is acknowledged once
 * committed, its note being on disk by then: the flush before `[DONE]` was the largest part of
 * what the gateway added to a stream (2.2 ms of +6 at p50 at 50 streams, and most of its p99). A
 * killed process loses no acknowledged record (it is committed); a power loss before the record's
 * own flush (the next one: another call's note, or a checkpoint within a second) leaves its note,
 * which the next writer to open the file chains as the call's record, with outcome `interrupted`.
 * So does a gateway killed in the middle of a call, which before left no trace of it, or switched
 * off once the note is flushed (a few milliseconds after the request left).
 *
 * With `flush: "os"` there is no flush: an append is acknowledged once committed, which a killed
 * process does not lose and a power loss may.
 */
export class SqliteAuditStore implements AuditStore {
  readonly #db: Database;
  #queue: Pending[] = [];
  #flushScheduled = false;
  /** Commits scheduled in microtasks since the last turn of the event loop. */
  #commitsThisTurn = 0;
  #closed = false;
  /** The files a committed record lives in, as opened; empty in memory and read-only. */
  readonly #files: readonly OpenFile[];
  /** The write-ahead log, opened to flush it; absent in memory, read-only, and with `flush: "os"`. */
  readonly #walDescriptor: number | undefined;
  /** What waits for a flush that the one in flight (if any) does not cover, in commit order. */
  #unsynced: FlushWaiter[] = [];
  #syncing: Promise<void> | undefined;
  #syncFailure: AuditSyncError | undefined;
  /** Checkpoints the log off the event loop; absent in memory and read-only. */
  readonly #checkpointer: BackgroundCheckpointer | undefined;
  /** Names this writer in its notes, and tells other writers of the file it is alive; absent read-only. */
  readonly #lock: WriterLock | undefined;

  readonly #selectHead;
  readonly #selectRows;
  readonly #selectLastSeq;
  readonly #selectFirstSince;
  readonly #selectPage;
  readonly #selectChainedFrom;
  readonly #writeBatch;
  readonly #touch;
  /** Absent for a store of schema version 1 opened read-only, which has no notes. */
  readonly #countNotes;

  /**
   * `path` is a file, created when absent unless read-only; `:memory:` is allowed for tests.
   * Opening for writing fails with an {@link AuditStoreOpenError} when the file cannot be written.
   */
  constructor(path: string, options: SqliteAuditStoreOptions = {}) {
    const readonly = options.readonly ?? false;
    let db: Database;
    try {
      db = new Database(path, { readonly, fileMustExist: readonly });
    } catch (error) {
      throw readonly ? error : openError(path, error);
    }
    try {
      if (readonly) checkIdentity(db);
      else initialise(db);
    } catch (error) {
      db.close();
      // The first read of a file that is not SQLite fails with SQLITE_NOTADB.
      const notADatabase = error instanceof Database.SqliteError && error.code === "SQLITE_NOTADB";
      if (notADatabase)
        throw new NotAnAuditDatabaseError(path, `${path} is not a SQLite database`, {
          cause: error,
        });
      throw readonly ? error : openError(path, error);
    }
    this.#db = db;

    this.#selectHead = db.prepare<[], ChainHead>("SELECT seq, hash FROM audit_head WHERE id = 1");
    this.#selectRows = db.prepare<[], ChainRow>(
      "SELECT seq, record, prev_hash AS prevHash, hash FROM audit_records ORDER BY seq"
    );
    this.#selectLastSeq = db.prepare<[], { seq: number | null }>(
      "SELECT max(seq) AS seq FROM audit_records"
    );
    // The planner left to itself walks the whole table for a recent date; the index finds it directly.
    this.#selectFirstSince = db.prepare<[string], { seq: number | null }>(
      "SELECT min(seq) AS seq FROM audit_records INDEXED BY audit_records_time WHERE json_extract(record, '$.time') >= ?"
    );
    // The unary + keeps the time index out, so pages are read along the primary key; without
    // --since, a row whose time is unreadable (tampered) is still exported rather than dropped.
    this.#selectPage = db.prepare<
      [{ after: number; upTo: number; since: string; limit: number }],
      ChainRow
    >(
      `SELECT seq, record, prev_hash AS prevHash, hash FROM audit_records
       WHERE seq > @after AND seq <= @upTo AND (@since = '' OR +json_extract(record, '$.time') >= @since)
       ORDER BY seq LIMIT @limit`
    );

    // Only asked when verify finds a broken link, so a full scan (no index on prev_hash) is fine.
    this.#selectChainedFrom = db.prepare<[string, number], ChainRow>(
      `SELECT seq, record, prev_hash AS prevHash, hash FROM audit_records
       WHERE prev_hash = ? AND seq < ? ORDER BY seq DESC LIMIT 1`
    );

    const insertRow = db.prepare<[ChainRow]>(
      "INSERT INTO audit_records (seq, record, prev_hash, hash) VALUES (@seq, @record, @prevHash, @hash)"
    );
    const saveHead = db.prepare<[ChainHead]>(
      "INSERT INTO audit_head (id, seq, hash) VALUES (1, @seq, @hash) ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"
    );
    /** Chains records after the head, in one transaction the caller opens. */
    const chainer = () => {
      let head = this.#selectHead.get() ?? null;
      return {
        add: (record: AuditRecord): ChainRow => {
          const row = linkRecord(record, head);
          insertRow.run(row);
          head = { seq: row.seq, hash: row.hash };
          return row;
        },
        save: () => {
          if (head) saveHead.run(head);
        },
      };
    };
    const notes = readonly ? undefined : openCallStatements(db);
    this.#writeBatch = db.transaction((batch: Pending[]): Array<ChainRow | undefined> => {
      if (!notes || !this.#lock) throw new Error("the audit store is read-only");
      // Before writing, so that nothing is committed by a writer that other writers may take for
      // gone (its lock file deleted): they would chain its notes while it records the same calls.
      this.#checkFiles();
      const owner = this.#lock.owner;
      const chain = chainer();
      const rows = batch.map((pending) => {
        if (pending.kind === "note") {
          // Set now, so that a record of the same batch removes it; unset if the batch fails.
          const note = { owner, record: canonicalJson(pending.record) };
          pending.call.id = Number(notes.insert.run(note).lastInsertRowid);
          return undefined;
        }
        if (pending.call?.id !== undefined) notes.remove.run({ id: pending.call.id, owner });
        return chain.add(pending.record);
      });
      chain.save();
      return rows;
    });
    this.#touch = db.prepare<[string]>(TOUCH);
    const hasNotes = db
      .prepare<[], { n: number }>(
        "SELECT count(*) AS n FROM sqlite_schema WHERE name = 'audit_open_calls'"
      )
      .get()?.n;
    this.#countNotes = hasNotes
      ? db.prepare<[], { n: number }>("SELECT count(*) AS n FROM audit_open_calls")
      : undefined;
    let lock: WriterLock | undefined;
    let walDescriptor: number | undefined;
    try {
      if (notes) {
        lock = this.#lock = new WriterLock(db.memory ? undefined : path);
        if (!db.memory) recoverGoneWriters(db, path, lock.owner, notes, chainer);
      }
      // A read makes SQLite open the write-ahead log, so that it is there to be noted too.
      this.#selectHead.get();
      // The lock file too: a writer whose file is deleted looks gone, and its calls would be
      // chained as interrupted by the next writer while it records them itself.
      this.#files =
        db.memory || readonly
          ? []
          : [openFile(path), openFile(`${path}-wal`), ...(lock?.path ? [openFile(lock.path)] : [])];
      walDescriptor = this.#walDescriptor =
        this.#files[1] && options.flush !== "os" ? openSync(this.#files[1].path, "r+") : undefined;
      if (this.#files.length > 0) {
        db.pragma("wal_autocheckpoint = 0");
        // Without its checkpointer the log would grow without end: SQLite checkpoints it again.
        this.#checkpointer = new BackgroundCheckpointer(path, () => {
          if (!this.#closed) db.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
        });
      }
    } catch (error) {
      if (walDescriptor !== undefined) closeSync(walDescriptor);
      db.close();
      lock?.release();
      throw error;
    }
  }

  /**
   * Commits the note at once, in a transaction of its own, so that the call goes to the model only
   * once a killed process would leave it audited (measured: no cost to a stream's latency against
   * a note written a turn later, after the request).
   */
  begin(interrupted: AuditRecord): OpenCall {
    if (this.#closed) throw new Error("the audit store is closed");
    if (this.#syncFailure) throw this.#syncFailure;
    const call = new NotedCall();
    const failure = this.#commit([{ kind: "note", record: parseAuditRecord(interrupted), call }]);
    if (failure) throw failure;
    return call;
  }

  async append(record: AuditRecord, call?: OpenCall): Promise<StoredRecord> {
    if (this.#closed) throw new Error("the audit store is closed");
    if (this.#syncFailure) throw this.#syncFailure;
    const valid = parseAuditRecord(record);
    const noted = call instanceof NotedCall ? call : undefined;
    return new Promise((resolve, reject) => {
      this.#enqueue({ kind: "record", record: valid, call: noted, resolve, reject });
    });
  }

  #enqueue(pending: Pending): void {
    this.#queue.push(pending);
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    // Without a flush to wait for (flush "os", memory), an append settles in microtasks alone: a
    // caller appending in a loop would hold the event loop, so every so many it waits for a turn.
    if (this.#commitsThisTurn++ < COMMITS_PER_TURN) queueMicrotask(() => this.#flush());
    else setImmediate(() => this.#flush());
    if (this.#commitsThisTurn === 1) setImmediate(() => (this.#commitsThisTurn = 0));
  }

  /** Commits one batch, and leaves the rest to the next turn so that other work runs between commits. */
  #flush(): void {
    this.#flushScheduled = false;
    this.#commit(this.#queue.splice(0, MAX_BATCH));
    if (this.#queue.length > 0 && !this.#closed) {
      this.#flushScheduled = true;
      setImmediate(() => this.#flush());
    }
  }

  /**
   * Every record of a failed batch is rejected, none half-written: the transaction rolls back whole.
   * A batch for a file that its path no longer names is rejected too, before it is written: it
   * would be lost. Returns the error of a batch that failed.
   */
  #commit(batch: Pending[]): unknown {
    if (batch.length === 0) return undefined;
    let rows: Array<ChainRow | undefined>;
    try {
      rows = this.#writeBatch.immediate(batch);
    } catch (error) {
      for (const pending of batch)
        if (pending.kind === "record") pending.reject(error);
        else {
          pending.call.id = undefined;
          pending.call.settle(error);
        }
      return error;
    }
    batch.forEach((pending, i) => {
      if (pending.kind === "note") {
        this.#unsynced.push((failure) => pending.call.settle(failure));
        return;
      }
      const row = rows[i]!;
      const stored = {
        seq: row.seq,
        prevHash: row.prevHash,
        hash: row.hash,
        record: pending.record,
      };
      if (pending.call?.id === undefined) {
        this.#unsynced.push((failure) =>
          failure ? pending.reject(failure) : pending.resolve(stored)
        );
        return;
      }
      // Its note on disk stands for it. Its own flush is not even asked for: the next flush covers
      // it (another call's note, or the next checkpoint, within a second). Asking for one per call
      // doubled the flushes, and commits on the event loop waited behind them: +1.4 ms p50 at 50
      // streams in the scratch harness, +0.5 ms p90 for an append.
      pending.call.noted.then(() => pending.resolve(stored), pending.reject);
    });
    this.#sync();
    return undefined;
  }

  /**
   * Fsyncs the write-ahead log for the records committed so far, unless an fsync is in flight: the
   * records committed meanwhile then wait for the next one, which it starts when it ends.
   */
  #sync(): void {
    if (this.#syncing || this.#unsynced.length === 0) return;
    const batch = this.#unsynced;
    this.#unsynced = [];
    const descriptor = this.#walDescriptor;
    this.#syncing = new Promise<void>((done) => {
      const settle = (error: Error | null) => {
        if (error)
          this.#syncFailure ??= new AuditSyncError(
            `the audit log could not be written to disk: ${error.message}`,
            { cause: error }
          );
        for (const waiter of batch) waiter(this.#syncFailure);
        this.#syncing = undefined;
        done();
        this.#sync();
      };
      if (descriptor === undefined) queueMicrotask(() => settle(null));
      else fdatasync(descriptor, settle);
    });
  }

  async verify(options: VerifyOptions = {}): Promise<VerifyResult> {
    // One read transaction: the rows and the head are seen at the same instant, even while another process appends.
    const walk = this.#db.transaction((): VerifyResult => {
      const walker = new ChainWalker(
        (prevHash, beforeSeq) => this.#selectChainedFrom.get(prevHash, beforeSeq),
        options
      );
      for (const row of this.#selectRows.iterate()) {
        const broken = walker.next(row);
        if (broken) return broken;
      }
      const result = walker.end(this.#selectHead.get() ?? null);
      return result.ok ? { ...result, openCalls: this.#countNotes?.get()?.n ?? 0 } : result;
    });
    return walk.deferred();
  }

  /** Pages along the primary key, so appends on this connection can interleave with a long export. */
  async *export(options: ExportOptions = {}): AsyncIterable<StoredRecord> {
    const since = options.since?.toISOString() ?? "";
    const upTo = this.#selectLastSeq.get()?.seq ?? 0;
    let after = since ? (this.#selectFirstSince.get(since)?.seq ?? upTo + 1) - 1 : 0;
    while (after < upTo) {
      const page = this.#selectPage.all({ after, upTo, since, limit: EXPORT_PAGE });
      if (page.length === 0) return;
      for (const row of page) {
        // Not validated again: `verify` is the integrity check, export shows what is stored.
        yield {
          seq: row.seq,
          prevHash: row.prevHash,
          hash: row.hash,
          record: JSON.parse(row.record) as AuditRecord,
        };
      }
      after = page[page.length - 1]!.seq;
    }
  }

  async ping(): Promise<boolean> {
    if (this.#closed || this.#db.readonly || this.#syncFailure) return false;
    try {
      this.#touch.run(new Date().toISOString());
      this.#checkFiles();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Throws when the database or its write-ahead log is no longer the file its path names. Deleted
   * files stay writable through the descriptors SQLite holds, so nothing else would tell; one stat
   * of each per batch, against one fsync.
   */
  #checkFiles(): void {
    for (const file of this.#files) {
      const now = statSync(file.path, { bigint: true, throwIfNoEntry: false });
      if (now?.dev !== file.dev || now.ino !== file.ino) throw new AuditFileLostError(file.path);
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    while (this.#queue.length > 0) this.#commit(this.#queue.splice(0, MAX_BATCH));
    while (this.#syncing) await this.#syncing;
    await this.#checkpointer?.stop();
    this.#db.close();
    if (this.#walDescriptor !== undefined) closeSync(this.#walDescriptor);
    // Notes left open (calls that never ended) are chained by the next writer to open the file.
    this.#lock?.release();
  }
}

/** A file as it was when opened: the device and inode its path named then. */
interface OpenFile {
  path: string;
  dev: bigint;
  ino: bigint;
}

/** Noted just after SQLite opened it; a file swapped in between would not be noticed. */
function openFile(path: string): OpenFile {
  const { dev, ino } = statSync(resolve(path), { bigint: true });
  return { path: resolve(path), dev, ino };
}

/** What kind of thing `path` names; an unreadable path counts as missing. */
function kindOf(path: string): "file" | "directory" | "missing" {
  try {
    return statSync(path).isDirectory() ? "directory" : "file";
  } catch {
    return "missing";
  }
}

/** The open error that says what to fix, when the file system or SQLite says why it failed. */
function openError(path: string, error: unknown): unknown {
  const problem: AuditOpenProblem | undefined =
    kindOf(dirname(resolve(path))) !== "directory"
      ? "missing_directory"
      : kindOf(path) === "directory"
        ? "is_directory"
        : error instanceof Database.SqliteError &&
            /^SQLITE_(CANTOPEN|READONLY|PERM)/.test(error.code)
          ? "not_writable"
          : undefined;
  return problem ? new AuditStoreOpenError(path, problem, { cause: error }) : error;
}

function readIdentity(db: Database): { applicationId: number; version: number; objects: number } {
  return {
    applicationId: db.pragma("application_id", { simple: true }) as number,
    version: db.pragma("user_version", { simple: true }) as number,
    objects: db.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_schema").get()?.n ?? 0,
  };
}

function checkIdentity(db: Database, versions: readonly number[] = READABLE_VERSIONS): void {
  const { applicationId, version } = readIdentity(db);
  if (applicationId !== APPLICATION_ID)
    throw new NotAnAuditDatabaseError(db.name, `${db.name} is not a Plume audit database`);
  if (!versions.includes(version))
    throw new NotAnAuditDatabaseError(
      db.name,
      `${db.name} has audit schema version ${version}, this Plume reads version ${versions.join(" or ")}`
    );
}

/** Creates the schema in an empty file, or checks an existing one; refuses any other database. */
function initialise(db: Database): void {
  db.transaction(() => {
    const { applicationId, objects, version } = readIdentity(db);
    if (applicationId === 0 && objects === 0) {
      db.exec(SCHEMA + OPEN_CALLS_SCHEMA);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    } else if (applicationId === APPLICATION_ID && version === 1) {
      db.exec(OPEN_CALLS_SCHEMA);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    }
    checkIdentity(db, [SCHEMA_VERSION]);
    // SQLite opens a file it may not write read-only without a word; every append would fail later.
    db.prepare<[string]>(TOUCH).run(new Date().toISOString());
  }).immediate();
  const mode = db.pragma("journal_mode = WAL", { simple: true });
  if (mode !== "wal" && !db.memory)
    throw new Error(`${db.name} cannot use write-ahead logging (journal mode ${String(mode)})`);
  // Durable all the same: the store fsyncs the log itself, off the event loop, before acknowledging.
  db.pragma("synchronous = NORMAL");
}

function openCallStatements(db: Database) {
  return {
    insert: db.prepare<[{ owner: string; record: string }]>(
      "INSERT INTO audit_open_calls (owner, record) VALUES (@owner, @record)"
    ),
    remove: db.prepare<[{ id: number; owner: string }]>(
      "DELETE FROM audit_open_calls WHERE id = @id AND owner = @owner"
    ),
    owners: db.prepare<[], { owner: string }>("SELECT DISTINCT owner FROM audit_open_calls"),
    of: db.prepare<[string], { id: number; record: string }>(
      "SELECT id, record FROM audit_open_calls WHERE owner = ? ORDER BY id"
    ),
  };
}

/**
 * Chains the notes of the writers of this file that are gone (killed, crashed, or on a machine
 * that lost power) as their calls' records, outcome `interrupted`, each note removed in the same
 * transaction. Notes of writers still alive (another gateway process on the file) are theirs. A
 * note that is not a valid record (edited in the file) is left where it is, for `verify` to count,
 * rather than keep every gateway from starting.
 */
function recoverGoneWriters(
  db: Database,
  path: string,
  self: string,
  notes: ReturnType<typeof openCallStatements>,
  chainer: () => { add(record: AuditRecord): ChainRow; save(): void }
): void {
  const gone = db
    .transaction(() => {
      const writers = goneWriters(
        path,
        notes.owners.all().map((row) => row.owner),
        self
      );
      const chain = chainer();
      for (const owner of writers)
        for (const note of notes.of.all(owner)) {
          const record = readNote(note.record);
          if (!record) continue;
          chain.add(record);
          notes.remove.run({ id: note.id, owner });
        }
      chain.save();
      return writers;
    })
    .immediate();
  for (const writer of gone) forgetWriter(path, writer);
}

function readNote(text: string): AuditRecord | undefined {
  try {
    return parseAuditRecord(JSON.parse(text));
  } catch {
    return undefined;
  }
}
