import { collectGarbage } from "./memory.ts";

/**
 * Times `runs` calls of a function built afresh by `prepare` before each one (untimed). One full GC
 * and one untimed call come before the series, not before each call: a forced GC drops V8's compiled
 * regex code, so a GC before every call would time the regex interpreter rather than the library.
 */
export function timeRuns<T>(
  prepare: () => () => T,
  runs: number
): { timesMs: number[]; last: T | undefined } {
  const timesMs: number[] = [];
  collectGarbage?.();
  let last: T | undefined = prepare()();
  for (let i = 0; i < runs; i++) {
    const run = prepare();
    const start = performance.now();
    last = run();
    timesMs.push(performance.now() - start);
  }
  return { timesMs, last };
}
