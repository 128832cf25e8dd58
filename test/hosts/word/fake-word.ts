/// <reference types="office-js" />
import { OfficeMockObject } from "office-addin-mock";
import type { WordRunner } from "../../../src/hosts/word/word-host.ts";

export interface FakeParagraph {
  text: string;
  outlineLevel?: number;
  styleBuiltIn?: string;
}

type TrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

/** A Word document: its paragraphs, a selection inside one paragraph, and what was done to it. */
export interface FakeDocument {
  paragraphs: FakeParagraph[];
  selection: { paragraph: number; start: number; end: number };
  changeTrackingMode: TrackingMode;
  comments: Array<{ text: string; anchor: string }>;
  /** Every text Word wrote, with the tracking mode in force when it did. */
  writes: Array<{ text: string; location: string; trackingMode: TrackingMode }>;
}

export interface FakeWordOptions {
  /** Word's highest WordApi version: "1.1", "1.3" or "1.4". */
  wordApi: string;
  /** The operation whose sync fails: "read" fails the first sync of a run. */
  failOn?: "read" | "insertText" | "insertComment";
}

type Operation =
  | { kind: "mode"; mode: TrackingMode }
  | { kind: "insertText"; text: string; location: string }
  | { kind: "insertComment"; text: string; anchor: string };

/** The error Word raises, its message holding the text as a real debug message may: it must not leak. */
function wordError(detail: string): Error {
  return Object.assign(new Error(`GeneralException: ${detail}`), {
    code: "GeneralException",
    name: "RichApi.Error",
  });
}

function insertInto(
  document: FakeDocument,
  at: { start: number; end: number },
  text: string
): void {
  const { paragraph: index } = document.selection;
  const paragraph = document.paragraphs[index];
  if (paragraph === undefined) throw new Error("selection outside the document");
  const lines = text.split("\n");
  const before = paragraph.text.slice(0, at.start);
  const after = paragraph.text.slice(at.end);
  const written: FakeParagraph[] = lines.map((line) => ({ text: line }));
  written[0] = { ...paragraph, text: before + lines[0] };
  const last = written.length - 1;
  written[last] = {
    ...(written[last] as FakeParagraph),
    text: (written[last] as FakeParagraph).text + after,
  };
  document.paragraphs.splice(index, 1, ...written);
}

function apply(document: FakeDocument, operation: Operation): void {
  const { start, end } = document.selection;
  switch (operation.kind) {
    case "mode":
      document.changeTrackingMode = operation.mode;
      return;
    case "insertComment":
      document.comments.push({ text: operation.text, anchor: operation.anchor });
      return;
    case "insertText":
      document.writes.push({
        text: operation.text,
        location: operation.location,
        trackingMode: document.changeTrackingMode,
      });
      insertInto(
        document,
        operation.location === "Replace" ? { start, end } : { start: end, end },
        operation.text
      );
  }
}

const flushMockSync = () => new Promise((resolve) => setImmediate(resolve));

/**
 * `Word` as an OfficeMockObject per Word.run: loads resolve on sync as in Word, and writes are queued
 * and applied on sync in order, a failing operation stopping the batch where it stands, as Word does.
 */
export function fakeWord(document: FakeDocument, options: FakeWordOptions): WordRunner {
  const wordApi13 = Number(options.wordApi) >= 1.3;

  function requestContext(): Word.RequestContext {
    const queue: Operation[] = [];
    let syncs = 0;
    let modeRequested = false;
    let modeLoaded: TrackingMode | undefined;
    const paragraph = document.paragraphs[document.selection.paragraph];
    const selectedText =
      paragraph?.text.slice(document.selection.start, document.selection.end) ?? "";

    const context = new OfficeMockObject({
      document: {
        load(properties: string) {
          if (properties.split(",").includes("changeTrackingMode")) modeRequested = true;
        },
        getSelection() {
          return context.document.selection;
        },
        selection: {
          text: selectedText,
          insertText(text: string, location: string) {
            queue.push({ kind: "insertText", text, location });
          },
          insertComment(text: string) {
            queue.push({ kind: "insertComment", text, anchor: selectedText });
          },
        },
        body: {
          paragraphs: {
            items: document.paragraphs.map((item) => ({ ...item })),
            load(this: OfficeMockObject, properties: string) {
              if (!wordApi13 && properties.includes("styleBuiltIn")) throw new Error("ApiNotFound");
              OfficeMockObject.prototype.load.call(this, "items");
            },
          },
        },
      },
      async sync(this: OfficeMockObject) {
        await OfficeMockObject.prototype.sync.call(this);
        await flushMockSync();
        syncs += 1;
        if (options.failOn === "read" && syncs === 1) throw wordError("read");
        if (modeRequested) modeLoaded = document.changeTrackingMode;
        for (const operation of queue.splice(0)) {
          if (operation.kind === options.failOn) throw wordError(operation.text);
          apply(document, operation);
        }
      },
    });

    // Setting the mode is an operation of the batch like the others; reading it needs a load and a sync.
    Object.defineProperty(context.document, "changeTrackingMode", {
      get() {
        if (modeLoaded === undefined) throw new Error("PropertyNotLoaded");
        return modeLoaded;
      },
      set(mode: TrackingMode) {
        queue.push({ kind: "mode", mode });
      },
    });
    return context as unknown as Word.RequestContext;
  }

  return {
    run: (batch) => batch(requestContext()),
  };
}

/** A document with `paragraphs` and the selection from `start` to `end` in one paragraph (equal: a cursor). */
export function wordDocument(
  paragraphs: FakeParagraph[],
  selection: { paragraph: number; start: number; end: number } = { paragraph: 0, start: 0, end: 0 }
): FakeDocument {
  return { paragraphs, selection, changeTrackingMode: "Off", comments: [], writes: [] };
}
