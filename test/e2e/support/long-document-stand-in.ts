/*
 * The Mistral stand-in answering each chat request according to what it asks: a long document's parts
 * are sent a few at a time, in an order the network decides, so a queue of steps cannot say which part
 * fails. The requests' prompts say which part they carry ("Voici la partie 3 sur 18 (« … »)").
 */
import type { MistralStandIn, ReceivedRequest, Step } from "../../support/mistral-stand-in.ts";

interface ChatMessageSent {
  role: string;
  content: string;
}

export interface PartRequest {
  number: number;
  total: number;
  title: string | undefined;
}

const PART = /Voici la partie (\d+) sur (\d+)(?: \(« (.*?) »\))?\./;
/** The request that writes the answer from the parts' notes (prompts/long-document.ts, "final"). */
const FINAL = "Rédige à partir d'elles le résumé du document entier";

export const isChat = (request: ReceivedRequest) => request.path.startsWith("/v1/chat/completions");

function messagesOf(request: ReceivedRequest): ChatMessageSent[] {
  return (JSON.parse(request.body) as { messages: ChatMessageSent[] }).messages;
}

/** The characters of message text, as the policy's maxRequestChars counts them. */
export const requestChars = (request: ReceivedRequest) =>
  messagesOf(request).reduce((n, message) => n + message.content.length, 0);

/** Which part of the document a request asks notes of; undefined for any other request. */
export function partOf(request: ReceivedRequest): PartRequest | undefined {
  for (const { content } of messagesOf(request)) {
    const match = PART.exec(content);
    if (match) return { number: Number(match[1]), total: Number(match[2]), title: match[3] };
  }
  return undefined;
}

export const isFinalMerge = (request: ReceivedRequest) =>
  messagesOf(request).some((message) => message.content.includes(FINAL));

/**
 * Scripts each chat request's step as it arrives, from the request itself. The stand-in re-checks the
 * conditions given to `until` as soon as a request is recorded, before it takes the next step of its
 * queue: the step scripted there is the one this request gets. Nothing else may be scripted meanwhile.
 */
export function answerEach(
  standIn: MistralStandIn,
  choose: (request: ReceivedRequest) => Step
): void {
  let seen = 0;
  void standIn.until(() => {
    for (; seen < standIn.received.length; seen++) {
      const request = standIn.received[seen]!;
      if (isChat(request) && request.method === "POST") standIn.script(choose(request));
    }
    return false;
  });
}
