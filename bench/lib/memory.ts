import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A forced full GC, or undefined when V8 refuses. Asked for at run time (rather than with
 * `node --expose-gc`) because `npm run bench` starts tsx without Node flags.
 */
export const collectGarbage: (() => void) | undefined = (() => {
  setFlagsFromString("--expose-gc");
  const gc: unknown = runInNewContext("typeof gc === 'function' ? gc : undefined");
  return typeof gc === "function" ? () => void gc() : undefined;
})();

/** The process's resident set high-water mark, in bytes (Linux and macOS report it in KiB). */
export function peakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}
