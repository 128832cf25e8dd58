import {
  ChatCompletionRequest$outboundSchema,
  ChatCompletionResponse$inboundSchema,
} from "@mistralai/mistralai/models/components";
import { afterEach, describe, expect, it } from "vitest";
import { sdkPathToWire, sdkToWire, wireToSdk } from "../../src/gateway/wire.ts";
import { postChat, startGatewayFixture, type GatewayFixture } from "./support/gateway-fixture.ts";

/** A JSON schema is the caller's data: snake_case, `$`-keys and camelCase inside it stay as written. */
const JSON_SCHEMA = {
  name: "fiche_usager",
  description: "Une fiche",
  strict: true,
  schema: {
    type: "object",
    $defs: { date_iso: { type: "string", min_length: 10 } },
    properties: {
      nom_complet: { type: "string", max_length: 80, minLength: 1 },
      date_naissance: { $ref: "#/$defs/date_iso" },
    },
    required: ["nom_complet"],
    additionalProperties: false,
  },
};

/** Every field of Mistral's chat request, defaults the SDK adds included (`prefix`, `index`). */
const WIRE_REQUEST = {
  model: "mistral-small-latest",
  temperature: 0.2,
  top_p: 0.9,
  max_tokens: 200,
  stream: false,
  stop: ["FIN"],
  random_seed: 7,
  metadata: { dossier_id: "A-1", sous_objet: { clef_interne: 1 } },
  messages: [
    { role: "system", content: "Tu es un assistant." },
    {
      role: "user",
      content: [
        { type: "text", text: "Décris cette image." },
        { type: "image_url", image_url: { url: "https://exemple.fr/a.png", detail: "low" } },
      ],
    },
    {
      role: "assistant",
      content: null,
      prefix: false,
      tool_calls: [
        {
          id: "appel1",
          type: "function",
          index: 0,
          function: { name: "chercher", arguments: '{"numero_dossier":"A-1"}' },
        },
      ],
    },
    { role: "tool", tool_call_id: "appel1", name: "chercher", content: "trouvé" },
    { role: "assistant", content: "Voici", prefix: true },
  ],
  response_format: { type: "json_schema", json_schema: JSON_SCHEMA },
  tools: [
    {
      type: "function",
      function: {
        name: "chercher",
        description: "Cherche un dossier",
        strict: false,
        parameters: {
          type: "object",
          properties: { numero_dossier: { type: "string", min_length: 3 } },
          additionalProperties: false,
        },
      },
    },
  ],
  tool_choice: { type: "function", function: { name: "chercher" } },
  presence_penalty: 0.1,
  frequency_penalty: 0.1,
  n: 1,
  prediction: { type: "content", content: "Voici" },
  parallel_tool_calls: false,
  prompt_mode: "reasoning",
  guardrails: [
    {
      block_on_error: true,
      moderation_llm_v1: {
        model_name: "mistral-moderation-latest",
        custom_category_thresholds: { hate_and_discrimination: 0.5 },
        ignore_other_categories: false,
        action: "block",
      },
    },
  ],
  safe_prompt: false,
};

describe("wireToSdk and sdkToWire, between Mistral's wire and the SDK's objects", () => {
  it("hands the SDK a request that it sends on exactly as the client wrote it", () => {
    const sent = ChatCompletionRequest$outboundSchema.parse(wireToSdk(WIRE_REQUEST));
    expect(sent).toEqual(WIRE_REQUEST);
  });

  it("gives an answer back on the wire as Mistral sent it, tool arguments untouched", () => {
    const wire = {
      id: "cmpl-1",
      object: "chat.completion",
      model: "mistral-small-latest",
      created: 1_764_000_000,
      usage: { prompt_tokens: 3, completion_tokens: 5, total_tokens: 8 },
      choices: [
        {
          index: 0,
          finish_reason: "tool_calls",
          message: {
            role: "assistant",
            content: "",
            prefix: false,
            tool_calls: [
              {
                id: "appel1",
                type: "function",
                index: 0,
                function: { name: "chercher", arguments: { numero_dossier: "A-1", sousChamp: 1 } },
              },
            ],
          },
        },
      ],
    };
    expect(sdkToWire(ChatCompletionResponse$inboundSchema.parse(wire))).toEqual(wire);
  });

  it("names the place of an SDK validation issue as the wire does", () => {
    expect(sdkPathToWire(["responseFormat", "jsonSchema", "schemaDefinition"])).toEqual([
      "response_format",
      "json_schema",
      "schema",
    ]);
    expect(sdkPathToWire(["messages", 3, "toolCallId"])).toEqual(["messages", 3, "tool_call_id"]);
    // Inside the caller's data, a name is the caller's own.
    expect(sdkPathToWire(["tools", 0, "function", "parameters", "minLength"])).toEqual([
      "tools",
      0,
      "function",
      "parameters",
      "minLength",
    ]);
  });
});

describe("a JSON schema answer format through the gateway", () => {
  let fixture: GatewayFixture | undefined;
  afterEach(async () => {
    await fixture?.close();
    fixture = undefined;
  });

  const post = (body: unknown) => postChat(fixture!, body);

  it.each([false, true])(
    "reaches Mistral exactly as the client sent it (stream: %s)",
    async (stream) => {
      fixture = await startGatewayFixture();
      const request = {
        model: "mistral-small-latest",
        stream,
        messages: [{ role: "user", content: "Réponds en JSON." }],
        response_format: { type: "json_schema", json_schema: JSON_SCHEMA },
      };
      const response = await post(request);
      expect(response.status).toBe(200);
      await response.text();
      const [received] = fixture.standIn.received;
      const sent = JSON.parse(received!.body) as Record<string, unknown>;
      expect(sent.response_format).toEqual(request.response_format);
    }
  );
});
