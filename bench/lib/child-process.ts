/**
 * Benches that need a server in a process of its own (so that its CPU and memory are its own, and
 * it does not share a JavaScript thread with the load it serves) fork a child running
 * {@link serveBenchChild}, and talk to it over Node's IPC channel.
 */
import { fork, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";

/** CPU time since the child started, and its memory once in-flight work has settled and a full GC has run. */
export interface ProcessUsage {
  cpuMs: number;
  heapUsed: number;
  rss: number;
}

type ToChild = { type: "usage" } | { type: "stop" };
type FromChild<T> =
  | { type: "ready"; value: T }
  | ({ type: "usage" } & ProcessUsage)
  | { type: "failed"; message: string };

export interface BenchChild<T> {
  /** What the child sent once ready (its URL, say). */
  ready: T;
  usage(): Promise<ProcessUsage>;
  /** Asks the child to close what it opened and exit; kills it if it has not within 10 s. */
  stop(): Promise<void>;
}

/** Forks `script` under tsx with a callable GC, gives it `config` as JSON in PLUME_BENCH_CHILD, waits for it to be ready. */
export async function startBenchChild<T>(script: URL, config: unknown): Promise<BenchChild<T>> {
  const child = fork(script, [], {
    execArgv: ["--import", "tsx", "--expose-gc"],
    env: { ...process.env, PLUME_BENCH_CHILD: JSON.stringify(config) },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const ready = await nextMessage<T, "ready">(child, "ready");
  return {
    ready: ready.value,
    usage: async () => {
      send(child, { type: "usage" });
      const { cpuMs, heapUsed, rss } = await nextMessage<T, "usage">(child, "usage");
      return { cpuMs, heapUsed, rss };
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      send(child, { type: "stop" });
      const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

function send(child: ChildProcess, message: ToChild): void {
  child.send(message);
}

function nextMessage<T, K extends FromChild<T>["type"] = FromChild<T>["type"]>(
  child: ChildProcess,
  type: K
): Promise<Extract<FromChild<T>, { type: K }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromChild<T>) => {
      if (message.type === "failed") return done(new Error(message.message));
      if (message.type === type) done(undefined, message as Extract<FromChild<T>, { type: K }>);
    };
    const onExit = (code: number | null) => done(new Error(`bench child exited (${code})`));
    const done = (error?: Error, message?: Extract<FromChild<T>, { type: K }>) => {
      child.off("message", onMessage);
      child.off("exit", onExit);
      if (error) reject(error);
      else resolve(message!);
    };
    child.on("message", onMessage);
    child.on("exit", onExit);
  });
}

/** The child's side: reads its config, starts, answers usage requests, and closes on stop. */
export async function serveBenchChild<C, T>(
  start: (config: C) => Promise<{ ready: T; close(): Promise<void> }>
): Promise<void> {
  const reply = (message: FromChild<T>) => process.send?.(message);
  try {
    const config = JSON.parse(process.env.PLUME_BENCH_CHILD ?? "null") as C;
    const started = await start(config);
    process.on("message", (message: ToChild) => {
      if (message.type === "usage")
        void settledUsage().then((usage) => reply({ type: "usage", ...usage }));
      if (message.type === "stop") void started.close().finally(() => process.disconnect());
    });
    reply({ type: "ready", value: started.ready });
  } catch (error) {
    reply({ type: "failed", message: error instanceof Error ? error.message : String(error) });
    process.exitCode = 1;
    process.disconnect();
  }
}

/** CPU taken first, so that the settling and the forced GC do not count as the load's. */
async function settledUsage(): Promise<ProcessUsage> {
  const cpu = process.cpuUsage();
  await sleep(100);
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { cpuMs: (cpu.user + cpu.system) / 1000, heapUsed, rss };
}
