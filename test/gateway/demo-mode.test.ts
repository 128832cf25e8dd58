import { afterEach, describe, expect, it } from "vitest";
import { startGateway, type RunningGateway } from "../../src/gateway/server.ts";
import { mistralChatClient } from "../../src/taskpane/services/mistral-chat-client.ts";
import { writeConfigFile } from "./support/config-file.ts";

let gateway: RunningGateway | undefined;
afterEach(async () => {
  await gateway?.stop();
  gateway = undefined;
});

const TOKEN = "jeton-demonstration";

/** A gateway as `plume serve` starts it, on a free port, with no Mistral key. */
async function start(demoWithoutKey: boolean): Promise<RunningGateway> {
  const { path } = writeConfigFile();
  return startGateway({ env: { PLUME_DEV_TOKEN: TOKEN }, configPath: path, demoWithoutKey });
}

async function answer(g: RunningGateway, model: string): Promise<string> {
  const client = mistralChatClient(g.url, { token: async () => TOKEN });
  let text = "";
  for await (const piece of client.stream({
    action: "summarise",
    model,
    messages: [
      {
        role: "user",
        content:
          "Résume.\n\n<<<DÉBUT DU TEXTE>>>\nMme [PERSONNE_1] a écrit le 3 mars.\n<<<FIN DU TEXTE>>>",
      },
    ],
  }))
    text += piece;
  return text;
}

describe("npm start without a Mistral key", () => {
  it("answers with the local demonstration model, which says so and echoes the placeholders it got", async () => {
    gateway = await start(true);
    expect(gateway.demo).toBe(true);
    expect(gateway.loaded.config.policy.models).toEqual({
      allowed: ["plume-demonstration"],
      default: "plume-demonstration",
    });
    const text = await answer(gateway, "plume-demonstration");
    expect(text).toMatch(/^Démonstration : aucun modèle n'est branché/);
    expect(text).toContain("Mme [PERSONNE_1] a écrit le 3 mars.");
  });

  it("is not used outside `--dev`: the gateway says no model is configured", async () => {
    gateway = await start(false);
    expect(gateway.demo).toBe(false);
    await expect(answer(gateway, "plume-demonstration")).rejects.toMatchObject({
      kind: "unavailable",
      serverMessage: expect.stringContaining("MISTRAL_API_KEY"),
    });
  });
});
