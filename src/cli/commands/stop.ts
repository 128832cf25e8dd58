import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { DEV_PID_FILE, readDevPid } from "../dev-pid-file.ts";
import { write, type CliIO } from "../io.ts";
import type { Messages } from "../messages.ts";

/** Stops the development gateway that `npm start` left running in this folder, gracefully (SIGTERM). */
export async function stopCommand(io: CliIO, t: Messages, cwd = process.cwd()): Promise<number> {
  const pid = readDevPid(cwd);
  if (pid === undefined) {
    await write(io.stderr, t.notRunning + "\n");
    return 0;
  }
  try {
    process.kill(pid, "SIGTERM");
    await write(io.stderr, t.stopped(pid) + "\n");
  } catch {
    // The process is gone (killed, machine restarted): only its stale file remains.
    rmSync(resolve(cwd, DEV_PID_FILE), { force: true });
    await write(io.stderr, t.notRunning + "\n");
  }
  return 0;
}
