export { canonicalJson } from "./canonical-json.ts";
export { chainHash, ChainWalker, GENESIS_HASH, linkRecord, type ChainRow } from "./chain.ts";
export { CSV_COLUMNS, csvHeader, csvLine, jsonLine } from "./export-format.ts";
export {
  AUDIT_PATTERNS,
  AuditRecordError,
  auditRecordSchema,
  parseAuditRecord,
  type AuditRecord,
  type EntityCounts,
} from "./record.ts";
export {
  NotAnAuditDatabaseError,
  SqliteAuditStore,
  type SqliteAuditStoreOptions,
} from "./sqlite-store.ts";
export type {
  AuditStore,
  ChainBreak,
  ChainHead,
  ExportOptions,
  OpenCall,
  StoredRecord,
  VerifyOptions,
  VerifyResult,
} from "./store.ts";
