import { cpus } from "node:os";
import type { chatStream } from "@mistralai/mistralai/funcs/chatStream.js";
import type { ChatCompletionStreamRequestMessage } from "@mistralai/mistralai/models/components";
import { restore } from "../src/redaction/index.ts";
import { bytes, num, passMiss, table } from "./lib/format.ts";
import {
  closedLoop,
  ERROR_SAMPLES,
  percentile,
  type CallTiming,
  type LoadOptions,
  type LoadResult,
} from "./lib/load.ts";
import { startBenchChild, type BenchChild, type ProcessUsage } from "./lib/child-process.ts";
import type { AuditFlush } from "../src/gateway/audit/store.ts";
import type { GatewayChildConfig } from "./lib/gateway-process.ts";
import { measureLoopback, type LoopbackCost } from "./lib/loopback.ts";
import type { RelayChildConfig } from "./lib/relay-process.ts";
import type { StandInChildConfig } from "./lib/stand-in-process.ts";
import type { BenchModule, BenchOutcome } from "./lib/module.ts";

/**
 * `--soak` is this module's own flag. The harness refuses arguments it does not know, so the flag
 * is taken out of process.argv when this module is imported, before the harness reads it.
 */
const SOAK = process.argv.includes("--soak");
if (SOAK) process.argv.splice(process.argv.indexOf("--soak"), 1);
/** `--audit-flush-os`, this module's too: the gateway runs with `audit.flush: "os"`, not the default. */
const AUDIT_FLUSH: AuditFlush = process.argv.includes("--audit-flush-os") ? "os" : "disk";
if (AUDIT_FLUSH === "os") process.argv.splice(process.argv.indexOf("--audit-flush-os"), 1);

/**
 * Streams per level, and the order of the paths: rotated, so that none always goes first. A level's
 * streams start spread over one call's length (`LoadOptions.spreadMs`), as independent users'
 * calls do; the target's level is measured a second time with its streams started `together` and
 * kept in lockstep, each round's 50 requests arriving at once.
 */
const LEVELS = [
  { concurrency: 1, together: false, rounds: 1, order: ["gateway", "relay", "direct"] },
  { concurrency: 50, together: false, rounds: 4, order: ["direct", "gateway", "relay"] },
  { concurrency: 50, together: true, rounds: 4, order: ["gateway", "relay", "direct"] },
  { concurrency: 200, together: false, rounds: 1, order: ["relay", "gateway", "direct"] },
] as const;
/** Calls and time per path in a level run once. */
const LEVEL_MAX_REQUESTS = 4000;
const LEVEL_MAX_MS = 8000;
/**
 * The target's level runs in rounds, the paths' order rotated from one to the next, each path's
 * calls pooled over its rounds: with one 8-second phase per path, the machine's state drifted
 * between the direct path's phase and the gateway's, and single runs of the same code gave +3.1 to
 * +5.1 ms p50 added at 50 streams. Four rounds of this give each path twice a single phase's time.
 */
const ROUND_MAX_MS = 4000;
const MAX_LEVEL = 200;
/**
 * One round of 200 calls at once on each path before any figure is taken: it compiles the code and
 * makes the one-time allocations of 200 concurrent streams (about a megabyte of heap, kept and
 * reused afterwards), so that the memory before the first level and after the last compare alike.
 */
const WARMUP: LoadOptions = { concurrency: MAX_LEVEL, maxRequests: MAX_LEVEL, maxMs: LEVEL_MAX_MS };
const SOAK_WINDOWS = 6;
const SOAK_WINDOW_MS = 10_000;

const TARGET_LEVEL = 50;
const TARGET_P50_ADDED_MS = 2;
const TARGET_P99_ADDED_MS = 10;
/**
 * Heap still held after a full GC, per 1000 calls through the gateway: more than this is not flat.
 * Heap after GC moves by about half a megabyte between two settled moments, leak or not; a call's
 * request, vault and masked copy (over 10 KB) kept per call would pass this bound five times over.
 */
const FLAT_HEAP_BYTES_PER_1000 = 2_000_000;

const API_KEY = "cle-mistral-de-bench";
const DEV_TOKEN = "jeton-de-bench-local";
const MODEL = "mistral-small-latest";

/** A 2 KB French request: a short instruction and a letter with names and identifiers to mask. */
const MESSAGES: ChatCompletionStreamRequestMessage[] = [
  {
    role: "system",
    content:
      "Tu es l'assistant d'une administration française. Résume le courrier ci-dessous en quelques lignes pour le chef de service.",
  },
  {
    role: "user",
    content: `Objet : dossier RG 22/01234 – demande de remboursement
Madame, Monsieur,
Je vous écris au sujet du dossier de Mme Ophélie Karamanlis (NIR 2 84 05 2A 123 456 32), demeurant 14 bis rue des Tanneurs, 67000 Strasbourg, joignable au 06 72 81 93 04 ou à o.karamanlis@exemple.fr. Elle a été reçue le 3 mars par M. Jean-Baptiste Durand-Lefort, conseiller au service des prestations, qui a pris note de sa demande et lui a remis un récépissé.
Son avocat, Maître Bernard de La Fontaine, nous a depuis adressé un courrier rappelant que la somme indûment prélevée doit lui être restituée sur son compte, IBAN FR76 3000 6000 0112 3456 7890 189, dans un délai raisonnable. Il précise que sa cliente a fourni toutes les pièces justificatives demandées : avis d'imposition, attestation de l'employeur et relevés bancaires des six derniers mois.
Après examen, le service constate que le prélèvement résulte d'une erreur de saisie lors de la mise à jour du dossier au mois de janvier. Le montant en cause s'élève à 1 284,50 euros. Aucune faute ne peut être reprochée à l'intéressée, qui a signalé l'anomalie dès réception de son relevé, ni au conseiller, qui a suivi la procédure alors en vigueur.
Je vous propose donc de procéder au remboursement intégral dans les meilleurs délais, d'adresser à Mme Karamanlis un courrier d'excuses signé par la direction, et d'informer Maître de La Fontaine de la suite donnée à sa réclamation. Une copie de la présente note sera versée au dossier et transmise à M. Durand-Lefort pour information.
Je reste à votre disposition pour tout complément et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
Claire Fontanel, cheffe du bureau des réclamations`,
  },
];

/**
 * The model's answer, a summary of realistic length written with the placeholders the gateway gives
 * the letter: direct, it arrives as is; through the gateway, restored.
 */
const REPLY = `Synthèse du dossier [DOSSIER_1]
[PERSONNE_1] demande le remboursement de 1 284,50 euros prélevés par erreur lors d'une mise à jour de janvier. Reçue par [PERSONNE_2], elle a fourni toutes les pièces ; son avocat, [PERSONNE_3], demande le virement sur l'IBAN [IBAN_1].
Le service reconnaît une erreur de saisie et propose : remboursement intégral, lettre d'excuses de la direction à [PERSONNE_1], réponse à [PERSONNE_3], copie à [PERSONNE_2].
Coordonnées : [ADRESSE_1], [TELEPHONE_1], [COURRIEL_1]. Note de [PERSONNE_4].`;
/** Characters per SSE event: about one token, as Mistral streams. */
const CHUNK_CHARS = 4;
/**
 * Time between events: a model streaming 200 tokens a second, faster than Mistral's hosted models
 * do. Each stream of the 50 level then brings 200 events a second through the gateway, 10,000 in
 * all; at 1 ms (1,000 tokens a second) client, stand-in and gateway saturated this 2-core machine
 * on the direct path already, and the figures measured queueing, not the gateway.
 */
const EVENT_GAP_MS = 5;
/** Events per streamed call: the role chunk, the content chunks, `[DONE]`. */
const EVENTS_PER_CALL = 1 + Math.ceil(REPLY.length / CHUNK_CHARS) + 1;
/** About how long a call lasts, over which a level's streams are started. */
const CALL_MS = EVENTS_PER_CALL * EVENT_GAP_MS;
const PLACEHOLDER = /\[[A-Z_]+_\d+\]/;
const REQUEST_BYTES = Buffer.byteLength(JSON.stringify({ model: MODEL, messages: MESSAGES }));

type PathId = "direct" | "relay" | "gateway";

interface Path {
  id: PathId;
  /** Starts the call with the official SDK. */
  open(): ReturnType<typeof chatStream>;
  /** The origin the client calls, with the key it presents there. */
  origin: { url: string; apiKey: string };
  /** The whole reply the client must read, or the call counts as an error. */
  expected: string;
}

interface Memory {
  heapUsed: number;
  rss: number;
}

/** The processes of a phase: the bench's own (the SDK clients) and its three children. */
const PROCESSES = ["client", "gateway", "relay", "standIn"] as const;
type ProcessId = (typeof PROCESSES)[number];

interface Phase {
  path: PathId;
  concurrency: number;
  /** The streams were started at once, and stayed in lockstep; otherwise spread over a call's length. */
  together: boolean;
  requests: number;
  errors: number;
  errorSamples: string[];
  elapsedMs: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  firstEventP50Ms: number;
  firstEventP99Ms: number;
  /** CPU time per call that succeeded, of each process (its GC threads included). */
  cpuMsPerRequest: Record<ProcessId, number>;
  /** The gateway process's memory, settled, before and after the phase. */
  before: Memory;
  after: Memory;
}

/**
 * Opens as many keep-alive connections to the path's origin as there will be streams, with
 * concurrent `GET /v1/models`: no call pays for opening one. The gateway's own connections to the
 * stand-in are opened by one untimed call per stream at the start of each phase (runPhase).
 */
async function openConnections(path: Path, count: number): Promise<void> {
  const { url, apiKey } = path.origin;
  const requests = Array.from({ length: count }, async () => {
    const response = await fetch(`${url}/v1/models`, {
      headers: { authorization: `Bearer ${apiKey}` },
    });
    await response.arrayBuffer();
  });
  await Promise.all(requests);
}

/** One streamed call with the official SDK, read to its end and checked. */
async function streamOnce(path: Path): Promise<CallTiming> {
  const start = performance.now();
  const result = await path.open();
  if (!result.ok) throw result.error;
  let firstByteMs: number | undefined;
  let text = "";
  for await (const event of result.value) {
    firstByteMs ??= performance.now() - start;
    const content = event.data.choices[0]?.delta.content;
    if (typeof content === "string") text += content;
  }
  if (text !== path.expected) throw new Error(`${path.id}: the reply is not the one expected`);
  return { firstByteMs: firstByteMs ?? performance.now() - start };
}

type Children = Record<Exclude<ProcessId, "client">, BenchChild<string>>;

async function usages(children: Children) {
  const [gateway, relay, standIn] = await Promise.all([
    children.gateway.usage(),
    children.relay.usage(),
    children.standIn.usage(),
  ]);
  return { gateway, relay, standIn };
}

/** One closed loop on one path: its calls, and what each process spent meanwhile. */
interface PhaseRun {
  load: LoadResult;
  cpuMs: Record<ProcessId, number>;
  before: Memory;
  after: Memory;
}

async function runPhase(path: Path, options: LoadOptions, children: Children): Promise<PhaseRun> {
  await openConnections(path, options.concurrency);
  // One call per stream, not timed: a hop's own connections onward (the gateway's and the relay's
  // to the stand-in) were closed as idle during the other paths' phases.
  await closedLoop({ ...options, maxRequests: options.concurrency }, () => streamOnce(path));
  const before = await usages(children);
  const clientBefore = process.cpuUsage();
  const load: LoadResult = await closedLoop(options, () => streamOnce(path));
  const client = process.cpuUsage(clientBefore);
  const after = await usages(children);
  const spent = (id: keyof Children) => after[id].cpuMs - before[id].cpuMs;
  const memory = ({ heapUsed, rss }: ProcessUsage): Memory => ({ heapUsed, rss });
  return {
    load,
    cpuMs: {
      client: (client.user + client.system) / 1000,
      gateway: spent("gateway"),
      relay: spent("relay"),
      standIn: spent("standIn"),
    },
    before: memory(before.gateway),
    after: memory(after.gateway),
  };
}

/** A path's phase at a level: its runs' calls pooled, percentiles taken over all of them. */
function phaseFrom(path: PathId, options: LoadOptions, runs: readonly PhaseRun[]): Phase {
  const all = <T>(pick: (run: PhaseRun) => readonly T[]) => runs.flatMap(pick);
  const sum = (pick: (run: PhaseRun) => number) => runs.reduce((n, run) => n + pick(run), 0);
  const completed = sum((run) => run.load.completed);
  const elapsedMs = sum((run) => run.load.elapsedMs);
  const latencies = all((run) => run.load.latenciesMs);
  const firstBytes = all((run) => run.load.firstByteMs);
  const perCall = (id: ProcessId) => sum((run) => run.cpuMs[id]) / Math.max(1, completed);
  return {
    path,
    concurrency: options.concurrency,
    together: !options.spreadMs,
    requests: completed,
    errors: sum((run) => run.load.errors),
    errorSamples: all((run) => run.load.errorSamples).slice(0, ERROR_SAMPLES),
    elapsedMs,
    requestsPerSecond: completed / (elapsedMs / 1000),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    firstEventP50Ms: percentile(firstBytes, 50),
    firstEventP99Ms: percentile(firstBytes, 99),
    cpuMsPerRequest: {
      client: perCall("client"),
      gateway: perCall("gateway"),
      relay: perCall("relay"),
      standIn: perCall("standIn"),
    },
    before: runs[0]!.before,
    after: runs[runs.length - 1]!.after,
  };
}

/** The SDK and the engine, loaded only when this bench runs, so that other benches do not carry them. */
async function loadClient() {
  const [core, funcs, schema, scan] = await Promise.all([
    import("@mistralai/mistralai/core.js"),
    import("@mistralai/mistralai/funcs/chatStream.js"),
    import("../src/gateway/config/schema.ts"),
    import("../src/gateway/proxy/request-scan.ts"),
  ]);
  return { ...core, ...funcs, ...schema, ...scan };
}

async function runGatewayBench(): Promise<BenchOutcome> {
  const { MistralCore, chatStream, configSchema, createGatewayEngine, readRequest, scanRequest } =
    await loadClient();
  /** What to close, in reverse order, whatever happens. */
  const cleanup: Array<() => unknown> = [];
  try {
    const standIn = await startBenchChild<string>(
      new URL("./lib/stand-in-process.ts", import.meta.url),
      {
        apiKey: API_KEY,
        reply: REPLY,
        chunkChars: CHUNK_CHARS,
        eventGapMs: EVENT_GAP_MS,
      } satisfies StandInChildConfig
    );
    cleanup.push(() => standIn.stop());
    const gateway = await startBenchChild<string>(
      new URL("./lib/gateway-process.ts", import.meta.url),
      {
        upstreamUrl: standIn.ready,
        apiKey: API_KEY,
        devToken: DEV_TOKEN,
        model: MODEL,
        auditFlush: AUDIT_FLUSH,
      } satisfies GatewayChildConfig
    );
    cleanup.push(() => gateway.stop());
    const relay = await startBenchChild<string>(
      new URL("./lib/relay-process.ts", import.meta.url),
      { upstreamUrl: standIn.ready, apiKey: API_KEY } satisfies RelayChildConfig
    );
    cleanup.push(() => relay.stop());
    const children: Children = { gateway, relay, standIn };
    // The request is the same each time, so the gateway numbers its placeholders as this scan does.
    const entities = configSchema.parse({}).policy.entities;
    const scan = scanRequest(
      createGatewayEngine(),
      readRequest({ model: MODEL, messages: MESSAGES, stream: true }),
      entities
    );
    const restored = restore(REPLY, scan.vault).text;
    if (PLACEHOLDER.test(restored))
      throw new Error("the reply holds a placeholder that the gateway does not give the request");
    const sdk = (serverURL: string, apiKey: string) => {
      const client = new MistralCore({
        apiKey,
        serverURL,
        timeoutMs: 60_000,
        retryConfig: { strategy: "none" },
      });
      return () => chatStream(client, { model: MODEL, messages: MESSAGES });
    };
    const paths: Record<PathId, Path> = {
      direct: {
        id: "direct",
        open: sdk(standIn.ready, API_KEY),
        origin: { url: standIn.ready, apiKey: API_KEY },
        expected: REPLY,
      },
      // The relay swaps the key in, as the gateway does, but checks nothing and changes nothing.
      relay: {
        id: "relay",
        open: sdk(relay.ready, DEV_TOKEN),
        origin: { url: relay.ready, apiKey: DEV_TOKEN },
        expected: REPLY,
      },
      gateway: {
        id: "gateway",
        open: sdk(gateway.ready, DEV_TOKEN),
        origin: { url: gateway.ready, apiKey: DEV_TOKEN },
        expected: restored,
      },
    };

    process.stderr.write("  measuring a loopback round trip between two processes…\n");
    const loopback = await measureLoopback();
    process.stderr.write(`  warming up: ${MAX_LEVEL} calls at once on each path…\n`);
    for (const path of Object.values(paths)) {
      const warm = await closedLoop(WARMUP, () => streamOnce(path));
      if (warm.errors) throw new Error(`warm-up of ${path.id} failed: ${warm.errorSamples[0]}`);
    }
    const phases: Phase[] = [];
    for (const { concurrency, together, rounds, order } of LEVELS) {
      const options = {
        concurrency,
        maxRequests: LEVEL_MAX_REQUESTS,
        maxMs: rounds > 1 ? ROUND_MAX_MS : LEVEL_MAX_MS,
        spreadMs: together ? 0 : CALL_MS,
      };
      const runs = new Map<PathId, PhaseRun[]>(order.map((id) => [id, []]));
      for (let round = 0; round < rounds; round++) {
        for (const i of order.keys()) {
          const id = order[(i + round) % order.length]!;
          process.stderr.write(
            `  ${id}, ${concurrency} concurrent streams${together ? " started together" : ""}${rounds > 1 ? `, round ${round + 1}/${rounds}` : ""}…\n`
          );
          runs.get(id)!.push(await runPhase(paths[id], options, children));
        }
      }
      for (const id of order) phases.push(phaseFrom(id, options, runs.get(id)!));
    }
    const soak: Phase[] = [];
    for (let window = 1; SOAK && window <= SOAK_WINDOWS; window++) {
      process.stderr.write(`  soak: gateway, ${MAX_LEVEL} streams, ${window}/${SOAK_WINDOWS}…\n`);
      const options = {
        concurrency: MAX_LEVEL,
        maxRequests: Infinity,
        maxMs: SOAK_WINDOW_MS,
        spreadMs: CALL_MS,
      };
      soak.push(phaseFrom("gateway", options, [await runPhase(paths.gateway, options, children)]));
    }
    return report(phases, soak, scan.maskedByGateway, loopback);
  } finally {
    for (const close of cleanup.reverse()) await close();
  }
}

const ms = (value: number) => (Number.isNaN(value) ? "—" : `${num(value)} ms`);
const signedMs = (value: number) => `${value > 0 ? "+" : ""}${ms(value)}`;
const mb = (value: number) => `${num(value / 1e6)} MB`;
const signedMb = (value: number) => `${value > 0 ? "+" : ""}${mb(value)}`;
const calls = (phases: readonly Phase[]) => phases.reduce((n, p) => n + p.requests + p.errors, 0);
const errors = (phases: readonly Phase[]) => phases.reduce((n, p) => n + p.errors, 0);

/** Heap and RSS growth from the memory before `from` to that after `to`, and the heap's per 1000 calls. */
function growth(from: Phase, to: Phase, count: number) {
  const heapBytes = to.after.heapUsed - from.before.heapUsed;
  const rssBytes = to.after.rss - from.before.rss;
  return {
    calls: count,
    heapBytes,
    rssBytes,
    heapPer1000Bytes: (heapBytes / count) * 1000,
  };
}

function report(
  phases: readonly Phase[],
  soak: readonly Phase[],
  masked: Record<string, number>,
  loopback: LoopbackCost
): BenchOutcome {
  const phaseOf = (path: PathId, concurrency: number, together = false) =>
    phases.find(
      (p) => p.path === path && p.concurrency === concurrency && p.together === together
    )!;
  const addedOver = (path: Phase, base: Phase) => ({
    p50Ms: path.p50Ms - base.p50Ms,
    p99Ms: path.p99Ms - base.p99Ms,
    firstEventP50Ms: path.firstEventP50Ms - base.firstEventP50Ms,
  });
  const levels = LEVELS.map(({ concurrency, together }) => {
    const direct = phaseOf("direct", concurrency, together);
    const relay = phaseOf("relay", concurrency, together);
    const gateway = phaseOf("gateway", concurrency, together);
    return {
      concurrency,
      together,
      label: together ? `${concurrency} together` : String(concurrency),
      direct,
      relay,
      gateway,
      gatewayOverDirectRps: gateway.requestsPerSecond / direct.requestsPerSecond,
      added: addedOver(gateway, direct),
      /** What a relay doing nothing adds on this machine: the floor of any second hop. */
      relayAdded: addedOver(relay, direct),
      /** What the gateway's own work adds, over that floor. */
      gatewayOverRelay: addedOver(gateway, relay),
      /** The gateway process's own CPU per call: what the path adds on a machine of its own. */
      gatewayCpuMsPerRequest: gateway.cpuMsPerRequest.gateway,
      relayCpuMsPerRequest: relay.cpuMsPerRequest.relay,
    };
  });

  const atMax = phaseOf("gateway", MAX_LEVEL);
  const gatewayCalls = calls(phases.filter((p) => p.path === "gateway"));
  const memory = growth(phases[0]!, phases[phases.length - 1]!, gatewayCalls);
  // The first soak window follows a phase of the direct path: V8 has flushed some of the gateway's
  // bytecode meanwhile, and recompiling it shows as heap that is no leak.
  const soakMemory =
    soak.length > 1 ? growth(soak[1]!, soak[soak.length - 1]!, calls(soak.slice(1))) : null;
  const atTarget = levels.find((l) => l.concurrency === TARGET_LEVEL && !l.together)!;
  const inLockstep = levels.find((l) => l.concurrency === TARGET_LEVEL && l.together)!;
  const targets = [
    {
      target: `p50 added <= ${TARGET_P50_ADDED_MS} ms at ${TARGET_LEVEL} streams`,
      figure: signedMs(atTarget.added.p50Ms),
      pass: atTarget.added.p50Ms <= TARGET_P50_ADDED_MS,
    },
    {
      target: `p99 added <= ${TARGET_P99_ADDED_MS} ms at ${TARGET_LEVEL} streams`,
      figure: signedMs(atTarget.added.p99Ms),
      pass: atTarget.added.p99Ms <= TARGET_P99_ADDED_MS,
    },
    {
      target: `no error at ${MAX_LEVEL} streams through the gateway${soak.length ? ", soak included" : ""}`,
      figure: `${errors([atMax, ...soak])} errors in ${calls([atMax, ...soak])} calls`,
      pass: errors([atMax, ...soak]) === 0,
    },
    ...[
      { label: "first level to last", figures: memory },
      ...(soakMemory ? [{ label: "soak windows 2 to last", figures: soakMemory }] : []),
    ].map(({ label, figures }) => ({
      target: `memory flat (${label}): heap <= ${mb(FLAT_HEAP_BYTES_PER_1000)} per 1000 gateway calls`,
      figure: `${signedMb(figures.heapPer1000Bytes)} per 1000 (${figures.calls} calls)`,
      pass: figures.heapPer1000Bytes <= FLAT_HEAP_BYTES_PER_1000,
    })),
  ];

  const cpu = cpus();
  const environment = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpu[0]?.model.trim() ?? "unknown",
    logicalCpus: cpu.length,
  };
  const count = (phase: Phase) =>
    `${bytes(phase.requests)}${phase.errors ? ` (${phase.errors} err)` : ""}`;
  const errorNotes = [...phases, ...soak]
    .filter((p) => p.errorSamples.length)
    .map((p) => `  ${p.path} at ${p.concurrency}: ${p.errorSamples.join(" | ")}`);
  const memoryRow = (label: string, m: Memory) => [label, mb(m.heapUsed), mb(m.rss)];

  const text = [
    "Gateway — streamed chat completions, official SDK (MistralCore + chatStream), 127.0.0.1",
    `${environment.node} · ${environment.platform} · ${environment.cpu} · ${environment.logicalCpus} logical CPUs`,
    `Request: ${bytes(REQUEST_BYTES)} bytes of JSON (instruction + French letter), in which the gateway masks ${Object.entries(
      masked
    )
      .map(([type, n]) => `${n} ${type}`)
      .join(", ")}.`,
    `Reply: a ${REPLY.length}-character summary with placeholders, in ${CHUNK_CHARS}-character SSE events (about a token each) ${EVENT_GAP_MS} ms apart.`,
    "direct = SDK → stand-in. gateway = SDK → gateway (dev token, scan of every string of the request, SQLite audit in a",
    `temporary file with audit.flush "${AUDIT_FLUSH}"${AUDIT_FLUSH === "disk" ? " (the default)" : " (--audit-flush-os)"}, rate limits 0 = unlimited,`,
    "no logger, no retries) → stand-in. relay = SDK → a bare",
    "relay (node:http, the key swapped in, bytes piped both ways, nothing checked) → stand-in: the floor of",
    "any second HTTP hop here. Every reply is read to its end and checked (restored, through the gateway).",
    `After a warm-up of ${MAX_LEVEL} calls at once per path,`,
    `each level is a closed loop until ${bytes(LEVEL_MAX_REQUESTS)} calls or ${LEVEL_MAX_MS / 1000} s per path, then waits for the calls in flight;`,
    `at ${TARGET_LEVEL} streams, ${LEVELS.find((l) => l.concurrency === TARGET_LEVEL)!.rounds} rounds of ${ROUND_MAX_MS / 1000} s per path, the paths' order rotated, each path's calls pooled;`,
    "its connections are opened beforehand, and one untimed call per stream opens those of the hop",
    "to the stand-in (a pooled connection idle for 4 s is closed). A level's streams start spread over a call's length",
    `(${num(CALL_MS)} ms), as independent users' calls do; "${TARGET_LEVEL} together" starts them at once, and calls`,
    "that last alike keep them in lockstep: each round's requests then arrive as one burst.",
    "",
    "Client (this process), gateway, relay and stand-in run in processes of their own, on the same",
    "machine: the clients and the stand-in take CPU the gateway would have alone in production.",
    `This machine: a loopback round trip between two processes takes ${num(loopback.roundTripUs)} µs (median of ${bytes(loopback.roundTrips)}), ${num(loopback.cpuUsPerRoundTrip)} µs`,
    "of CPU on one side (a write, a read, a wake-up). A relay pays about that per event, twice (upstream",
    `and client side); a call is ${EVENTS_PER_CALL} events.`,
    "",
    "Throughput and time to the end of the stream",
    table(
      [
        "streams",
        "calls d / g",
        "req/s direct",
        "req/s gateway",
        "gw ÷ direct",
        "p50 direct",
        "p50 gateway",
        "p50 added",
        "p99 direct",
        "p99 gateway",
        "p99 added",
      ],
      levels.map((l) => [
        l.label,
        `${count(l.direct)} / ${count(l.gateway)}`,
        num(l.direct.requestsPerSecond),
        num(l.gateway.requestsPerSecond),
        `×${num(l.gatewayOverDirectRps)}`,
        ms(l.direct.p50Ms),
        ms(l.gateway.p50Ms),
        signedMs(l.added.p50Ms),
        ms(l.direct.p99Ms),
        ms(l.gateway.p99Ms),
        signedMs(l.added.p99Ms),
      ])
    ),
    "",
    "Time to the first event (the role chunk), and CPU time per call of each process (GC threads included)",
    table(
      [
        "streams",
        "1st event p50 direct",
        "gateway",
        "added",
        "CPU/call client d / g",
        "stand-in d / g",
        "gateway process",
        "per event",
        "÷ loopback CPU",
      ],
      levels.map((l) => [
        l.label,
        ms(l.direct.firstEventP50Ms),
        ms(l.gateway.firstEventP50Ms),
        signedMs(l.added.firstEventP50Ms),
        `${ms(l.direct.cpuMsPerRequest.client)} / ${ms(l.gateway.cpuMsPerRequest.client)}`,
        `${ms(l.direct.cpuMsPerRequest.standIn)} / ${ms(l.gateway.cpuMsPerRequest.standIn)}`,
        ms(l.gatewayCpuMsPerRequest),
        `${num((l.gatewayCpuMsPerRequest * 1000) / EVENTS_PER_CALL)} µs`,
        `×${num((l.gatewayCpuMsPerRequest * 1000) / EVENTS_PER_CALL / loopback.cpuUsPerRoundTrip)}`,
      ])
    ),
    "",
    "The floor: what a bare relay adds over direct, and what the gateway adds over the relay (its own work)",
    table(
      [
        "streams",
        "p50 relay",
        "relay added p50",
        "p99",
        "gateway over relay p50",
        "p99",
        "1st event",
        "CPU/call relay",
        "gateway",
        "gw ÷ relay",
      ],
      levels.map((l) => [
        l.label,
        ms(l.relay.p50Ms),
        signedMs(l.relayAdded.p50Ms),
        signedMs(l.relayAdded.p99Ms),
        signedMs(l.gatewayOverRelay.p50Ms),
        signedMs(l.gatewayOverRelay.p99Ms),
        signedMs(l.gatewayOverRelay.firstEventP50Ms),
        ms(l.relayCpuMsPerRequest),
        ms(l.gatewayCpuMsPerRequest),
        `×${num(l.gatewayCpuMsPerRequest / l.relayCpuMsPerRequest)}`,
      ])
    ),
    "",
    "Memory of the gateway process, after a full GC with in-flight work settled",
    table(
      ["", "heap used", "RSS"],
      [
        memoryRow("before the first level (after the warm-up)", phases[0]!.before),
        memoryRow("after the last level", phases[phases.length - 1]!.after),
        ["growth", signedMb(memory.heapBytes), signedMb(memory.rssBytes)],
        [
          `heap growth per 1000 gateway calls (${bytes(gatewayCalls)} calls; the other paths' in between)`,
          signedMb(memory.heapPer1000Bytes),
          "",
        ],
      ]
    ),
    "RSS follows the streams in flight (socket buffers) and what the allocator keeps: shown, not judged.",
    ...(soak.length
      ? [
          "",
          `Soak: gateway, ${MAX_LEVEL} streams, ${SOAK_WINDOWS} windows of ${SOAK_WINDOW_MS / 1000} s, each ended by the calls in flight`,
          table(
            ["after", "calls", "errors", "req/s", "p50", "p99", "heap", "RSS"],
            soak.map((p, i) => [
              `${num(soak.slice(0, i + 1).reduce((sum, w) => sum + w.elapsedMs, 0) / 1000)} s`,
              bytes(p.requests),
              String(p.errors),
              num(p.requestsPerSecond),
              ms(p.p50Ms),
              ms(p.p99Ms),
              mb(p.after.heapUsed),
              mb(p.after.rss),
            ])
          ),
        ]
      : []),
    "",
    "Targets",
    table(
      ["target", "figure", "result"],
      targets.map((t) => [t.target, t.figure, passMiss(t.pass)])
    ),
    `The floor at ${TARGET_LEVEL} streams: a bare relay adds ${signedMs(atTarget.relayAdded.p50Ms)} p50 and ${signedMs(atTarget.relayAdded.p99Ms)} p99 on this machine by itself;`,
    `the gateway's own work adds ${signedMs(atTarget.gatewayOverRelay.p50Ms)} p50 and ${signedMs(atTarget.gatewayOverRelay.p99Ms)} p99 over it.`,
    `Started together and kept in lockstep, the ${TARGET_LEVEL} streams' requests arrive in bursts: the gateway then adds`,
    `${signedMs(inLockstep.added.p50Ms)} p50 and ${signedMs(inLockstep.added.p99Ms)} p99, ${signedMs(inLockstep.added.firstEventP50Ms)} of it before the first event (each request queued behind the others' request work).`,
    ...(errorNotes.length ? ["Errors (first messages):", ...errorNotes] : []),
  ].join("\n");

  const json = {
    bench: "gateway",
    date: new Date().toISOString(),
    environment,
    method: {
      client: "@mistralai/mistralai MistralCore + chatStream, no retries",
      relay:
        "node:http server and agent, key swapped in, bodies piped (bench/lib/relay-process.ts)",
      processes: PROCESSES,
      requestBytes: REQUEST_BYTES,
      maskedByGateway: masked,
      replyChars: REPLY.length,
      replyChunkChars: CHUNK_CHARS,
      eventGapMs: EVENT_GAP_MS,
      eventsPerCall: EVENTS_PER_CALL,
      loopback,
      levels: LEVELS,
      spreadMs: CALL_MS,
      levelMaxRequests: LEVEL_MAX_REQUESTS,
      levelMaxMs: LEVEL_MAX_MS,
      roundMaxMs: ROUND_MAX_MS,
      warmup: WARMUP,
      forcedGc: true,
      auditFlush: AUDIT_FLUSH,
    },
    levels,
    memory: { firstToLastLevel: memory, soak: soakMemory },
    soak: soak.length ? { concurrency: MAX_LEVEL, windowMs: SOAK_WINDOW_MS, windows: soak } : null,
    targets,
  };
  return { text, json };
}

export const gatewayBench: BenchModule = {
  name: "gateway",
  description:
    "requests per second and added latency of the gateway against the Mistral stand-in, at 1, 50 and 200 streams (--soak: 60 s more at 200)",
  run: runGatewayBench,
};
