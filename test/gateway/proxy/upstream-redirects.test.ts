import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startGateway, type RunningGateway } from "../../../src/gateway/server.ts";
import { writeConfigFile } from "../support/config-file.ts";
import { fail, startMistralStandIn, type MistralStandIn } from "../../support/mistral-stand-in.ts";
import {
  API_KEY,
  DEV_TOKEN,
  startGatewayFixture,
  type GatewayFixture,
} from "../support/gateway-fixture.ts";

let fixture: GatewayFixture | undefined;
let elsewhere: MistralStandIn | undefined;
let served: RunningGateway | undefined;
afterEach(async () => {
  await fixture?.close();
  await elsewhere?.close();
  await served?.stop();
  fixture = undefined;
  elsewhere = undefined;
  served = undefined;
});

describe("an upstream that redirects", () => {
  it.each(
    [301, 302, 303, 307, 308].flatMap((status) =>
      [false, true].map((stream) => ({ status, stream }))
    )
  )(
    "$status (stream: $stream) is not followed: nothing leaves for the other origin, the client gets a French 502",
    async ({ status, stream }) => {
      elsewhere = await startMistralStandIn({ apiKey: API_KEY });
      fixture = await startGatewayFixture();
      fixture.standIn.script(
        fail(status, "", { location: `${elsewhere.url}/v1/chat/completions` })
      );
      const response = await fetch(`${fixture.url}/v1/chat/completions`, {
        method: "POST",
        headers: { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" },
        body: JSON.stringify({
          model: "mistral-small-latest",
          stream,
          messages: [{ role: "user", content: "Mme Ophélie Karamanlis demande un rendez-vous." }],
        }),
      });
      expect(response.status).toBe(502);
      const body = await response.text();
      expect(JSON.parse(body)).toMatchObject({
        object: "error",
        type: "upstream_error",
        param: null,
        message: expect.stringContaining("Mistral"),
      });
      expect(body).not.toContain(elsewhere.url);
      expect(elsewhere.received).toEqual([]);
      expect(elsewhere.receivedBytes().length).toBe(0);
      // Asked once: a redirect is an answer, not a failure to retry.
      expect(fixture.standIn.received).toHaveLength(1);
    }
  );
});

describe("the readiness probe of an upstream that redirects", () => {
  it("takes the redirect as an answer, does not follow it, and is not ready", async () => {
    elsewhere = await startMistralStandIn({ apiKey: API_KEY });
    const target = elsewhere.url;
    const redirecting = createServer((_request, response) =>
      response.writeHead(307, { location: `${target}/` }).end()
    );
    await new Promise<void>((resolve) => redirecting.listen(0, "127.0.0.1", resolve));
    try {
      const { path } = writeConfigFile();
      const { port } = redirecting.address() as AddressInfo;
      served = await startGateway({
        env: {
          MISTRAL_API_KEY: API_KEY,
          MISTRAL_SERVER_URL: `http://127.0.0.1:${port}`,
          PLUME_DEV_TOKEN: DEV_TOKEN,
        },
        configPath: path,
      });
      const ready = await fetch(`${served.url}/readyz`);
      // Every call would fail: not ready, and said why.
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ upstream: true, upstreamRedirects: true });
      expect(elsewhere.receivedBytes().length).toBe(0);
    } finally {
      redirecting.close();
    }
  });
});
