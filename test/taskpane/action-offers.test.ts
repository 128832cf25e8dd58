import { describe, expect, it } from "vitest";
import { ACTIONS } from "../../src/assistant/actions.ts";
import { offersFor } from "../../src/taskpane/state/action-offers.ts";

describe("the actions offered", () => {
  it("follow the surface: Word, a message being read, a message being written", () => {
    expect(offersFor("document", ACTIONS).map((o) => o.action)).toEqual([
      "summarise",
      "draft",
      "rewrite",
      "correct",
      "translate",
      "question",
    ]);
    expect(offersFor("read", ACTIONS)).toEqual([
      { action: "summarise", sources: ["message", "thread"] },
      { action: "reply", sources: ["message"] },
    ]);
    expect(offersFor("compose", ACTIONS).map((o) => o.action)).toEqual([
      "draft",
      "rewrite",
      "correct",
    ]);
  });

  it("leave out what the policy disables", () => {
    expect(offersFor("document", ["summarise", "correct"]).map((o) => o.action)).toEqual([
      "summarise",
      "correct",
    ]);
    expect(offersFor("read", ["translate"])).toEqual([]);
  });
});
