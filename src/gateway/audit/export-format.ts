import { ENTITY_TYPES } from "../../redaction/index.ts";
import type { AuditRecord } from "./record.ts";
import type { StoredRecord } from "./store.ts";

type Scalar = string | number | boolean | null | undefined;

const SCALAR_FIELDS = [
  "time",
  "requestId",
  "user",
  "action",
  "model",
  "stream",
  "outcome",
  "status",
  "latencyMs",
  "requestChars",
  "responseChars",
  "promptTokens",
  "completionTokens",
] as const satisfies readonly (keyof AuditRecord)[];

const COUNT_FIELDS = [
  "maskedByClient",
  "maskedByGateway",
] as const satisfies readonly (keyof AuditRecord)[];

/**
 * One column per field and one per entity type and origin (`maskedByClient.PERSONNE`): the types are
 * the engine's closed list, so the header is known before the first row and a spreadsheet can sum a
 * column directly. A count absent from a record is 0.
 */
export const CSV_COLUMNS: readonly string[] = [
  "seq",
  ...SCALAR_FIELDS,
  ...COUNT_FIELDS.flatMap((field) => ENTITY_TYPES.map((type) => `${field}.${type}`)),
  "prevHash",
  "hash",
];

/** RFC 4180 line ending. */
const EOL = "\r\n";

function csvField(value: Scalar): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(",") + EOL;
}

export function csvLine({ seq, prevHash, hash, record }: StoredRecord): string {
  // `?.`: exported rows are not validated again, and a tampered one should still print.
  const counts = (field: (typeof COUNT_FIELDS)[number]) =>
    ENTITY_TYPES.map((type) => record[field]?.[type] ?? 0);
  const values: Scalar[] = [
    seq,
    ...SCALAR_FIELDS.map((field) => record[field]),
    ...COUNT_FIELDS.flatMap(counts),
    prevHash,
    hash,
  ];
  return values.map(csvField).join(",") + EOL;
}

/**
 * One JSON object per line, the record nested as stored, so that anyone can recompute
 * `hash = SHA-256(prevHash + canonical JSON of record)` from the export alone.
 */
export function jsonLine({ seq, prevHash, hash, record }: StoredRecord): string {
  return JSON.stringify({ seq, prevHash, hash, record }) + "\n";
}
