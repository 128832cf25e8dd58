import {
  Engine,
  pseudonymiseEntities,
  Vault,
  type Entity,
  type EntityType,
} from "../../redaction/index.ts";
import { placeholderMentionPattern, placeholderOfMention } from "../../redaction/placeholder.ts";

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

export interface ScanResult {
  /** The messages as they may go up, on the wire. */
  messages: unknown[];
  /** Holds what the gateway itself masked, to restore it on the way down. */
  vault: Vault;
  /** Placeholders already in what the client sent, by type. */
  maskedByClient: Counts;
  /** What the gateway masked, by type. */
  maskedByGateway: Counts;
  /** Types that the policy refuses and that arrived in clear (empty unless onViolation is refuse). */
  refused: EntityType[];
  /** Characters of text scanned. */
  chars: number;
}

/** The gateway sees the task pane's placeholders as placeholders, not as text to mask again. */
export function createGatewayEngine(): Engine {
  return new Engine({ disable: ["placeholder-literal"] });
}

const CLIENT_PLACEHOLDER = placeholderMentionPattern();

function countClientPlaceholders(text: string, counts: Counts, vault: Vault): void {
  for (const match of text.matchAll(CLIENT_PLACEHOLDER)) {
    if (!match[0].startsWith("[")) continue;
    const placeholder = placeholderOfMention(match[0]);
    vault.reserve(placeholder);
    const type = placeholder.slice(1, placeholder.lastIndexOf("_"));
    counts[type] = (counts[type] ?? 0) + 1;
  }
}

/** Every text of a message: its content as a string, or the text parts of its content chunks. */
function mapTexts(message: unknown, map: (text: string) => string): unknown {
  if (message === null || typeof message !== "object") return message;
  const { content } = message as { content?: unknown };
  if (typeof content === "string") return { ...message, content: map(content) };
  if (Array.isArray(content)) {
    return {
      ...message,
      content: content.map((chunk: unknown) =>
        chunk && typeof chunk === "object" && typeof (chunk as { text?: unknown }).text === "string"
          ? { ...chunk, text: map((chunk as { text: string }).text) }
          : chunk
      ),
    };
  }
  return message;
}

/**
 * Runs the engine over every message of a request, as the policy says: types a user may lift pass,
 * the others are masked, or the request is refused when a type that must never reach the model
 * arrives and the policy says to refuse.
 */
export function scanMessages(
  engine: Engine,
  messages: readonly unknown[],
  policy: ScanPolicy
): ScanResult {
  const vault = new Vault();
  const maskedByClient: Counts = {};
  const maskedByGateway: Counts = {};
  const refused = new Set<EntityType>();
  const liftable = new Set(policy.userMayLift);
  const forbidden = new Set(policy.neverToModel);
  const texts: string[] = [];
  for (const message of messages) mapTexts(message, (text) => (texts.push(text), text));
  for (const text of texts) countClientPlaceholders(text, maskedByClient, vault);

  const analyzeOptions = { alwaysMask: policy.alwaysMask, neverMask: policy.neverMask };
  const scanned = messages.map((message) =>
    mapTexts(message, (text) => {
      const entities = engine
        .detect(text, analyzeOptions)
        .filter((e: Entity) => !liftable.has(e.type) || forbidden.has(e.type));
      for (const entity of entities) {
        if (policy.onViolation === "refuse" && forbidden.has(entity.type)) refused.add(entity.type);
        maskedByGateway[entity.type] = (maskedByGateway[entity.type] ?? 0) + 1;
      }
      return pseudonymiseEntities(text, entities, vault).text;
    })
  );
  return {
    messages: scanned,
    vault,
    maskedByClient,
    maskedByGateway,
    refused: [...refused],
    chars: texts.reduce((n, t) => n + t.length, 0),
  };
}
