/** The smallest of the offsets found, undefined when none was. */
export function earliest(...offsets: Array<number | undefined>): number | undefined {
  const found = offsets.filter((offset): offset is number => offset !== undefined);
  return found.length === 0 ? undefined : Math.min(...found);
}
