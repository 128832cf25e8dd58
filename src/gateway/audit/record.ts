import { z } from "zod";
import { ENTITY_TYPES, type EntityType } from "../../redaction/index.ts";

/** How many entities of each type were masked; only the engine's own types can be keys. */
export type EntityCounts = Partial<Record<EntityType, number>>;

/**
 * One audit record per gateway call. It describes the call and never holds any of its content:
 * every field is a number, a boolean, or a short identifier whose pattern leaves no room for prose.
 */
export interface AuditRecord {
  /** ISO 8601 UTC with milliseconds, e.g. `2025-03-01T08:30:00.000Z`. */
  time: string;
  requestId: string;
  /** The token's `oid`, `dev` for the dev token, empty when no identity was established. */
  user: string;
  /** `summarise`, `draft`, `rewrite`, `chat`... */
  action: string;
  /** Empty when the call was refused before a model was known. */
  model: string;
  stream: boolean;
  /** Placeholders already present in what the client sent, by type. */
  maskedByClient: EntityCounts;
  /** What the gateway's own scan masked, by type. */
  maskedByGateway: EntityCounts;
  requestChars: number;
  responseChars: number;
  promptTokens: number | null;
  completionTokens: number | null;
  latencyMs: number;
  /** `ok`, `refused_policy`, `invalid_request`, `rate_limited`, `too_large`, `upstream_error`, `client_cancelled`... */
  outcome: string;
  /** The HTTP status returned to the client. */
  status: number;
}

/**
 * Bounded ASCII identifiers: a sentence cannot fit in them. Exported so that code turning a header
 * or a request field into a record field can test it with the same rule instead of a copy.
 */
export const AUDIT_PATTERNS = {
  requestId: /^[A-Za-z0-9._:-]{1,128}$/,
  user: /^[A-Za-z0-9._@-]{0,128}$/,
  action: /^[a-z][a-z0-9_-]{0,31}$/,
  model: /^(?:[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127})?$/,
  outcome: /^[a-z][a-z_]{0,39}$/,
} as const;

const count = z.number().int().nonnegative();
const counts = z.partialRecord(z.enum(ENTITY_TYPES), count);
const tokens = count.nullable();

/** The record as it must be, keys closed (`strictObject`) so that no extra field such as a `content` can be stored. */
export const auditRecordSchema: z.ZodType<AuditRecord> = z.strictObject({
  time: z.iso.datetime({ precision: 3 }),
  requestId: z.string().regex(AUDIT_PATTERNS.requestId),
  user: z.string().regex(AUDIT_PATTERNS.user),
  action: z.string().regex(AUDIT_PATTERNS.action),
  model: z.string().regex(AUDIT_PATTERNS.model),
  stream: z.boolean(),
  maskedByClient: counts,
  maskedByGateway: counts,
  requestChars: count,
  responseChars: count,
  promptTokens: tokens,
  completionTokens: tokens,
  latencyMs: z.number().nonnegative().finite(),
  outcome: z.string().regex(AUDIT_PATTERNS.outcome),
  status: z.number().int().min(100).max(599),
});

/** A record that does not fit the schema. Its message names fields and rules, never values. */
export class AuditRecordError extends Error {
  override name = "AuditRecordError";
}

/** Key names are code, not user input, but they are shown only when they look like identifiers. */
const safeKey = (key: PropertyKey) =>
  typeof key === "string" && /^[A-Za-z0-9_]{1,40}$/.test(key) ? key : "?";

/** Validates a record on its way into a store; throws {@link AuditRecordError}. */
export function parseAuditRecord(input: unknown): AuditRecord {
  const result = auditRecordSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.map(safeKey).join(".") || "(record)";
    return issue.code === "unrecognized_keys"
      ? `${where}: unknown key(s) ${issue.keys.map(safeKey).join(", ")}`
      : `${where}: ${issue.code}`;
  });
  throw new AuditRecordError(`invalid audit record: ${problems.join("; ")}`);
}
