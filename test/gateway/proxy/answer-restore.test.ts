import { MistralCore } from "@mistralai/mistralai/core.js";
import { chatComplete } from "@mistralai/mistralai/funcs/chatComplete.js";
import { chatStream } from "@mistralai/mistralai/funcs/chatStream.js";
import { afterEach, describe, expect, it } from "vitest";
import { Vault } from "../../../src/redaction/index.ts";
import { AnswerRestorer, type AnswerPart } from "../../../src/gateway/proxy/answer-restorer.ts";
import { reply } from "../../support/mistral-stand-in.ts";
import {
  auditRecords,
  DEV_TOKEN,
  postChat,
  startGatewayFixture,
  type GatewayFixture,
} from "../support/gateway-fixture.ts";

let fixture: GatewayFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

const NAME = "Ophélie Karamanlis";
/** An address on two lines is one value: written back into JSON, its line break must be escaped. */
const ADDRESS = "14 bis rue des Tanneurs\n67000 Strasbourg";
const LETTER = `Écrire à Mme ${NAME},\n${ADDRESS}.`;

const sdk = (url: string) => new MistralCore({ apiKey: DEV_TOKEN, serverURL: url });
const request = (stream: boolean) => ({
  model: "mistral-small-latest",
  messages: [{ role: "user" as const, content: LETTER }],
  stream,
});

/** What a reasoning model answers about the letter, thinking first, cut mid-placeholder every 5 characters. */
const REASONING = reply("Je réponds à [PERSONNE_1] à son adresse.", {
  chunkSize: 5,
  thinking: "Le courrier vient de [PERSONNE_1], qui habite [ADRESSE_1].",
  toolCalls: [
    { name: "envoyer", arguments: '{"destinataire": "[PERSONNE_1]", "adresse": "[ADRESSE_1]"}' },
  ],
});

interface SdkChunk {
  type: string;
  text?: string;
  thinking?: SdkChunk[];
}

/** The answer's text and thinking, joined, from content that is a string or a list of chunks. */
function textsOf(content: unknown, into = { text: "", thinking: "" }) {
  if (typeof content === "string") into.text += content;
  if (!Array.isArray(content)) return into;
  for (const chunk of content as SdkChunk[]) {
    if (chunk.type === "text") into.text += chunk.text ?? "";
    if (chunk.type === "thinking")
      for (const inner of chunk.thinking ?? []) into.thinking += inner.text ?? "";
  }
  return into;
}

describe("the originals put back into all a model writes", () => {
  it("streams a reasoning model's thinking, text and tool call back with the originals, none of them sent", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(REASONING);
    const result = await chatStream(sdk(fixture.url), request(true));
    if (!result.ok) throw result.error;
    const texts = { text: "", thinking: "" };
    const calls: { name: string; arguments: unknown }[] = [];
    for await (const event of result.value) {
      const delta = event.data.choices[0]!.delta;
      textsOf(delta.content, texts);
      for (const call of delta.toolCalls ?? []) calls.push(call.function);
    }
    expect(texts).toEqual({
      thinking: `Le courrier vient de ${NAME}, qui habite ${ADDRESS}.`,
      text: `Je réponds à ${NAME} à son adresse.`,
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.name).toBe("envoyer");
    expect(JSON.parse(calls[0]!.arguments as string)).toEqual({
      destinataire: NAME,
      adresse: ADDRESS,
    });
    expect(fixture.standIn.saw("Karamanlis")).toBe(false);
    expect(fixture.standIn.saw("Tanneurs")).toBe(false);
    const [record] = await auditRecords(fixture.audit);
    expect(record).toMatchObject({ outcome: "ok", stream: true });
    // Everything the model wrote counts: its thinking and its tool call are tokens too.
    expect(record!.responseChars).toBeGreaterThan(100);
  });

  it("gives a whole answer of a reasoning model back with the originals, in its thinking, text and tool call", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(REASONING);
    const result = await chatComplete(sdk(fixture.url), request(false));
    if (!result.ok) throw result.error;
    const message = result.value.choices[0]!.message!;
    expect(textsOf(message.content)).toEqual({
      thinking: `Le courrier vient de ${NAME}, qui habite ${ADDRESS}.`,
      text: `Je réponds à ${NAME} à son adresse.`,
    });
    expect(JSON.parse(message.toolCalls![0]!.function.arguments as string)).toEqual({
      destinataire: NAME,
      adresse: ADDRESS,
    });
    expect(result.value.choices[0]!.finishReason).toBe("tool_calls");
  });
});

describe("a stream that names no finish_reason before [DONE]", () => {
  it("still gives back what the restorer held at its end", async () => {
    fixture = await startGatewayFixture();
    // A bare placeholder at the very end may still grow (`PERSONNE_12`): it is held until the end.
    fixture.standIn.script(reply("Bien reçu, PERSONNE_1", { withoutFinish: true }));
    const result = await chatStream(sdk(fixture.url), request(true));
    if (!result.ok) throw result.error;
    const texts = { text: "", thinking: "" };
    for await (const event of result.value) textsOf(event.data.choices[0]!.delta.content, texts);
    expect(texts.text).toBe(`Bien reçu, ${NAME}`);
  });
});

describe("text chunks without a type, as a compatible server may write them", () => {
  const UNTYPED = reply("Bien reçu, [PERSONNE_1] à [ADRESSE_1].", { untypedChunks: true });
  const expected = `Bien reçu, ${NAME} à ${ADDRESS}.`;

  it("come back whole as the server wrote them, restored", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(UNTYPED);
    const response = await postChat(fixture, {
      model: "mistral-small-latest",
      messages: [{ role: "user", content: LETTER }],
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { choices: { message: { content: unknown } }[] };
    expect(body.choices[0]!.message.content).toEqual([{ text: expected }]);
  });

  it("come back streamed as the server wrote them, restored", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(UNTYPED);
    const response = await postChat(fixture, {
      model: "mistral-small-latest",
      messages: [{ role: "user", content: LETTER }],
      stream: true,
    });
    let text = "";
    for (const line of (await response.text()).split("\n")) {
      if (!line.startsWith("data: {")) continue;
      const { content } = (
        JSON.parse(line.slice(6)) as { choices: { delta: { content?: unknown } }[] }
      ).choices[0]!.delta;
      if (Array.isArray(content))
        for (const chunk of content as { text: string; type?: string }[]) {
          expect(chunk.type).toBeUndefined();
          text += chunk.text;
        }
    }
    expect(text).toBe(expected);
  });
});

describe("a value first met JSON-escaped in the request", () => {
  it("comes back as read, not as the escape it was written with", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(reply("J'écris à [COURRIEL_1]."));
    const response = await postChat(fixture, {
      model: "mistral-small-latest",
      messages: [
        {
          role: "user",
          content: 'Export : {"mail": "o.martin\\u0040exemple.fr"}. Réponds à o.martin@exemple.fr.',
        },
      ],
    });
    const body = (await response.json()) as { choices: { message: { content: string } }[] };
    expect(body.choices[0]!.message.content).toBe("J'écris à o.martin@exemple.fr.");
    expect(fixture.standIn.received.map((r) => r.body).join("")).not.toContain("o.martin");
  });
});

describe("a JSON answer (response_format json_object or json_schema)", () => {
  const JSON_ANSWER = reply('{"destinataire": "[PERSONNE_1]", "adresse": "[ADRESSE_1]"}', {
    chunkSize: 7,
  });

  it.each([false, true])(
    "stays valid JSON with the originals in its strings, a two-line address escaped (streamed: %s)",
    async (stream) => {
      fixture = await startGatewayFixture();
      fixture.standIn.script(JSON_ANSWER);
      const body = { ...request(stream), responseFormat: { type: "json_object" as const } };
      let content = "";
      if (stream) {
        const result = await chatStream(sdk(fixture.url), body);
        if (!result.ok) throw result.error;
        const texts = { text: "", thinking: "" };
        for await (const event of result.value)
          textsOf(event.data.choices[0]!.delta.content, texts);
        content = texts.text;
      } else {
        const result = await chatComplete(sdk(fixture.url), body);
        if (!result.ok) throw result.error;
        content = result.value.choices[0]!.message!.content as string;
      }
      expect(JSON.parse(content)).toEqual({ destinataire: NAME, adresse: ADDRESS });
    }
  );

  it("leaves an answer in prose as written: a line break is a line break", async () => {
    fixture = await startGatewayFixture();
    fixture.standIn.script(reply("Adresse : [ADRESSE_1]"));
    const result = await chatComplete(sdk(fixture.url), request(false));
    if (!result.ok) throw result.error;
    expect(result.value.choices[0]!.message!.content).toBe(`Adresse : ${ADDRESS}`);
  });
});

describe("AnswerRestorer", () => {
  const vault = () => {
    const v = new Vault();
    v.placeholderFor("PERSONNE", NAME);
    v.placeholderFor("ADRESSE", ADDRESS);
    return v;
  };

  /** Restores the deltas of one choice as they stream, the last one ending it. */
  const restoreAll = (deltas: AnswerPart[]) => {
    const restorer = new AnswerRestorer(vault());
    deltas.forEach((delta, i) => restorer.restore(delta, i === deltas.length - 1));
    return deltas;
  };

  it("keeps string content a string, and holds a placeholder cut between two events until it is whole", () => {
    const deltas = restoreAll([
      { content: "À [PERS" },
      { content: "ONNE_1], " },
      { content: "merci" },
    ]);
    expect(deltas.map((d) => d.content)).toEqual(["À ", `${NAME}, `, "merci"]);
  });

  it("restores text chunks in a list as one text with the string content around them", () => {
    const deltas = restoreAll([
      { content: [{ type: "text", text: "Pour [PERSONNE" }] },
      { content: "_1]" },
    ]);
    expect(deltas[0]!.content).toEqual([{ type: "text", text: "Pour " }]);
    expect(deltas[1]!.content).toBe(NAME);
  });

  it("gives back what was held of the thinking, as thinking, when the text begins", () => {
    const deltas = restoreAll([
      { content: [{ type: "thinking", thinking: [{ type: "text", text: "Voir [PERSONNE_" }] }] },
      { content: "Bonjour." },
    ]);
    expect(deltas[0]!.content).toEqual([
      { type: "thinking", thinking: [{ type: "text", text: "Voir " }] },
    ]);
    // `[PERSONNE_` never became a placeholder: it is given back as written, still as thinking.
    expect(deltas[1]!.content).toEqual([
      { type: "thinking", thinking: [{ type: "text", text: "[PERSONNE_" }] },
      { type: "text", text: "Bonjour." },
    ]);
  });

  it("gives back at the end what was held, in the last event, even one without content", () => {
    const text = restoreAll([{ content: "Voir [PERSONNE_" }, {}]);
    expect(text.map((d) => d.content)).toEqual(["Voir ", "[PERSONNE_"]);
    const thinking = restoreAll([
      { content: [{ type: "thinking", thinking: [{ type: "text", text: "Voir [PERS" }] }] },
      { content: null },
    ]);
    expect(thinking[1]!.content).toEqual([
      { type: "thinking", thinking: [{ type: "text", text: "[PERS" }] },
    ]);
  });

  it("leaves a delta without content as it is, and other kinds of chunk untouched", () => {
    const [role, reference] = restoreAll([
      { role: "assistant" },
      { content: [{ type: "reference", reference_ids: [1, 2] }] },
    ]);
    expect(role).toEqual({ role: "assistant" });
    expect(reference!.content).toEqual([{ type: "reference", reference_ids: [1, 2] }]);
  });

  it("restores tool call arguments given as an object, keys included, and keeps JSON text valid", () => {
    const [delta] = restoreAll([
      {
        tool_calls: [
          { function: { name: "a", arguments: { "[PERSONNE_1]": ["[ADRESSE_1]", 3] } } },
          { function: { name: "b", arguments: '{"x":"[ADRESSE_1] et \\"[PERSONNE_1]\\""}' } },
        ],
      },
    ]);
    const [object, text] = delta!.tool_calls as { function: { arguments: unknown } }[];
    expect(object!.function.arguments).toEqual({ [NAME]: [ADDRESS, 3] });
    expect(JSON.parse(text!.function.arguments as string)).toEqual({
      x: `${ADDRESS} et "${NAME}"`,
    });
  });

  it("restores a placeholder without brackets that follows an escape in JSON text", () => {
    // A model that drops the brackets writes a letter's lines in the arguments as `\n` escapes.
    const [delta] = restoreAll([
      {
        tool_calls: [
          {
            function: {
              name: "ecrire",
              arguments: '{"lettre": "Madame,\\nPERSONNE_1\\nADRESSE_1"}',
            },
          },
        ],
      },
    ]);
    const [call] = delta!.tool_calls as { function: { arguments: string } }[];
    expect(JSON.parse(call!.function.arguments)).toEqual({
      lettre: `Madame,\n${NAME}\n${ADDRESS}`,
    });
  });

  it("restores arguments streamed in pieces, as vLLM sends them, a placeholder cut between two", () => {
    const call = (args: string, head = {}) => ({
      tool_calls: [{ index: 0, ...head, function: { arguments: args } }],
    });
    const deltas = restoreAll([
      call('{"nom": "[PERS', { id: "c1", type: "function" }),
      call('ONNE_1]", "adresse": "[ADRESSE_1'),
      call(']"}'),
      { content: "" },
    ]);
    const args = deltas
      .flatMap((d) => (d.tool_calls ?? []) as { function: { arguments: string } }[])
      .map((c) => c.function.arguments);
    expect(JSON.parse(args.join(""))).toEqual({ nom: NAME, adresse: ADDRESS });
  });

  it("gives back at the end what was held of a call's arguments, as a piece of that call", () => {
    const deltas = restoreAll([
      { tool_calls: [{ index: 2, function: { name: "f", arguments: '{"a": "[PERSONNE_' } }] },
      { content: "" },
    ]);
    expect(deltas[0]!.tool_calls).toEqual([
      { index: 2, function: { name: "f", arguments: '{"a": "' } },
    ]);
    expect(deltas[1]!.tool_calls).toEqual([{ index: 2, function: { arguments: "[PERSONNE_" } }]);
  });

  it("keeps a call with an index apart from one without, and gives what is held to a call's last piece", () => {
    const deltas = restoreAll([
      {
        tool_calls: [
          { index: 1, function: { name: "f", arguments: '{"a": "[PERS' } },
          { function: { name: "g", arguments: '{"b": 1}' } },
        ],
      },
      {
        tool_calls: [
          { index: 1, function: { arguments: 'ONNE_1]", ' } },
          { index: 1, function: { arguments: '"c": "[PERSONNE_' } },
        ],
      },
    ]);
    const args = deltas.map((d) =>
      (d.tool_calls as { function: { arguments: string } }[]).map((c) => c.function.arguments)
    );
    expect(args).toEqual([
      ['{"a": "', '{"b": 1}'],
      [`${NAME}", `, '"c": "[PERSONNE_'],
    ]);
  });

  it("does not let an empty piece of text cut the thinking's stream", () => {
    const thinking = (text: string) => ({
      content: [{ type: "thinking", thinking: [{ type: "text", text }] }],
    });
    const deltas = restoreAll([thinking("Voir [PERSO"), { content: "" }, thinking("NNE_1]."), {}]);
    const texts = { text: "", thinking: "" };
    for (const delta of deltas) textsOf(delta.content, texts);
    expect(texts).toEqual({ text: "", thinking: `Voir ${NAME}.` });
  });

  it("restores a vLLM server's reasoning field as a stream of its own", () => {
    const deltas = restoreAll([
      { reasoning_content: "Voir [PERS" },
      { reasoning_content: "ONNE_1] puis [ADRESSE_", content: "Bonjour" },
      {},
    ]);
    expect(deltas.map((d) => d.reasoning_content ?? "").join("")).toBe(
      `Voir ${NAME} puis [ADRESSE_`
    );
    expect(deltas[1]!.content).toBe("Bonjour");
  });

  it("says whether it rewrote a part, so that one left as it came may be passed on as written", () => {
    const changes = (deltas: AnswerPart[]) => {
      const restorer = new AnswerRestorer(vault());
      return deltas.map((delta, i) => restorer.restore(delta, i === deltas.length - 1).changed);
    };
    expect(changes([{ role: "assistant", content: "" }, { content: "Bonjour " }, {}])).toEqual([
      false,
      false,
      false,
    ]);
    expect(
      changes([{ content: "[PERSONNE_1]" }, { content: "Voir [ADRE" }, { content: "x" }])
    ).toEqual([true, true, true]);
    expect(changes([{ content: "Merci " }, { content: " [PERSONNE_" }, { content: "" }])).toEqual([
      false,
      true,
      true,
    ]);
    const call = (args: string) => ({
      tool_calls: [{ index: 0, function: { name: "f", arguments: args } }],
    });
    expect(
      changes([call('{"a":1}'), call('{"b":"[PERSONNE_1]"}'), { reasoning_content: "Je pense. " }])
    ).toEqual([false, true, false]);
  });

  it("counts every character the model wrote: text, thinking and tool arguments", () => {
    const restorer = new AnswerRestorer(vault());
    const { chars } = restorer.restore(
      {
        content: [
          { type: "thinking", thinking: [{ type: "text", text: "abc" }] },
          { type: "text", text: "de" },
        ],
        tool_calls: [{ function: { name: "f", arguments: "{}" } }],
      },
      true
    );
    expect(chars).toBe(7);
  });
});
