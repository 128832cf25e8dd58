import { describe, expect, it } from "vitest";
import {
  mapRequestStrings,
  RequestTooComplexError,
  WIRE_KEYS,
} from "../../../src/gateway/proxy/request-strings.ts";
import { MistralSpec } from "../../support/openapi-schema.ts";

/** The strings a request gives the scan, in order, each marked when glued to the one before. */
function strings(body: Record<string, unknown>) {
  const seen: string[] = [];
  mapRequestStrings(body, (text, glued) => (seen.push(glued ? `+${text}` : text), text));
  return seen;
}

describe("the strings of a request the scan reads", () => {
  it("knows the wire's own keys: exactly the property names of Mistral's ChatCompletionRequest", () => {
    expect([...WIRE_KEYS].sort()).toEqual(
      [...new MistralSpec().propertyNamesUnder("ChatCompletionRequest")].sort()
    );
  });

  it("reads values and the caller's own keys, not the wire's vocabulary nor identifiers", () => {
    expect(
      strings({
        model: "mistral-small-latest",
        messages: [
          { role: "user", content: "bonjour" },
          { role: "tool", tool_call_id: "abc123def", name: "chercher", content: "ok" },
        ],
        metadata: { dossier: "RG 22/01234", nir: 184057512345625, small: 42 },
        temperature: 0.3,
      })
    ).toEqual([
      "bonjour",
      "chercher",
      "ok",
      "RG 22/01234",
      "dossier",
      "184057512345625",
      "nir",
      "small",
    ]);
  });

  it("glues text chunks that follow each other, as the model reads them", () => {
    expect(
      strings({
        messages: [
          {
            role: "user",
            content: [
              { type: "text", text: "Mme Ophélie " },
              { type: "text", text: "Karamanlis" },
              { type: "reference", reference_ids: [1] },
              { type: "text", text: "suite" },
            ],
          },
        ],
      })
    ).toEqual(["Mme Ophélie ", "+Karamanlis", "suite"]);
  });

  it("reads tool arguments inside their JSON, and keeps their writing when nothing changes", () => {
    const args = '{ "q": "Karamanlis" }';
    const body = {
      messages: [{ role: "assistant", tool_calls: [{ function: { name: "f", arguments: args } }] }],
    };
    expect(strings(body)).toEqual(["f", "Karamanlis", "q"]);
    const same = mapRequestStrings(body, (text) => text).body as typeof body;
    expect(same.messages[0]!.tool_calls[0]!.function.arguments).toBe(args);
    const masked = mapRequestStrings(body, (text) =>
      text === "Karamanlis" ? "[PERSONNE_1]" : text
    ).body as typeof body;
    expect(JSON.parse(masked.messages[0]!.tool_calls[0]!.function.arguments)).toEqual({
      q: "[PERSONNE_1]",
    });
  });

  it("names the kinds of content it cannot read", () => {
    const { unreadable } = mapRequestStrings(
      {
        messages: [
          {
            role: "user",
            content: [
              { type: "image_url", image_url: "https://exemple.fr/a.png" },
              { type: "input_audio", input_audio: "UklGRg==" },
            ],
          },
        ],
      },
      (text) => text
    );
    expect([...unreadable].sort()).toEqual(["image_url", "input_audio"]);
  });

  it("stops at the bounds of a request's shape", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 70; i++) deep = { a: deep };
    expect(() => mapRequestStrings({ metadata: deep }, (text) => text)).toThrow(
      RequestTooComplexError
    );
  });
});
