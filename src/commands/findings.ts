import type { EntityType } from "../redaction/entity-types.ts";
import { catalogueFor } from "../taskpane/i18n/index.ts";

/** Outlook's notification messages hold at most 150 characters. */
const MAX_NOTIFICATION = 150;

/** One line for the message bar: how many personal data of each kind the draft holds. */
export function summariseFindings(
  counts: Partial<Record<EntityType, number>>,
  displayLanguage: string
): string {
  const t = catalogueFor(displayLanguage);
  const entries = Object.entries(counts) as Array<[EntityType, number]>;
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  const line =
    total === 0
      ? t.checkNone
      : t.checkFound(
          total,
          entries.map(([type, count]) => `${t.entityTypes[type]} : ${count}`).join(", ")
        );
  return line.length <= MAX_NOTIFICATION ? line : line.slice(0, MAX_NOTIFICATION - 1) + "…";
}
