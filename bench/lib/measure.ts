import { collectGarbage } from "./memory.ts";

/**
 * Times `runs` calls of a function built afresh by `prepare` before each one (untimed), with a
 * full GC before each call when available so that one run does not pay for the last one's garbage.
 */
export function timeRuns<T>(
  prepare: () => () => T,
  runs: number
): { timesMs: number[]; last: T | undefined } {
  const timesMs: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const run = prepare();
    collectGarbage?.();
    const start = performance.now();
    last = run();
    timesMs.push(performance.now() - start);
  }
  return { timesMs, last };
}
