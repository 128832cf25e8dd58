import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { REFERENCE_DOCUMENTS } from "../../../scripts/docs-config.ts";
import { withReference } from "../../../src/gateway/config/reference.ts";

describe("the configuration reference of the README and of the admin guides", () => {
  it.each(
    REFERENCE_DOCUMENTS.map((path) => [fileURLToPath(path).split("/").slice(-2).join("/"), path])
  )(
    "%s: is the one the schema gives today (run npm run docs:config after changing a setting)",
    (_, path) => {
      const document = readFileSync(path, "utf8");
      expect(withReference(document)).toBe(document);
    }
  );
});
