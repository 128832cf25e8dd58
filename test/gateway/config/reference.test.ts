import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { withReference } from "../../../src/gateway/config/reference.ts";

describe("the README's configuration reference", () => {
  it("is the one the schema gives today (run npm run docs:config after changing a setting)", () => {
    const readme = readFileSync(join(import.meta.dirname, "../../../README.md"), "utf8");
    expect(withReference(readme)).toBe(readme);
  });
});
