#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so `npx plume` works on a fresh clone with no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
