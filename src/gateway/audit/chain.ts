import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json.ts";
import { auditRecordSchema, type AuditRecord } from "./record.ts";
import type { ChainBreak, ChainHead, VerifyOptions, VerifyResult } from "./store.ts";

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
 * Finds, among the rows before `beforeSeq`, the last one chained from the row whose hash is
 * `prevHash`. Asked once, after the walk, when a row does not follow the one before it.
 */
export type ChainLookup = (prevHash: string, beforeSeq: number) => ChainRow | undefined;

/** A row whose `prevHash` is not the hash of the row before it: where the chain first breaks. */
interface Suspect {
  row: ChainRow;
  /** The row before it, which the walk found linked to everything before. */
  before: ChainRow | null;
  /** Whether a later row follows `before` (the suspect and those after it up to there were inserted). */
  laterFollowsBefore: boolean;
  /** Whether a later row has the hash the suspect claims to follow (rows were moved). */
  predecessorLater: boolean;
}

/**
 * Walks a chain one row at a time, in `seq` order, so that a store can stream its rows through it
 * without holding them. `next` returns the first break it can name at once; `end` then checks the
 * head.
 *
 * A row that does not follow the one before it is not named at once: the same broken link comes
 * from a row inserted before it, from its predecessor edited and its hash recomputed, from rows
 * deleted and the rest renumbered, or from rows moved. The walk goes on to the end, comparing links
 * only, and `end` names the first row that is wrong from what it saw and from `lookup`.
 */
export class ChainWalker {
  private count = 0;
  private last: ChainRow | null = null;
  private suspect: Suspect | null = null;
  /** The last row seen after the suspect, to compare with the head. */
  private tail: ChainRow | null = null;
  /** The hashes noted for a seq outside the store, by seq (two differing for one seq: one is wrong). */
  private readonly anchors: ReadonlyMap<number, ReadonlySet<string>>;
  /** The seq of the last anchor found: the rows up to it are as they were when it was noted. */
  private anchored = 0;

  constructor(
    private readonly lookup: ChainLookup,
    options: VerifyOptions = {}
  ) {
    const anchors = new Map<number, Set<string>>();
    for (const { seq, hash } of options.anchors ?? []) {
      const hashes = anchors.get(seq);
      if (hashes) hashes.add(hash);
      else anchors.set(seq, new Set([hash]));
    }
    this.anchors = anchors;
  }

  private broken(seq: number, reason: ChainBreak, row?: ChainRow | null): Break {
    const time = row && timeOf(row.record);
    return { ok: false, count: this.count, seq, reason, ...(time ? { time } : {}) };
  }

  /** A chain that holds together but no longer passes through a head noted earlier: rewritten up to it. */
  private unanchored(seq: number, row?: ChainRow): Break {
    return { ...this.broken(seq, "anchor_mismatch", row), count: this.anchored };
  }

  next(row: ChainRow): Break | null {
    if (this.suspect) {
      this.watch(this.suspect, row);
      return null;
    }
    const expectedSeq = this.count + 1;
    if (row.seq !== expectedSeq) return this.broken(expectedSeq, "seq_gap");
    if (row.prevHash !== (this.last?.hash ?? GENESIS_HASH)) {
      this.suspect = {
        row,
        before: this.last,
        laterFollowsBefore: false,
        predecessorLater: false,
      };
      this.tail = row;
      return null;
    }
    if (row.hash !== chainHash(row.prevHash, row.record))
      return this.broken(row.seq, "hash_mismatch", row);
    if (!isCanonicalRecord(row.record)) return this.broken(row.seq, "invalid_record", row);
    const noted = this.anchors.get(row.seq);
    if (noted && (noted.size > 1 || !noted.has(row.hash))) return this.unanchored(row.seq, row);
    if (noted) this.anchored = row.seq;
    this.count++;
    this.last = row;
    return null;
  }

  private watch(suspect: Suspect, row: ChainRow): void {
    if (row.prevHash === (suspect.before?.hash ?? GENESIS_HASH)) suspect.laterFollowsBefore = true;
    if (row.hash === suspect.row.prevHash) suspect.predecessorLater = true;
    this.tail = row;
  }

  end(head: ChainHead | null): VerifyResult {
    if (this.suspect) return this.diagnose(this.suspect, head);
    const lastSeq = this.last?.seq ?? 0;
    // Noted heads past the last row: the records they name are gone (a trail cut short, or emptied).
    const gone = [...this.anchors.keys()].filter((seq) => seq > lastSeq);
    if (!head && !this.last)
      return gone.length ? this.unanchored(Math.min(...gone)) : { ok: true, count: 0, head: null };
    if (!head) return this.broken(lastSeq, "head_missing");
    if (head.seq > lastSeq) return this.broken(lastSeq + 1, "truncated");
    if (head.seq < lastSeq)
      return { ...this.broken(head.seq + 1, "head_mismatch"), count: head.seq };
    if (head.hash !== this.last?.hash) return this.broken(head.seq, "head_mismatch");
    if (gone.length) return this.unanchored(Math.min(...gone));
    return { ok: true, count: this.count, head };
  }

  /**
   * Names the first wrong row around a broken link, from the strongest evidence to the weakest: an
   * earlier row chained from the row the suspect claims to follow (rows inserted from there); a
   * later row following the suspect's predecessor (the suspect inserted); the suspect's
   * predecessor found later (rows moved); a head naming the last row under another seq (rows
   * deleted and the rest renumbered). Without any of these, the predecessor's content no longer
   * gives the hash the suspect holds: it was edited and its hash recomputed.
   */
  private diagnose(suspect: Suspect, head: ChainHead | null): VerifyResult {
    const { row, before } = suspect;
    const inserted = before ? this.lookup(row.prevHash, row.seq) : undefined;
    if (inserted) {
      return {
        ...this.broken(inserted.seq, "prev_hash_mismatch", inserted),
        count: inserted.seq - 1,
      };
    }
    const renumbered = head !== null && head.hash === this.tail?.hash && head.seq !== this.tail.seq;
    if (!before || suspect.laterFollowsBefore || suspect.predecessorLater || renumbered)
      return this.broken(row.seq, "prev_hash_mismatch", row);
    return { ...this.broken(before.seq, "hash_mismatch", before), count: before.seq - 1 };
  }
}
