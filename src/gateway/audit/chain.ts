import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json.ts";
import { auditRecordSchema, type AuditRecord } from "./record.ts";
import type { ChainBreak, ChainHead, VerifyResult } from "./store.ts";

/** The `prev_hash` of the first record: a fixed value any implementation can start from. */
export const GENESIS_HASH = "0".repeat(64);

/** SHA-256, in hex, of the previous hash followed by the record's canonical JSON (UTF-8). */
export function chainHash(prevHash: string, canonicalRecord: string): string {
  return createHash("sha256")
    .update(prevHash + canonicalRecord, "utf8")
    .digest("hex");
}

/** A row as any store keeps it: the record is the exact canonical text that was hashed. */
export interface ChainRow {
  seq: number;
  record: string;
  prevHash: string;
  hash: string;
}

/** The row that follows `head` for a record already validated. */
export function linkRecord(record: AuditRecord, head: ChainHead | null): ChainRow {
  const text = canonicalJson(record);
  const prevHash = head?.hash ?? GENESIS_HASH;
  return { seq: (head?.seq ?? 0) + 1, record: text, prevHash, hash: chainHash(prevHash, text) };
}

type Break = Extract<VerifyResult, { ok: false }>;

/** The stored time of a row, for locating it, when its content is still readable. */
function timeOf(text: string): string | undefined {
  try {
    const time = (JSON.parse(text) as { time?: unknown } | null)?.time;
    return typeof time === "string" ? time : undefined;
  } catch {
    return undefined;
  }
}

function isCanonicalRecord(text: string): boolean {
  try {
    const parsed = auditRecordSchema.safeParse(JSON.parse(text));
    return parsed.success && canonicalJson(parsed.data) === text;
  } catch {
    return false;
  }
}

/**
 * Walks a chain one row at a time, in `seq` order, so that a store can stream its rows through it
 * without holding them. `next` returns the first break it sees; `end` then checks the head.
 */
export class ChainWalker {
  private count = 0;
  private last: ChainHead | null = null;

  private broken(seq: number, reason: ChainBreak, row?: ChainRow): Break {
    const time = row && timeOf(row.record);
    return { ok: false, count: this.count, seq, reason, ...(time ? { time } : {}) };
  }

  next(row: ChainRow): Break | null {
    const expectedSeq = this.count + 1;
    if (row.seq !== expectedSeq) return this.broken(expectedSeq, "seq_gap");
    if (row.prevHash !== (this.last?.hash ?? GENESIS_HASH))
      return this.broken(row.seq, "prev_hash_mismatch", row);
    if (row.hash !== chainHash(row.prevHash, row.record))
      return this.broken(row.seq, "hash_mismatch", row);
    if (!isCanonicalRecord(row.record)) return this.broken(row.seq, "invalid_record", row);
    this.count++;
    this.last = { seq: row.seq, hash: row.hash };
    return null;
  }

  end(head: ChainHead | null): VerifyResult {
    const lastSeq = this.last?.seq ?? 0;
    if (!head)
      return this.last ? this.broken(lastSeq, "head_missing") : { ok: true, count: 0, head: null };
    if (head.seq > lastSeq) return this.broken(lastSeq + 1, "truncated");
    if (head.seq < lastSeq)
      return { ...this.broken(head.seq + 1, "head_mismatch"), count: head.seq };
    if (head.hash !== this.last?.hash) return this.broken(head.seq, "head_mismatch");
    return { ok: true, count: this.count, head };
  }
}
