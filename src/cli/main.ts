import { UserError } from "./input.ts";
import { OutputClosedError, processIO, write, type CliIO } from "./io.ts";
import { localeFromEnv, messagesFor } from "./messages.ts";

/** The engine, loaded only by the commands that use it. */
const engine = async () => new (await import("../redaction/engine.ts")).Engine();

/**
 * Runs the `plume` command and returns its exit status: 0 done, 1 failed on input, 2 misused. Each
 * command is loaded when called: `plume --help` or `plume redact` load neither Fastify nor the SDK.
 */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const langAt = argv.indexOf("--lang");
  const lang = langAt >= 0 ? argv[langAt + 1] : localeFromEnv(io.env);
  const args = langAt >= 0 ? argv.filter((_, i) => i !== langAt && i !== langAt + 1) : argv;
  const t = messagesFor(lang);
  const [command, ...rest] = args;
  try {
    switch (command) {
      case "detect":
        return await (
          await import("./commands/detect.ts")
        ).detectCommand(rest, io, t, await engine());
      case "redact":
        return await (
          await import("./commands/redact.ts")
        ).redactCommand(rest, io, t, await engine());
      case "restore":
        return await (await import("./commands/restore.ts")).restoreCommand(rest, io, t);
      case "eval":
        return await (await import("./commands/eval.ts")).evalCommand(rest, io, t);
      case "serve":
        return await (await import("./commands/serve.ts")).serveCommand(rest, io, t);
      case "audit":
        return await (await import("./commands/audit.ts")).auditCommand(rest, io, t);
      case "manifests":
        return await (await import("./commands/manifests.ts")).manifestsCommand(rest, io, t);
      case "stop":
        return await (await import("./commands/stop.ts")).stopCommand(io, t);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        await write(command ? io.stdout : io.stderr, t.usage + "\n");
        return command ? 0 : 2;
      default:
        await write(io.stderr, t.unknownCommand(command) + "\n");
        return 2;
    }
  } catch (error) {
    if (error instanceof OutputClosedError && error.stream === io.stdout) return 0;
    if (error instanceof UserError) {
      await write(io.stderr, error.message + "\n");
      return 1;
    }
    // parseArgs reports misuse (unknown option, missing value) with these codes.
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code.startsWith("ERR_PARSE_ARGS")) {
      await write(io.stderr, t.badOption((error as Error).message) + "\n");
      return 2;
    }
    if (io.env.PLUME_DEBUG) await write(io.stderr, String((error as Error).stack) + "\n");
    await write(io.stderr, t.internal + "\n");
    return 1;
  }
}
