import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

/** Where `plume serve --dev` (npm start) leaves its process id, for `plume stop` (npm stop). */
export const DEV_PID_FILE = ".plume-dev.pid";

export function writeDevPid(cwd: string, pid: number): () => void {
  const path = resolve(cwd, DEV_PID_FILE);
  writeFileSync(path, `${pid}\n`);
  return () => rmSync(path, { force: true });
}

export function readDevPid(cwd: string): number | undefined {
  try {
    const pid = Number(readFileSync(resolve(cwd, DEV_PID_FILE), "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
