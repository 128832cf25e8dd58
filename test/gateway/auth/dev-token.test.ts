import { timingSafeEqual } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  assertDevTokenAllowed,
  devTokenMatcher,
  readDevToken,
  StartRefusedError,
} from "../../../src/gateway/auth/dev-token.ts";
import { isLoopbackHost } from "../../../src/gateway/auth/loopback.ts";

// Spy on the comparison to prove every check goes through timingSafeEqual with equal-length inputs.
vi.mock("node:crypto", async (importOriginal) => {
  const original = await importOriginal<typeof import("node:crypto")>();
  return { ...original, timingSafeEqual: vi.fn(original.timingSafeEqual) };
});

const DEV_TOKEN = "dev-secret-4f8a91c2e7b3";

describe("isLoopbackHost", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "::1",
    "[::1]",
    "0:0:0:0:0:0:0:1",
    "::ffff:127.0.0.1",
    "localhost",
    "LOCALHOST",
    " 127.0.0.1 ",
  ])("%s is loopback", (host) => expect(isLoopbackHost(host)).toBe(true));

  it.each([
    "0.0.0.0",
    "::",
    "",
    "192.168.1.10",
    "128.0.0.1",
    "10.0.0.1",
    "::ffff:10.0.0.1",
    "gateway.interieur.gouv.fr",
    "localhost.evil.fr",
    "127.0.0.1.nip.io",
  ])("%j is not loopback", (host) => expect(isLoopbackHost(host)).toBe(false));
});

describe("assertDevTokenAllowed", () => {
  it("refuses the dev token behind a reverse proxy, where every connection comes from loopback", () => {
    for (const trustProxy of [true, ["127.0.0.1"]])
      expect(() => assertDevTokenAllowed("127.0.0.1", DEV_TOKEN, trustProxy)).toThrow(
        /^Démarrage refusé : PLUME_DEV_TOKEN est défini alors que la passerelle est derrière un proxy inverse/
      );
    expect(() => assertDevTokenAllowed("127.0.0.1", DEV_TOKEN, [])).not.toThrow();
    expect(() => assertDevTokenAllowed("127.0.0.1", undefined, true)).not.toThrow();
  });

  it("says each refusal in English too, as configuration errors do, naming the host and never the token", () => {
    const refusal = (host: string, trustProxy: boolean) => {
      try {
        assertDevTokenAllowed(host, DEV_TOKEN, trustProxy);
      } catch (error) {
        return error as Error & { messageEn?: string };
      }
      throw new Error("not refused");
    };
    const network = refusal("0.0.0.0", false);
    expect(network).toBeInstanceOf(StartRefusedError);
    expect(network.messageEn).toMatch(
      /^Start refused: PLUME_DEV_TOKEN is set while the gateway listens on "0\.0\.0\.0", an address reachable from other machines\./
    );
    expect(network.messageEn).toContain("HOST=127.0.0.1");
    expect(refusal("127.0.0.1", true).messageEn).toMatch(
      /^Start refused: PLUME_DEV_TOKEN is set while the gateway is behind a reverse proxy/
    );
    for (const error of [network, refusal("127.0.0.1", true)]) {
      expect(error.message).not.toContain(DEV_TOKEN);
      expect(error.messageEn).not.toContain(DEV_TOKEN);
    }
  });

  it("lets a gateway with a dev token start on loopback", () => {
    for (const host of ["127.0.0.1", "::1", "localhost"])
      expect(() => assertDevTokenAllowed(host, DEV_TOKEN)).not.toThrow();
  });

  it.each(["0.0.0.0", "::", "192.168.1.10", "gateway.interieur.gouv.fr"])(
    "refuses to start on %s with a French message naming the host, never the token",
    (host) => {
      let message = "";
      try {
        assertDevTokenAllowed(host, DEV_TOKEN);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^Démarrage refusé : PLUME_DEV_TOKEN est défini/);
      expect(message).toContain(`« ${host} »`);
      expect(message).toContain("HOST=127.0.0.1");
      expect(message).not.toContain(DEV_TOKEN);
    }
  );

  it("lets any host start when no dev token is configured", () => {
    expect(() => assertDevTokenAllowed("0.0.0.0", undefined)).not.toThrow();
  });

  describe("reading PLUME_DEV_TOKEN by default", () => {
    afterEach(() => vi.unstubAllEnvs());

    it("refuses a network host when the variable is set", () => {
      vi.stubEnv("PLUME_DEV_TOKEN", DEV_TOKEN);
      expect(() => assertDevTokenAllowed("0.0.0.0")).toThrow(/Démarrage refusé/);
      expect(() => assertDevTokenAllowed("127.0.0.1")).not.toThrow();
    });

    it("treats a blank variable as unset", () => {
      vi.stubEnv("PLUME_DEV_TOKEN", "   ");
      expect(readDevToken()).toBeUndefined();
      expect(() => assertDevTokenAllowed("0.0.0.0")).not.toThrow();
    });
  });

  it("reads the token from a given environment, trimmed", () => {
    expect(readDevToken({ PLUME_DEV_TOKEN: ` ${DEV_TOKEN}\n` })).toBe(DEV_TOKEN);
    expect(readDevToken({})).toBeUndefined();
  });
});

describe("devTokenMatcher", () => {
  const compare = vi.mocked(timingSafeEqual);
  beforeEach(() => {
    compare.mockClear();
  });

  it("accepts the exact token and nothing else", () => {
    const matches = devTokenMatcher(DEV_TOKEN);
    expect(matches(DEV_TOKEN)).toBe(true);
    for (const other of [
      "",
      DEV_TOKEN.slice(0, -1),
      `${DEV_TOKEN}x`,
      DEV_TOKEN.toUpperCase(),
      `${DEV_TOKEN.slice(0, -1)}4`,
      ` ${DEV_TOKEN}`,
    ]) {
      expect(matches(other), other).toBe(false);
    }
  });

  it("compares in constant time: every check is one timingSafeEqual over two 32-byte digests, whatever the length", () => {
    const matches = devTokenMatcher(DEV_TOKEN);
    const presented = ["", "x", DEV_TOKEN, `${DEV_TOKEN}${"y".repeat(5000)}`, "é".repeat(40)];
    for (const token of presented) matches(token);
    expect(compare).toHaveBeenCalledTimes(presented.length);
    for (const [a, b] of compare.mock.calls) {
      expect((a as Buffer).byteLength).toBe(32);
      expect((b as Buffer).byteLength).toBe(32);
    }
  });
});
