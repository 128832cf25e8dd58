import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { withReference } from "../src/gateway/config/reference.ts";

/** The documents that carry the configuration reference generated from the schema. */
export const REFERENCE_DOCUMENTS: readonly URL[] = [
  new URL("../README.md", import.meta.url),
  new URL("../addin/README.md", import.meta.url),
  new URL("../addin/README.en.md", import.meta.url),
];

/** Rewrites the configuration reference of each document from the schema. */
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const path of REFERENCE_DOCUMENTS)
    writeFileSync(path, withReference(readFileSync(path, "utf8")));
}
