import { describe, expect, it } from "vitest";
import { loadPreferences, savePreferences } from "../../src/taskpane/state/preferences.ts";

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  };
}

describe("the user's preferences", () => {
  it("survive a reopening of the pane", () => {
    const storage = memoryStorage();
    savePreferences(storage, {
      charterVersion: "2",
      skipReview: ["correct"],
      model: "mistral-large-latest",
    });
    expect(loadPreferences(storage)).toEqual({
      charterVersion: "2",
      skipReview: ["correct"],
      model: "mistral-large-latest",
    });
  });

  it("fall back to defaults on a corrupted or foreign entry, keeping only known actions", () => {
    expect(loadPreferences(memoryStorage({ "plume.preferences.v1": "{not json" }))).toEqual({
      charterVersion: null,
      skipReview: [],
      model: null,
    });
    const foreign = memoryStorage({
      "plume.preferences.v1": JSON.stringify({
        charterVersion: 3,
        skipReview: ["correct", "delete-all"],
      }),
    });
    expect(loadPreferences(foreign)).toEqual({
      charterVersion: null,
      skipReview: ["correct"],
      model: null,
    });
    expect(loadPreferences(undefined).charterVersion).toBeNull();
  });

  it("never fail when storage refuses to write", () => {
    const full = {
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(() =>
      savePreferences(full, { charterVersion: "1", skipReview: [], model: null })
    ).not.toThrow();
  });
});
