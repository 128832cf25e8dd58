import type { AuditRecord } from "./record.ts";

/** When an append is acknowledged: once flushed to disk, or once committed to the operating system. */
export const AUDIT_FLUSHES = ["disk", "os"] as const;
export type AuditFlush = (typeof AUDIT_FLUSHES)[number];

/** A record as the chain holds it: its place, the hash of the one before, and its own hash. */
export interface StoredRecord {
  seq: number;
  prevHash: string;
  hash: string;
  record: AuditRecord;
}

/** The last link of the chain, kept apart from the rows so that a deleted tail shows. */
export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * What breaks a chain, as seen from the rows:
 * - `hash_mismatch`: the row's hash is not that of its content (the row was edited);
 * - `seq_gap`: the expected sequence number is absent (a row was deleted);
 * - `prev_hash_mismatch`: the row does not follow the one before it (rows deleted and renumbered, or reordered);
 * - `invalid_record`: the content hashes right but is not a valid, canonical record (rewritten with its hash);
 * - `truncated`: the head counts rows that are no longer there (the tail was deleted);
 * - `head_mismatch`: the head does not name the last row (rows added behind its back, or the head edited);
 * - `head_missing`: there are rows but no head (the head was deleted, so a deleted tail could not show);
 * - `anchor_mismatch`: a head noted outside the store earlier (an anchor) is not in the chain any more:
 *   the row at its seq has another hash, or is gone. A chain rewritten with valid hashes from an
 *   edited row on holds together; only an anchor kept elsewhere shows it.
 */
export type ChainBreak =
  | "hash_mismatch"
  | "seq_gap"
  | "prev_hash_mismatch"
  | "invalid_record"
  | "truncated"
  | "head_mismatch"
  | "head_missing"
  | "anchor_mismatch";

export type VerifyResult =
  /**
   * `count` records, all linked; `head` is null for an empty store. `openCalls`: calls noted and
   * not yet recorded, in flight or, if their gateway is gone, chained as interrupted when a
   * gateway opens the store again.
   */
  | { ok: true; count: number; head: ChainHead | null; openCalls?: number }
  /**
   * `count` records verified before the first break, at `seq` (for `anchor_mismatch`, those up to
   * the last anchor found); `time` is that row's stored time when it is readable.
   */
  | { ok: false; count: number; seq: number; reason: ChainBreak; time?: string };

export interface VerifyOptions {
  /** Heads noted outside the store earlier: each must still be in the chain, at its seq. */
  anchors?: readonly ChainHead[];
}

export interface ExportOptions {
  /** Only records whose `time` is at or after this instant. */
  since?: Date;
}

/** A call noted by {@link AuditStore.begin}, to be closed by the append of its record. */
export interface OpenCall {
  /** Settles once the note is as durable as an acknowledged record; the append of the call waits for it. */
  readonly noted: Promise<void>;
}

/**
 * Where audit records go. The embedded default is SQLite; several gateway replicas will share a
 * PostgreSQL implementation of the same contract, computing hashes with the same {@link ./chain.ts}.
 */
export interface AuditStore {
  /**
   * Notes a call about to reach the model, as the record it will have if it never ends: outcome
   * `interrupted`. Returns once a killed process would keep the note, and throws when it cannot be
   * written (`AuditRecordError` if the record does not fit): the call must not go to the model then.
   * A note whose record is never appended (the gateway killed, the machine off) is chained as that
   * record by the next writer to open the store.
   */
  begin(interrupted: AuditRecord): OpenCall;
  /**
   * Validates the record (rejecting with `AuditRecordError` if it does not fit), chains it and
   * resolves once it is durable: an acknowledged record survives a killed process and a power loss.
   * With the call's note, it resolves once committed and the note flushed: a power loss before
   * the record's own flush leaves the note, and the call is still audited, as interrupted.
   */
  append(record: AuditRecord, call?: OpenCall): Promise<StoredRecord>;
  /** Walks the whole chain and reports the first break, an anchor no longer in it included. */
  verify(options?: VerifyOptions): Promise<VerifyResult>;
  /** Records in chain order, as far as the chain went when the export began. */
  export(options?: ExportOptions): AsyncIterable<StoredRecord>;
  /** True when the store can take a write now (for `/readyz`); never rejects. */
  ping(): Promise<boolean>;
  /** Finishes the appends already accepted, then releases the store. */
  close(): Promise<void>;
}
