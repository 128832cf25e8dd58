/*
 * The promise, on a corpus: no personal value of generated French documents (letters,
 * judgments, police reports, e-mails, HR files, complaints) reaches Mistral, whatever shape a client
 * gives the request, and the answer comes back with the originals. The gateway's own scan is what is
 * tested here: the client masks nothing.
 */
import { MistralCore } from "@mistralai/mistralai/core.js";
import { chatComplete } from "@mistralai/mistralai/funcs/chatComplete.js";
import { chatStream } from "@mistralai/mistralai/funcs/chatStream.js";
import type { ChatCompletionRequest } from "@mistralai/mistralai/models/components";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../../src/eval/corpus-generator.ts";
import type { GoldDocument } from "../../../src/eval/gold.ts";
import { Random } from "../../../src/eval/random.ts";
import { FORMAT_TYPES } from "../../../src/eval/targets.ts";
import { wireToSdk } from "../../../src/gateway/wire.ts";
import { textOf } from "../../support/mistral-stand-in-request.ts";
import {
  auditRecords,
  DEV_TOKEN,
  postChat,
  startGatewayFixture,
  waitForRecords,
  type GatewayFixture,
} from "../support/gateway-fixture.ts";
import { sseContent } from "../support/sse-body.ts";

/** Not the eval's seed (1) nor another test's (2, 3, 7): a corpus no tuning has seen. */
const SEED = 11;
const corpus = generateCorpus({ seed: SEED, documents: 48 });
const MODEL = "mistral-small-latest";

// Shapes

/** Where the request carries the document. */
const SHAPES = ["one string", "text chunks", "system message", "tool call arguments"] as const;
type Shape = (typeof SHAPES)[number];

/** The official SDK, and plain JSON for what a client may write that the SDK would not. */
const CLIENTS = ["SDK", "JSON", "JSON with non-ASCII escaped"] as const;
type Client = (typeof CLIENTS)[number];

const SUMMARISE = "Résume ce document.";
const SEARCH = "Cherche le dossier.";
const TOOL_CALL_ID = "abc123def";

/** JSON as an encoder that writes ASCII only gives it: `é` as `\u00e9`. */
const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );

/** A request's body as a client writes it. */
const encode = (client: Client, request: unknown) =>
  client === "JSON with non-ASCII escaped" ? asciiJson(request) : JSON.stringify(request);

/**
 * The document in pieces cut at arbitrary points, one of them inside a personal value, so that the
 * value reaches the gateway in two chunks of one message.
 */
function cutPoints(doc: GoldDocument, random: Random): number[] {
  const cuttable = doc.entities.filter((e) => e.end - e.start >= 2);
  const inside = random.pick(cuttable);
  const cuts = new Set([random.int(inside.start + 1, inside.end - 1)]);
  for (let n = random.int(1, 3); n > 0; n--) cuts.add(random.int(1, doc.text.length - 1));
  return [...cuts].sort((a, b) => a - b);
}

function chunksOf(text: string, cuts: readonly number[]) {
  return [...cuts, text.length].map((end, i) => ({
    type: "text",
    text: text.slice(i === 0 ? 0 : cuts[i - 1], end),
  }));
}

/** The messages, on the wire, of a request carrying `doc` in `shape`. */
function messagesFor(shape: Shape, doc: GoldDocument, client: Client, random: Random): unknown[] {
  switch (shape) {
    case "one string":
      return [{ role: "user", content: doc.text }];
    case "text chunks":
      return [{ role: "user", content: chunksOf(doc.text, cutPoints(doc, random)) }];
    case "system message":
      return [
        { role: "system", content: doc.text },
        { role: "user", content: SUMMARISE },
      ];
    case "tool call arguments": {
      const found = { document: doc.text };
      return [
        { role: "user", content: SEARCH },
        {
          role: "assistant",
          content: "",
          tool_calls: [
            {
              id: TOOL_CALL_ID,
              type: "function",
              function: {
                name: "chercher",
                // A client that escapes escapes its arguments too: JSON in JSON.
                arguments:
                  client === "JSON with non-ASCII escaped"
                    ? asciiJson(found)
                    : JSON.stringify(found),
              },
            },
          ],
        },
        { role: "tool", tool_call_id: TOOL_CALL_ID, name: "chercher", content: "Trouvé." },
      ];
    }
  }
}

/** What the client reads of the answer, streamed or not. */
async function ask(
  fixture: GatewayFixture,
  client: Client,
  request: { model: string; messages: unknown[]; stream: boolean }
): Promise<string> {
  if (client === "SDK") {
    const sdk = new MistralCore({ apiKey: DEV_TOKEN, serverURL: fixture.url });
    const { stream, ...rest } = request;
    const sdkRequest = wireToSdk<ChatCompletionRequest>(rest);
    if (!stream) {
      const result = await chatComplete(sdk, sdkRequest);
      if (!result.ok) throw result.error;
      return result.value.choices[0]!.message!.content as string;
    }
    const result = await chatStream(sdk, sdkRequest);
    if (!result.ok) throw result.error;
    let text = "";
    for await (const event of result.value)
      text += (event.data.choices[0]?.delta.content as string | undefined) ?? "";
    return text;
  }
  const response = await postChat(fixture, encode(client, request));
  const text = await response.text();
  expect(response.status, text).toBe(200);
  if (request.stream) return sseContent(text);
  return (JSON.parse(text) as { choices: { message: { content: string } }[] }).choices[0]!.message
    .content;
}

// Canaries

interface Canary {
  label: string;
  value: string;
  /** A number or code: also looked for without its separators, and as its digits alone. */
  identifier: boolean;
}

/** Bytes and texts, read the ways a value may hide in them. */
interface Views {
  /** Lower case, JSON escapes resolved (twice: tool arguments are JSON in JSON), white space as one space. */
  normalised: string;
  /** The same without spaces, dots, dashes and slashes. */
  compact: string;
}

/** Keeps texts apart: it is neither a letter, nor a digit, nor a separator. */
const BARRIER = "\u0000";
const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };
const unescapeJson = (text: string) =>
  text.replace(/\\(u[0-9a-fA-F]{4}|.)/gs, (_, escape: string) =>
    escape.length === 5
      ? String.fromCharCode(parseInt(escape.slice(1), 16))
      : (ESCAPES[escape] ?? escape)
  );
const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, " ");
const compact = (text: string) => text.toLowerCase().replace(/[\s./-]+/g, "");

function viewsOf(texts: readonly string[]): Views {
  const text = texts.map((t) => unescapeJson(unescapeJson(t))).join(BARRIER);
  return { normalised: normalise(text), compact: compact(text) };
}

/** Each message's text as the model reads it: text chunks joined, so a value cut across them is whole. */
function messageTexts(body: string): string[] {
  let request: { messages?: { content?: unknown }[] };
  try {
    request = JSON.parse(body) as typeof request;
  } catch {
    return [];
  }
  return (request.messages ?? []).map((message) => textOf(message.content));
}

/** What Mistral was sent: the bytes as they came, and each request body read as JSON. */
const sentViews = (bytes: string, bodies: readonly string[]) =>
  viewsOf([bytes, ...bodies, ...bodies.flatMap(messageTexts)]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Fewer digits than this may be a date or an amount of the document once separators go. */
const DIGITS_ALONE = 9;

/** Where `canary` is in `views`, with the text around it; undefined when it is not. */
function find(views: Views, canary: Canary): string | undefined {
  const around = (text: string, at: number, form: string) =>
    `${form}: …${text.slice(Math.max(0, at - 60), at + canary.value.length + 60)}…`;
  // Prose values are words: `Martin` must not be found in `martinet`.
  const written = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(normalise(canary.value))}(?![\\p{L}\\p{N}])`,
    "u"
  );
  const at = views.normalised.search(written);
  if (at >= 0) return around(views.normalised, at, "as written");
  if (!canary.identifier) return undefined;
  const bare = compact(canary.value);
  const digits = canary.value.replace(/\D/g, "");
  for (const [form, value] of [
    ["without separators", bare],
    ["digits alone", digits.length >= DIGITS_ALONE ? digits : ""],
  ] as const) {
    const index = value ? views.compact.indexOf(value) : -1;
    if (index >= 0) return around(views.compact, index, form);
  }
  return undefined;
}

const nameWords = (name: string) =>
  name.split(/[^\p{L}]+/u).filter((word) => word.length >= 3 && /^\p{Lu}/u.test(word));
/** An address's parts (lines, comma-separated pieces) that have a word: the street alone locates someone. */
const addressParts = (address: string) =>
  address.split(/\n|,\s*/).filter((part) => /\p{L}{3}/u.test(part));

/** Every gold value, persons' name words and addresses' parts, each once. */
function canariesOf(doc: GoldDocument): Canary[] {
  const canaries = new Map<string, Canary>();
  const add = (label: string, value: string) =>
    canaries.set(normalise(value), { label, value, identifier: FORMAT_TYPES.includes(label) });
  for (const entity of doc.entities) {
    const value = doc.text.slice(entity.start, entity.end);
    add(entity.label, value);
    if (entity.label === "PERSONNE") for (const word of nameWords(value)) add(entity.label, word);
    if (entity.label === "ADRESSE") for (const part of addressParts(value)) add(entity.label, part);
  }
  return [...canaries.values()];
}

/**
 * The document's own text outside its personal values, and what the test adds to it: what may
 * rightly reach Mistral.
 */
function legitimateText(doc: GoldDocument): Views {
  let text = "";
  let cursor = 0;
  for (const entity of [...doc.entities].sort((a, b) => a.start - b.start)) {
    text += doc.text.slice(cursor, entity.start) + BARRIER;
    cursor = Math.max(cursor, entity.end);
  }
  return viewsOf([text + doc.text.slice(cursor), SUMMARISE, SEARCH, "chercher", "Trouvé."]);
}

/**
 * The canaries to look for, and those left out: a value the document also writes outside every
 * personal value (a surname that is a common word, `marchand`; a name in a street or school that is a
 * decoy, `Jean` of `collège Jean-Moulin`; `Saint` of `Seine-Saint-Denis`) rightly reaches Mistral
 * there, so finding it proves nothing. Only that document's writing of it is left out; its fuller
 * writings (`Jean Dupont`) stay canaries.
 */
function canariesToCheck(doc: GoldDocument) {
  const legitimate = legitimateText(doc);
  const checked: Canary[] = [];
  const excluded: Canary[] = [];
  for (const canary of canariesOf(doc))
    (find(legitimate, canary) === undefined ? checked : excluded).push(canary);
  return { checked, excluded };
}

function leaks(views: Views, canaries: readonly Canary[]): string[] {
  return canaries.flatMap((canary) => {
    const found = find(views, canary);
    return found === undefined ? [] : [`${canary.label} ${JSON.stringify(canary.value)} ${found}`];
  });
}

// Answers

const PLACEHOLDER = /\[[A-Z_]+_\d+\]/;

/** Whether `restored` is a writing of the person `mention` names: they share a name word. */
const sameName = (mention: string, restored: string) =>
  nameWords(mention).some((word) =>
    nameWords(restored).some((w) => normalise(w) === normalise(word))
  );

/**
 * Why `answer` is not the document given back (undefined when it is). The gateway restores every
 * mention of a person to the fullest writing the document gave of them (`Dupont` comes back
 * `Jean DUPONT`), so a mention may come back in another writing of the same name; everything else
 * comes back byte for byte.
 */
function notGivenBack(doc: GoldDocument, answer: string): string | undefined {
  // The document as literal runs, each followed by a person's mention (or by nothing, at the end).
  const runs: { literal: string; person?: string }[] = [];
  let literal = "";
  let cursor = 0;
  for (const entity of [...doc.entities].sort((a, b) => a.start - b.start)) {
    literal += doc.text.slice(cursor, entity.start);
    const value = doc.text.slice(entity.start, entity.end);
    cursor = entity.end;
    if (entity.label === "PERSONNE") {
      runs.push({ literal, person: value });
      literal = "";
    } else literal += value;
  }
  runs.push({ literal: literal + doc.text.slice(cursor) });
  let at = 0;
  for (const [i, run] of runs.entries()) {
    if (!answer.startsWith(run.literal, at))
      return `differs at ${at}: «${answer.slice(at, at + 80)}» for «${run.literal.slice(0, 80)}»`;
    at += run.literal.length;
    if (run.person === undefined) continue;
    const next = runs[i + 1]!.literal;
    const end = next ? answer.indexOf(next, at) : answer.length;
    if (end < 0) return `lost track after «${run.person}» at ${at}`;
    const restored = answer.slice(at, end);
    if (!sameName(run.person, restored)) return `«${run.person}» came back as «${restored}»`;
    at = end;
  }
  return at === answer.length ? undefined : `more after the end: «${answer.slice(at, at + 80)}»`;
}

/**
 * A value cut across chunks leaves its placeholder in each, so an echo of the chunks has it once per
 * chunk: the answer is checked for every value coming back, not for the document's exact text.
 */
function valuesMissing(doc: GoldDocument, answer: string): string[] {
  const placeholder = PLACEHOLDER.exec(answer);
  const missing = placeholder ? [`a placeholder left: ${placeholder[0]}`] : [];
  for (const entity of doc.entities) {
    const value = doc.text.slice(entity.start, entity.end);
    // A value cut across two chunks has its placeholder in both, which the stand-in echoes: a
    // single name comes back twice, glued (`MariamMariam`), and shares no word with itself.
    const found =
      answer.includes(value) || (entity.label === "PERSONNE" && sameName(value, answer));
    if (!found) missing.push(`${entity.label} « ${value} »`);
  }
  return missing;
}

// The corpus through the gateway

describe("the canaries of the corpus", () => {
  it("are all seen in a document sent unmasked, in every shape and encoding", () => {
    for (const [index, doc] of corpus.entries()) {
      const { checked } = canariesToCheck(doc);
      for (const shape of SHAPES) {
        for (const client of ["JSON", "JSON with non-ASCII escaped"] as const) {
          // The SDK writes plain JSON: these two encodings are what the gateway can be sent.
          const messages = messagesFor(shape, doc, client, Random.forItem(SEED, index));
          const body = encode(client, { model: MODEL, messages });
          const views = sentViews(body, [body]);
          const unseen = checked.filter((canary) => find(views, canary) === undefined);
          expect(unseen, `${doc.id}, ${shape}, ${client}`).toEqual([]);
        }
      }
    }
  });

  it("leave out only what the document itself writes outside any personal value", () => {
    const excluded = corpus.flatMap((doc) =>
      canariesToCheck(doc).excluded.map((canary) => `${doc.id}: ${canary.value}`)
    );
    expect(excluded).toEqual([]);
  });
});

describe("a canary corpus of French documents through the gateway", () => {
  let fixture: GatewayFixture;
  beforeAll(async () => {
    // Unlimited: the quotas are not what this file tests.
    fixture = await startGatewayFixture({
      rateLimits: { requestsPerMinute: 0, requestsPerDay: 0, tokensPerMinute: 0, tokensPerDay: 0 },
    });
  });
  afterAll(async () => {
    await fixture.close();
  });

  it.each(corpus.map((doc, index) => ({ doc, index, id: doc.id })))(
    "$id: no personal value reaches Mistral in any shape, and the answer gives them back",
    async ({ doc, index }) => {
      const random = Random.forItem(SEED, index);
      const { checked } = canariesToCheck(doc);
      const recordsBefore = (await auditRecords(fixture.audit)).length;
      for (const [s, shape] of SHAPES.entries()) {
        // Rotated so that every shape meets every client, streamed and not, for every kind of
        // document (the corpus cycles through its six kinds).
        const turn = Math.floor(index / 6) + s;
        const stream = turn % 2 === 1;
        const client = CLIENTS[turn % CLIENTS.length]!;
        const form = `${doc.id}, ${shape}, ${client}, ${stream ? "streamed" : "not streamed"}`;
        const bytesBefore = fixture.standIn.receivedBytes().length;
        const requestsBefore = fixture.standIn.received.length;

        const answer = await ask(fixture, client, {
          model: MODEL,
          messages: messagesFor(shape, doc, client, random),
          stream,
        });

        const sent = sentViews(
          fixture.standIn.receivedBytes().subarray(bytesBefore).toString("utf8"),
          fixture.standIn.received.slice(requestsBefore).map((request) => request.body)
        );
        expect.soft(leaks(sent, checked), form).toEqual([]);
        if (shape === "one string") expect.soft(notGivenBack(doc, answer), form).toBeUndefined();
        else if (shape === "text chunks") expect.soft(valuesMissing(doc, answer), form).toEqual([]);
        else expect.soft(answer, form).toBe(shape === "system message" ? SUMMARISE : SEARCH);
      }

      const records = await waitForRecords(fixture.audit, recordsBefore + SHAPES.length);
      const rows = records.slice(recordsBefore);
      expect(rows.map((row) => row.outcome)).toEqual(SHAPES.map(() => "ok"));
      // The request id is a random UUID, whose hex digits may spell a short number by chance.
      const written = rows.map((row) => ({ ...row, requestId: "" }));
      expect(leaks(viewsOf([JSON.stringify(written)]), checked), "audit rows").toEqual([]);
    }
  );
});
