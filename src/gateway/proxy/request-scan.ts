import { Engine, Vault, type Entity, type EntityType } from "../../redaction/index.ts";
import { ENTITY_TYPES, isEntityType } from "../../redaction/entity-types.ts";
import { findMentions } from "../../redaction/mention-search.ts";
import { placeholderOfMention } from "../../redaction/placeholder.ts";
import { mapRequestStrings } from "./request-strings.ts";

/** What the admin policy says of personal data arriving at the gateway. */
export interface ScanPolicy {
  /** Types that must never reach the model. */
  neverToModel: readonly EntityType[];
  /** What to do when one arrives in clear anyway. */
  onViolation: "mask" | "refuse";
  /** Types a user may lift a mask for in the task pane: they may arrive in clear. */
  userMayLift: readonly EntityType[];
  alwaysMask: readonly string[];
  neverMask: readonly string[];
}

export type Counts = Record<string, number>;

/** A request's strings read as one document, before anything is scanned. */
export interface ReadRequest {
  /** Every string the model may see, in order: apart on lines of their own, glued text chunks together. */
  document: string;
  /** Where each string sits in the document, in order. */
  spans: { start: number; end: number }[];
  /** Kinds of content the gateway cannot read (`image_url`, `file`...). */
  unreadable: string[];
  body: Record<string, unknown>;
}

export interface ScanResult {
  /** The request as it may go up, on the wire. */
  body: Record<string, unknown>;
  /** Holds what the gateway itself masked, to restore it on the way down. */
  vault: Vault;
  /** Placeholders already in what the client sent, by type. */
  maskedByClient: Counts;
  /** What the gateway masked, by type. */
  maskedByGateway: Counts;
  /** Types that the policy refuses and that arrived in clear (empty unless onViolation is refuse). */
  refused: EntityType[];
}

/** The gateway sees the task pane's placeholders as placeholders, not as text to mask again. */
export function createGatewayEngine(): Engine {
  return new Engine({ disable: ["placeholder-literal"] });
}

/**
 * Reads every string of a request into one document, cheaply and before any scan, so its size can be
 * checked first. Throws RequestTooComplexError on a request past the shape bounds.
 */
export function readRequest(body: Record<string, unknown>): ReadRequest {
  let document = "";
  const spans: ReadRequest["spans"] = [];
  const { unreadable } = mapRequestStrings(body, (text, glued) => {
    if (spans.length > 0 && !glued) document += "\n";
    spans.push({ start: document.length, end: document.length + text.length });
    document += text;
    return text;
  });
  return { document, spans, unreadable: [...unreadable], body };
}

/** Characters of text the request carries, separators between its strings left out. */
export const textChars = (read: ReadRequest) =>
  read.spans.reduce((n, span) => n + span.end - span.start, 0);

/**
 * Counts the client's placeholders and reserves their numbers; gives where every mention starts, a
 * model's markdown writing of one (`\[PERSONNE\_1\]`) included.
 */
function countClientPlaceholders(text: string, counts: Counts, vault: Vault): Set<number> {
  const starts = new Set<number>();
  for (const mention of findMentions(text)) {
    starts.add(mention.start);
    if (!mention.text.startsWith("[")) continue;
    const placeholder = placeholderOfMention(mention.text);
    vault.reserve(placeholder);
    const type = placeholder.slice(1, placeholder.lastIndexOf("_"));
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return starts;
}

const LABEL = [...ENTITY_TYPES]
  .sort((a, b) => b.length - a.length)
  .map((type) => type.replace(/_/g, "[ _\\\\-]+"))
  .join("|");
/**
 * What looks like a placeholder but is not one of ours: a label, then what is not a placeholder's
 * number (`[NIR_184057512345625]`, `[TELEPHONE_0672819304]`, `[PERSONNE_Ophélie]`). Glued to the
 * label by `_` or `-`, a value escapes the recognizers, which want it apart from other words;
 * `[Dossier en cours]` is left to them.
 */
const LABELLED_VALUE = new RegExp(
  `\\\\?\\[[ \\t]*(${LABEL})[ \\t]*(?:\\\\?_|-)[^\\]\\n]{1,80}\\]`,
  "gi"
);

function labelledValues(document: string, placeholders: ReadonlySet<number>): Entity[] {
  const found: Entity[] = [];
  for (const match of document.matchAll(LABELLED_VALUE)) {
    if (placeholders.has(match.index)) continue;
    const type = match[1]!.toUpperCase().replace(/[ \\\\_-]+/g, "_");
    if (!isEntityType(type)) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      type,
      score: 1,
      recognizer: "labelled-value",
    });
  }
  return found;
}

/** Both lists sorted; where two overlap, the one that starts first (then the longer) wins. */
function merge(a: readonly Entity[], b: readonly Entity[]): Entity[] {
  if (b.length === 0) return [...a];
  const sorted = [...a, ...b].sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: Entity[] = [];
  for (const entity of sorted)
    if (kept.length === 0 || entity.start >= kept[kept.length - 1]!.end) kept.push(entity);
  return kept;
}

/**
 * Runs the engine over the request's whole document, as the policy says: types a user may lift pass,
 * the others are masked, or the request is refused when a type that must never reach the model
 * arrives and the policy says to refuse. One document, so that a name given in one message is known
 * in the next, and a value cut across two text chunks is found whole; each string then gets its part
 * of every value replaced by the value's placeholder.
 */
export function scanRequest(engine: Engine, read: ReadRequest, policy: ScanPolicy): ScanResult {
  const vault = new Vault();
  const maskedByClient: Counts = {};
  const maskedByGateway: Counts = {};
  const refused = new Set<EntityType>();
  const liftable = new Set(policy.userMayLift);
  const forbidden = new Set(policy.neverToModel);
  const { document, spans } = read;
  const clientPlaceholders = countClientPlaceholders(document, maskedByClient, vault);

  const detected = engine
    .detect(document, { alwaysMask: policy.alwaysMask, neverMask: policy.neverMask })
    .filter((e: Entity) => !liftable.has(e.type) || forbidden.has(e.type));
  const entities = merge(detected, labelledValues(document, clientPlaceholders));
  if (entities.length === 0)
    return { body: read.body, vault, maskedByClient, maskedByGateway, refused: [] };

  for (const entity of entities) {
    if (policy.onViolation === "refuse" && forbidden.has(entity.type)) refused.add(entity.type);
    maskedByGateway[entity.type] = (maskedByGateway[entity.type] ?? 0) + 1;
  }
  const placeholders = vault.placeholdersFor(document, entities);

  let span = 0;
  let next = 0;
  const { body } = mapRequestStrings(read.body, (text) => {
    const { start, end } = spans[span++]!;
    while (next < entities.length && entities[next]!.end <= start) next++;
    let out = "";
    let cursor = start;
    // A value cut across strings leaves its placeholder in each: none of its parts goes up.
    for (let i = next; i < entities.length && entities[i]!.start < end; i++) {
      const entity = entities[i]!;
      out += document.slice(cursor, Math.max(cursor, entity.start)) + placeholders[i];
      cursor = Math.min(end, entity.end);
    }
    return cursor === start && out === "" ? text : out + document.slice(cursor, end);
  });
  return { body, vault, maskedByClient, maskedByGateway, refused: [...refused] };
}
