import type { ChatMessage } from "../chat-client.ts";
import { markersFor, type Markers } from "./source-block.ts";
import { systemPrompt } from "./system.ts";

/** The system prompt and one user message, fenced with markers that `fencedText` does not contain. */
export function chatMessages(
  fencedText: string,
  user: (markers: Markers) => string
): ChatMessage[] {
  const markers = markersFor(fencedText);
  return [
    { role: "system", content: systemPrompt(markers) },
    { role: "user", content: user(markers) },
  ];
}
