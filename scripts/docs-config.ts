import { readFileSync, writeFileSync } from "node:fs";
import { withReference } from "../src/gateway/config/reference.ts";

/** Rewrites the configuration reference of README.md from the schema. */
const path = new URL("../README.md", import.meta.url);
writeFileSync(path, withReference(readFileSync(path, "utf8")));
