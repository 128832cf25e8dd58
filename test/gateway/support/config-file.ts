import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A `plume.config.json` in a folder of its own, for a gateway started as `plume serve` starts it: a
 * free port, the audit trail in that folder, no logs; `settings` adds to or replaces each section.
 */
export function writeConfigFile(settings: Record<string, Record<string, unknown>> = {}) {
  const folder = mkdtempSync(join(tmpdir(), "plume-config-"));
  const path = join(folder, "plume.config.json");
  const auditPath = join(folder, "audit.db");
  const sections: Record<string, Record<string, unknown>> = {
    server: { port: 0 },
    audit: { path: auditPath },
    logging: { level: "silent" },
  };
  for (const [name, section] of Object.entries(settings))
    sections[name] = { ...sections[name], ...section };
  writeFileSync(path, JSON.stringify(sections));
  return { path, auditPath };
}
