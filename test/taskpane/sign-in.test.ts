import { describe, expect, it } from "vitest";
import { GatewayApi } from "../../src/taskpane/services/gateway-api.ts";
import { SignInError, tokenProviderFor } from "../../src/taskpane/services/sign-in.ts";
import { DEV_TOKEN, startGatewayFixture } from "../gateway/support/gateway-fixture.ts";

describe("signing the pane in", () => {
  it("uses the dev token a `plume serve --dev` gateway hands to a pane on this machine, and reads the policy with it", async () => {
    const fixture = await startGatewayFixture(
      { charter: { text: "Charte du service.", version: "7" } },
      { publishDevToken: true }
    );
    try {
      const api = new GatewayApi(fixture.url);
      const tokens = tokenProviderFor(await api.signIn());
      expect(await tokens.token()).toBe(DEV_TOKEN);
      const policy = await api.policy(tokens);
      expect(policy.charter).toEqual({ text: "Charte du service.", version: "7" });
    } finally {
      await fixture.close();
    }
  });

  it("says sign-in is not configured when the gateway offers no way", async () => {
    const tokens = tokenProviderFor({ entra: null, devToken: null });
    await expect(tokens.token()).rejects.toEqual(new SignInError("not-configured"));
  });

  it("reports a gateway that cannot be reached as a network failure", async () => {
    await expect(new GatewayApi("http://127.0.0.1:9").signIn()).rejects.toMatchObject({
      kind: "network",
    });
  });
});
