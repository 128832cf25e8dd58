/*
 * axe-core run inside the task pane's frame. The pane's CSP allows no inline script, so axe's source is
 * evaluated through the DevTools protocol, which the CSP does not govern.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Frame } from "playwright-core";

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8"
);

/** What a person needs to find and fix a violation. */
export interface Violation {
  rule: string;
  impact: string;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** Impacts that fail the tests: a user of assistive technology is blocked or badly hindered. */
const BLOCKING = new Set(["serious", "critical"]);

/** axe's serious and critical violations on what the pane shows now. */
export async function seriousViolations(pane: Frame): Promise<Violation[]> {
  if (!(await pane.evaluate(() => "axe" in window))) await pane.evaluate(AXE_SOURCE);
  const results = await pane.evaluate(() =>
    (
      window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }
    ).axe.run(document, { resultTypes: ["violations"] })
  );
  return results.violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ""))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? "",
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.join(" "),
        summary: node.failureSummary ?? "",
      })),
    }));
}
