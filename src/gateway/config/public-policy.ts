import type { Action, Config, RateLimits } from "./schema.ts";
import type { EntityType } from "../../redaction/entity-types.ts";

/** What `GET /api/policy` gives the add-in: what it needs to behave as the policy says, nothing secret. */
export interface PublicPolicy {
  models: { allowed: string[]; default: string | null };
  actions: { enabled: Action[] };
  entities: {
    neverToModel: EntityType[];
    onViolation: "mask" | "refuse";
    userMayLift: EntityType[];
    alwaysMask: string[];
    neverMask: string[];
  };
  review: { maySkip: Action[] };
  limits: { maxRequestChars: number; maxMessages: number };
  rateLimits: RateLimits;
  charter: { text: string; version: string };
}

/** Copies field by field, so that a setting added to the config later is not published by accident. */
export function publicPolicy(config: Config): PublicPolicy {
  const { models, actions, entities, review, limits, rateLimits, charter } = config.policy;
  return {
    models: { allowed: [...models.allowed], default: models.default ?? models.allowed[0] ?? null },
    actions: { enabled: [...actions.enabled] },
    entities: {
      neverToModel: [...entities.neverToModel],
      onViolation: entities.onViolation,
      userMayLift: [...entities.userMayLift],
      alwaysMask: [...entities.alwaysMask],
      neverMask: [...entities.neverMask],
    },
    review: { maySkip: [...review.maySkip] },
    limits: { maxRequestChars: limits.maxRequestChars, maxMessages: limits.maxMessages },
    rateLimits: {
      requestsPerMinute: rateLimits.requestsPerMinute,
      requestsPerDay: rateLimits.requestsPerDay,
      tokensPerMinute: rateLimits.tokensPerMinute,
      tokensPerDay: rateLimits.tokensPerDay,
    },
    charter: { text: charter.text, version: charter.version },
  };
}
