import { abortable, isFatal, untilAborted } from "./abort.ts";
import { answerTokens, fits, room, sizeOf, type RequestBudget } from "./budget.ts";
import { Channel } from "./channel.ts";
import type { ChatClient, ChatMessage } from "./chat-client.ts";
import { MAX_PART_TITLE_LENGTH, splitDocument, type DocumentPart } from "./chunking.ts";
import { AssistantError } from "./errors.ts";
import type { AssistantEvent } from "./events.ts";
import { mapConcurrently } from "./pool.ts";
import {
  mergedNoteLabel,
  mergeMessages,
  partMessages,
  partNoteLabel,
  type LongDocumentSpec,
  type Note,
  type PartLabel,
} from "./prompts/index.ts";
import { chatRequest, complete } from "./request.ts";
import { charsForTokens, CHARS_PER_TOKEN } from "./tokens.ts";

export const DEFAULT_CONCURRENCY = 3;

export interface LongDocumentOptions {
  client: ChatClient;
  spec: LongDocumentSpec;
  source: { text: string; headingStarts: readonly number[] };
  budget: RequestBudget;
  model: string | undefined;
  concurrency: number;
  signal: AbortSignal;
}

export interface LongDocumentReading {
  parts: DocumentPart[];
  /** covered[i]: whether part i gave notes the answer rests on. */
  covered: boolean[];
  /** The request that writes the answer from the notes, in the form the user asked for. */
  final: ChatMessage[];
}

/** A merge request must hold at least this many notes, so that merging always shrinks them. */
const NOTES_PER_MERGE = 4;
/** French words per token, on the low side, so that notes asked for in words end before maxTokens. */
const WORDS_PER_TOKEN = 0.5;
/** Less room than this for a part's text (in characters) is a configuration too tight to be useful. */
const MIN_PART_ROOM = 1000;
/** Room for numbered fence markers (a text that contains the usual ones) in each request. */
const MARKER_SLACK = 32;
const WORST_LABEL: PartLabel = {
  number: 99_999,
  total: 99_999,
  title: "x".repeat(MAX_PART_TITLE_LENGTH),
};

interface MergedNote {
  /** The parts it covers, numbered from 1. */
  first: number;
  last: number;
  note: Note;
}

const notesOf = (merged: readonly MergedNote[]) => merged.map((m) => m.note);

/**
 * Reads a document too long for one request: split on its structure, each part turned into notes
 * (at most `concurrency` requests at a time, a failed part retried once and otherwise left out and
 * reported), then the notes merged, in rounds while they are too long for one request. Everything
 * stays pseudonymised; the caller streams the final request and restores it.
 */
export async function* readByParts(
  options: LongDocumentOptions
): AsyncGenerator<AssistantEvent, LongDocumentReading> {
  const { spec, budget, signal } = options;
  const answer = answerTokens(budget);
  const mergeRoom = room(sizeOf(mergeMessages(spec, [], Number.MAX_SAFE_INTEGER)), answer, budget);
  const noteTokens = Math.min(
    answer,
    Math.floor(Math.min(mergeRoom.tokens, mergeRoom.chars / CHARS_PER_TOKEN) / NOTES_PER_MERGE)
  );
  const words = Math.floor(noteTokens * WORDS_PER_TOKEN);
  const partOverhead = sizeOf(partMessages(spec, "", WORST_LABEL, words));
  const partRoom = room(
    { chars: partOverhead.chars + MARKER_SLACK, tokens: partOverhead.tokens + MARKER_SLACK },
    answer,
    budget
  );
  if (Math.min(partRoom.chars, charsForTokens(partRoom.tokens)) < MIN_PART_ROOM || words < 1)
    throw AssistantError.budget();

  const parts = splitDocument(options.source.text, {
    headingStarts: options.source.headingStarts,
    maxChars: partRoom.chars,
    maxTokens: partRoom.tokens,
  });
  const label = (part: DocumentPart): PartLabel => ({
    number: part.index + 1,
    total: parts.length,
    ...(part.title === undefined ? {} : { title: part.title }),
  });
  const ask = (messages: ChatMessage[], maxTokens: number) =>
    retryOnce(
      () => complete(options.client, chatRequest(spec, messages, maxTokens, options.model), signal),
      signal
    );

  const notes = yield* readParts(options, parts, (part) =>
    ask(
      partMessages(spec, options.source.text.slice(part.start, part.end), label(part), words),
      noteTokens
    )
  );
  const failed = notes.filter((n) => n === undefined).length;
  yield { type: "progress", phase: "merge", done: parts.length, total: parts.length, failed };

  let merged: MergedNote[] = parts.flatMap((part, i) => {
    const text = notes[i];
    return text === undefined
      ? []
      : [{ first: i + 1, last: i + 1, note: { label: partNoteLabel(label(part)), text } }];
  });
  const fitsFinal = (group: MergedNote[]) =>
    fits(sizeOf(mergeMessages(spec, notesOf(group))), answer, budget);
  const fitsMerge = (group: MergedNote[]) =>
    fits(sizeOf(mergeMessages(spec, notesOf(group), words)), noteTokens, budget);
  while (!fitsFinal(merged)) {
    const groups = consecutiveGroups(merged, fitsMerge);
    if (groups.length === merged.length) throw AssistantError.budget();
    merged = await untilAborted(
      mapConcurrently(groups, options.concurrency, signal, async (group) => {
        if (group.length === 1) return group[0]!;
        const first = group[0]!.first;
        const last = group.at(-1)!.last;
        const text = await ask(mergeMessages(spec, notesOf(group), words), noteTokens);
        return { first, last, note: { label: mergedNoteLabel(first, last), text } };
      }),
      signal
    );
  }
  return {
    parts,
    covered: parts.map((_, i) => notes[i] !== undefined),
    final: mergeMessages(spec, notesOf(merged)),
  };
}

/**
 * Each part's notes, undefined for a part whose request failed twice, with progress as parts finish.
 * Throws when the run must end (cancelled, signed out, quota) or when no part could be read.
 */
async function* readParts(
  options: LongDocumentOptions,
  parts: DocumentPart[],
  read: (part: DocumentPart) => Promise<string>
): AsyncGenerator<AssistantEvent, (string | undefined)[]> {
  const { signal } = options;
  const progress = new Channel<AssistantEvent>();
  const failures: unknown[] = [];
  let done = 0;
  const reading = mapConcurrently(parts, options.concurrency, signal, async (part) => {
    let notes: string | undefined;
    try {
      notes = await read(part);
    } catch (error) {
      if (isFatal(error, signal)) throw error;
      failures.push(error);
    }
    done++;
    progress.push({
      type: "progress",
      phase: "parts",
      done,
      total: parts.length,
      failed: failures.length,
    });
    return notes;
  }).finally(() => progress.close());
  // Awaited below, once progress is over; until then a failure must not count as unhandled.
  reading.catch(() => undefined);

  yield { type: "progress", phase: "parts", done: 0, total: parts.length, failed: 0 };
  yield* abortable(progress, signal);
  const notes = await untilAborted(reading, signal);
  if (failures.length === parts.length) throw failures[0];
  return notes;
}

async function retryOnce<T>(attempt: () => Promise<T>, signal: AbortSignal): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (isFatal(error, signal)) throw error;
    return attempt();
  }
}

/** Consecutive items grouped while `fitsGroup` accepts the group. */
function consecutiveGroups<T>(items: readonly T[], fitsGroup: (group: T[]) => boolean): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && fitsGroup([...last, item])) last.push(item);
    else groups.push([item]);
  }
  return groups;
}
