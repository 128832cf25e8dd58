import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { DEV_TOKEN, startGatewayFixture, type GatewayFixture } from "./support/gateway-fixture.ts";
import { rawRequest } from "./support/raw-http.ts";

let fixture: GatewayFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

interface LogLine {
  msg: string;
  req?: Record<string, unknown>;
}

describe("the request log", () => {
  it("names the route, never the path or query a client wrote", async () => {
    const stream = new PassThrough();
    let text = "";
    stream.on("data", (chunk: Buffer) => (text += chunk.toString()));
    const addin = mkdtempSync(join(tmpdir(), "plume-dist-"));
    writeFileSync(join(addin, "taskpane.html"), "<!doctype html>");
    fixture = await startGatewayFixture({}, { logStream: stream, server: { addinDir: addin } });
    const call = (path: string, init: RequestInit = {}) => fetch(`${fixture!.url}${path}`, init);

    const chat = await call("/v1/chat/completions?nom=Karamanlis&dossier=21/04567", {
      method: "POST",
      headers: { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({
        model: "mistral-small-latest",
        messages: [{ role: "user", content: "Bonjour" }],
      }),
    });
    expect(chat.status).toBe(200);
    expect((await call("/v1/Karamanlis")).status).toBe(404);
    expect((await call("/Karamanlis.html")).status).toBe(404);
    expect((await call("/taskpane.html?nom=Karamanlis")).status).toBe(200);
    const badUrl = await rawRequest(
      fixture.url,
      "GET /Karamanlis%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    );
    expect(badUrl.status).toBe(400);

    expect(text).not.toContain("Karamanlis");
    expect(text).not.toContain("21/04567");
    const incoming = text
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as LogLine)
      .filter((line) => line.msg === "incoming request");
    expect(incoming.length).toBeGreaterThanOrEqual(5);
    for (const line of incoming) expect(line.req).not.toHaveProperty("url");
    expect(incoming.map((line) => line.req?.route)).toEqual(
      expect.arrayContaining(["/v1/chat/completions", "/*"])
    );
    expect(incoming[0]?.req).toMatchObject({ method: "POST", route: "/v1/chat/completions" });
  });
});
