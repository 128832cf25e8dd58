/**
 * The part of better-sqlite3 12's API the audit store uses. @types/better-sqlite3 is not installed;
 * once it is, this file should be deleted (the two would declare the same module).
 */
declare module "better-sqlite3" {
  namespace Database {
    interface Options {
      readonly?: boolean;
      fileMustExist?: boolean;
      /** Milliseconds to wait for another connection's lock before failing with SQLITE_BUSY. */
      timeout?: number;
    }

    interface RunResult {
      changes: number;
      lastInsertRowid: number | bigint;
    }

    interface Statement<Params extends unknown[] = unknown[], Row = unknown> {
      run(...params: Params): RunResult;
      get(...params: Params): Row | undefined;
      all(...params: Params): Row[];
      iterate(...params: Params): IterableIterator<Row>;
    }

    interface Transaction<F extends (...args: never[]) => unknown> {
      (...args: Parameters<F>): ReturnType<F>;
      deferred(...args: Parameters<F>): ReturnType<F>;
      immediate(...args: Parameters<F>): ReturnType<F>;
      exclusive(...args: Parameters<F>): ReturnType<F>;
    }

    class SqliteError extends Error {
      code: string;
    }
  }

  class Database {
    constructor(filename: string, options?: Database.Options);
    readonly open: boolean;
    readonly inTransaction: boolean;
    readonly name: string;
    readonly readonly: boolean;
    readonly memory: boolean;
    prepare<Params extends unknown[] = unknown[], Row = unknown>(
      source: string
    ): Database.Statement<Params, Row>;
    transaction<F extends (...args: never[]) => unknown>(fn: F): Database.Transaction<F>;
    pragma(source: string, options?: { simple?: boolean }): unknown;
    exec(source: string): this;
    close(): this;
    static SqliteError: typeof Database.SqliteError;
  }

  export default Database;
}
