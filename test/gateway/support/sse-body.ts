/** Reading a streamed answer's SSE body in tests, as a client would. */

/** The data of each event of an SSE body. */
export const sseEvents = (body: string) =>
  body
    .split("\n\n")
    .filter(Boolean)
    .map((event) => event.replace(/^data: /, ""));

/** The answer's text, joined from the content of every event but [DONE]. */
export const sseContent = (body: string) =>
  sseEvents(body)
    .filter((data) => data !== "[DONE]")
    .map((data) => (JSON.parse(data) as { choices: { delta: { content?: string } }[] }).choices)
    .map((choices) => choices[0]?.delta.content ?? "")
    .join("");
