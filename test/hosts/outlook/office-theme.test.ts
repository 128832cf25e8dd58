import { describe, expect, it } from "vitest";
import { hostThemeFrom, relativeLuminance } from "../../../src/hosts/office/theme.ts";

describe("Office theme", () => {
  it("computes WCAG relative luminance from #RRGGBB and #RGB", () => {
    expect(relativeLuminance("#FFFFFF")).toBeCloseTo(1);
    expect(relativeLuminance("#000")).toBe(0);
    expect(relativeLuminance("#808080")).toBeCloseTo(0.2159, 3);
    expect(relativeLuminance("blue")).toBeUndefined();
  });

  it.each([
    ["#000000", true],
    ["#1F1F1F", true],
    ["#262626", true],
    ["#6E6E6E", true],
    ["#808080", false],
    ["#E6E6E6", false],
    ["#FFFFFF", false],
  ])("a body background of %s is dark: %s", (background, dark) => {
    expect(
      hostThemeFrom({ bodyBackgroundColor: background, bodyForegroundColor: "#000000" }).dark
    ).toBe(dark);
  });

  it("takes a color it cannot read for light", () => {
    expect(hostThemeFrom({ bodyBackgroundColor: "", bodyForegroundColor: "" }).dark).toBe(false);
  });
});
