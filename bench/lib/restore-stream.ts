/*
 * Restoration as the pane does it while a model streams: each chunk goes through StreamRestorer.push
 * and the result is appended to the answer shown. Timed per chunk beside the bare append it adds to.
 */
import { constants, PerformanceObserver } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { Engine, restore, StreamRestorer, type Vault } from "../../src/redaction/index.ts";
import { collectGarbage } from "./memory.ts";

const FIRST_NAMES =
  "Jean Claire Sophie Paul Marie Luc Anne Pierre Julie Marc Hélène Louis Camille Thomas Élodie Nicolas Inès Hugo Léa Karim".split(
    " "
  );
const LAST_NAMES =
  "DUPONT MOREAU LEROY MARTIN BERNARD FONTAINE GIRAUD LAMBERT ROUSSEL CHEVALIER GARNIER FAURE MERCIER BLANC GUERIN BOYER CARON PERRIN".split(
    " "
  );

export interface StreamSetup {
  /** Persons on the roster the vault was made from (each with a phone and an e-mail). */
  persons: number;
  /** Placeholders in the vault. */
  vaultEntries: number;
  answerChars: number;
  /** Placeholder mentions in the answer, bracketed or bare. */
  mentions: number;
  streams: number;
  warmupStreams: number;
  minChunkChars: number;
  maxChunkChars: number;
}

export interface StreamTimings {
  setup: StreamSetup;
  chunksPerStream: number;
  /** Mentions with a chunk boundary inside them, per stream (mean). */
  splitMentionsPerStream: number;
  /** Time of `shown += restorer.push(chunk)` for every chunk of every measured stream. */
  restoreMs: number[];
  /** When each of those began (performance.now()). */
  restoreAtMs: number[];
  /** The garbage collections of the process during the measured streams. */
  collections: Collection[];
  /** Time of `shown += chunk` for the same chunks. */
  appendMs: number[];
  /** A whole stream (pushes, end()) timed once, without the per-chunk timer calls. */
  restoreStreamMs: number[];
  appendStreamMs: number[];
}

export interface Collection {
  startMs: number;
  durationMs: number;
  kind: "minor" | "major" | "other";
}

/** A small deterministic generator (mulberry32), so that every run cuts the answer alike. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A vault as the engine makes it: a roster of persons, each with a phone number and an e-mail. */
function rosterVault(persons: number): Vault {
  const lines: string[] = [];
  for (let i = 0; i < persons; i++) {
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]!;
    const pair = (n: number) => String(n % 100).padStart(2, "0");
    lines.push(
      `${i % 2 ? "M." : "Mme"} ${first} ${last} a été reçu le 3 mars ; joignable au 06 ${pair(10 + i)} ` +
        `${pair(i * 7)} 45 ${pair(i * 13)} ou à ${first.toLowerCase()}.${last.toLowerCase()}${i}@exemple.fr.`
    );
  }
  return new Engine().pseudonymise(lines.join("\n")).vault;
}

/**
 * An answer of about `chars` characters: French prose with a placeholder every dozen words or so,
 * one in ten written bare (`PERSONNE_3`), as models sometimes drop the brackets.
 */
function answerOf(prose: string, vault: Vault, chars: number): { text: string; mentions: number } {
  const placeholders = vault.entries().map((entry) => entry.placeholder);
  const words = prose.split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  let size = 0;
  let mentions = 0;
  for (let i = 0; size < chars; i++) {
    let word = words[i % words.length]!;
    if (i % 12 === 11) {
      const placeholder = placeholders[(mentions * 37) % placeholders.length]!;
      word = mentions % 10 === 9 ? placeholder.slice(1, -1) : placeholder;
      mentions++;
    }
    parts.push(word);
    size += word.length + 1;
  }
  return { text: parts.join(" "), mentions };
}

function chunked(text: string, random: () => number, min: number, max: number): string[] {
  const chunks: string[] = [];
  for (let at = 0; at < text.length;) {
    const length = min + Math.floor(random() * (max - min + 1));
    chunks.push(text.slice(at, at + length));
    at += length;
  }
  return chunks;
}

/** Mentions of the answer with a chunk boundary strictly inside them. */
function splitMentions(text: string, chunks: readonly string[]): number {
  const boundaries = new Set<number>();
  let at = 0;
  for (const chunk of chunks) boundaries.add((at += chunk.length));
  let split = 0;
  for (const match of text.matchAll(/\[?[A-Z]+(?:_[A-Z]+)*_\d+\]?/g)) {
    for (let i = match.index + 1; i < match.index + match[0].length; i++) {
      if (boundaries.has(i)) {
        split++;
        break;
      }
    }
  }
  return split;
}

function restoreStream(
  chunks: readonly string[],
  vault: Vault,
  timed?: { times: number[]; starts: number[] }
): string {
  const restorer = new StreamRestorer(vault);
  let shown = "";
  for (const chunk of chunks) {
    const start = performance.now();
    shown += restorer.push(chunk);
    timed?.times.push(performance.now() - start);
    timed?.starts.push(start);
  }
  return shown + restorer.end();
}

function appendStream(chunks: readonly string[], times: number[] | null): string {
  let shown = "";
  for (const chunk of chunks) {
    const start = performance.now();
    shown += chunk;
    times?.push(performance.now() - start);
  }
  return shown;
}

/**
 * Streams the answer `streams` times, each cut afresh, through the restorer and through a bare append,
 * alternating which goes first; every restored stream is checked against restore() of the whole.
 */
export async function timeStreamRestoration(
  prose: string,
  options: {
    persons: number;
    answerChars: number;
    streams: number;
    warmupStreams: number;
    minChunkChars: number;
    maxChunkChars: number;
  }
): Promise<StreamTimings> {
  const vault = rosterVault(options.persons);
  const answer = answerOf(prose, vault, options.answerChars);
  const expected = restore(answer.text, vault).text;
  const random = seeded(20_250_101);
  const cut = () => chunked(answer.text, random, options.minChunkChars, options.maxChunkChars);

  for (let i = 0; i < options.warmupStreams; i++) {
    const chunks = cut();
    restoreStream(chunks, vault);
    appendStream(chunks, null);
  }
  collectGarbage?.();
  const collections: Collection[] = [];
  const kinds: Record<number, Collection["kind"]> = {
    [constants.NODE_PERFORMANCE_GC_MINOR]: "minor",
    [constants.NODE_PERFORMANCE_GC_MAJOR]: "major",
  };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // Node's GC entries carry their kind in `detail`, which the shared entry type does not declare.
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind ?? -1;
      collections.push({
        startMs: entry.startTime,
        durationMs: entry.duration,
        kind: kinds[kind] ?? "other",
      });
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  const timings: StreamTimings = {
    setup: {
      persons: options.persons,
      vaultEntries: vault.size,
      answerChars: answer.text.length,
      mentions: answer.mentions,
      streams: options.streams,
      warmupStreams: options.warmupStreams,
      minChunkChars: options.minChunkChars,
      maxChunkChars: options.maxChunkChars,
    },
    chunksPerStream: 0,
    splitMentionsPerStream: 0,
    restoreMs: [],
    restoreAtMs: [],
    collections,
    appendMs: [],
    restoreStreamMs: [],
    appendStreamMs: [],
  };
  let chunkCount = 0;
  let splitCount = 0;
  for (let i = 0; i < options.streams; i++) {
    const chunks = cut();
    chunkCount += chunks.length;
    splitCount += splitMentions(answer.text, chunks);
    const runRestore = () => {
      const shown = restoreStream(chunks, vault, {
        times: timings.restoreMs,
        starts: timings.restoreAtMs,
      });
      if (shown !== expected) throw new Error("the streamed restoration differs from restore()");
      const start = performance.now();
      restoreStream(chunks, vault);
      timings.restoreStreamMs.push(performance.now() - start);
    };
    const runAppend = () => {
      appendStream(chunks, timings.appendMs);
      const start = performance.now();
      appendStream(chunks, null);
      timings.appendStreamMs.push(performance.now() - start);
    };
    if (i % 2) {
      runAppend();
      runRestore();
    } else {
      runRestore();
      runAppend();
    }
  }
  // GC entries reach observers asynchronously: a short wait lets the last ones in.
  await sleep(100);
  observer.disconnect();
  timings.chunksPerStream = chunkCount / options.streams;
  timings.splitMentionsPerStream = splitCount / options.streams;
  return timings;
}
