/** The Mistral stand-in in a bench child of its own, answering every call with one scripted reply. */
import { reply, startMistralStandIn } from "../../test/support/mistral-stand-in.ts";
import { serveBenchChild } from "./child-process.ts";

export interface StandInChildConfig {
  apiKey: string;
  reply: string;
  chunkChars: number;
  eventGapMs: number;
}

await serveBenchChild(async (config: StandInChildConfig) => {
  const standIn = await startMistralStandIn({
    apiKey: config.apiKey,
    record: false,
    chunkSize: config.chunkChars,
    defaultStep: reply(config.reply, { delayMs: config.eventGapMs }),
  });
  return { ready: standIn.url, close: () => standIn.close() };
});
