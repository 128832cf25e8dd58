import { describe, expect, it } from "vitest";
import { ChatError } from "../../src/assistant/chat-client.ts";
import { AssistantError } from "../../src/assistant/errors.ts";
import { HostError } from "../../src/hosts/host.ts";
import { en } from "../../src/taskpane/i18n/en.ts";
import { fr } from "../../src/taskpane/i18n/fr.ts";
import { SignInError } from "../../src/taskpane/services/sign-in.ts";
import { describeError } from "../../src/taskpane/state/describe-error.ts";

describe("what the pane says about a failure", () => {
  it("says how long to wait after a 429, in the user's language", () => {
    const error = new ChatError("rate-limited", { retryAfterSeconds: 42, status: 429 });
    expect(describeError(error, fr)).toBe(
      "Vous avez atteint le nombre de demandes autorisé. Réessayez dans 42 s."
    );
    expect(describeError(error, en)).toBe(
      "You have reached the number of requests allowed. Try again in 42 s."
    );
  });

  it("shows the gateway's own French refusal, which names what was refused", () => {
    const serverMessage =
      "L'action « translate » est désactivée par la politique de votre administration.";
    const error = new ChatError("refused", { serverMessage, status: 422 });
    expect(describeError(error, fr)).toBe(serverMessage);
    expect(describeError(error, en)).toBe(en.errors.refused);
  });

  it("explains every kind of failure with what to do next, never a stack trace", () => {
    const failures = [
      new ChatError("network"),
      new ChatError("unauthorized"),
      new ChatError("forbidden"),
      new ChatError("too-large"),
      new ChatError("unavailable"),
      new ChatError("stream-cut"),
      new HostError("no-selection", "x"),
      new HostError("unsupported", "x"),
      new HostError("too-long", "x", { limit: 32000 }),
      new HostError("host-failed", "x"),
      new HostError("changed-meanwhile", "x"),
      new SignInError("failed"),
      new SignInError("not-configured"),
      AssistantError.tooLong(500_000, 400_000),
      new TypeError("Cannot read properties of undefined"),
    ];
    const messages = failures.map((error) => describeError(error, fr));
    expect(new Set(messages).size).toBe(failures.length);
    for (const message of messages) {
      expect(message).toMatch(/^[A-ZÉL]/);
      expect(message).not.toMatch(/undefined|Error|at /);
    }
    expect(describeError(new HostError("too-long", "x", { limit: 32000 }), fr)).toContain("32000");
    expect(describeError(AssistantError.tooLong(500_000, 400_000), fr)).toContain("400000");
  });
});
