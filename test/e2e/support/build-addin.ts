import { join } from "node:path";
import type { TestProject } from "vitest/node";
import webpack, { type Configuration } from "webpack";
import makeConfig from "../../../webpack.config.js";

declare module "vitest" {
  export interface ProvidedContext {
    addinDir: string;
  }
}

const ROOT = join(import.meta.dirname, "../../..");

/** Where the end-to-end build goes: beside the other caches, never over a developer's dist/. */
export const E2E_DIST = join(ROOT, "node_modules/.cache/plume-e2e/dist");

/** Builds the add-in as `npm run build` does, into the end-to-end folder, and tells the tests where. */
export default async function buildAddin(project: TestProject): Promise<void> {
  const config = (makeConfig as (env: unknown, argv: { mode: string }) => Configuration)(
    {},
    { mode: "production" }
  );
  config.output = { ...config.output, path: E2E_DIST };
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (error, result) => (error || !result ? reject(error) : resolve(result)))
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  project.provide("addinDir", E2E_DIST);
}
