/** A fixed-width table: first column left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) =>
    Math.max(...all.map((row) => (row[column] ?? "").length))
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)
      )
      .join("   ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("   "), ...rows.map(line)].join("\n");
}

/** A number with about three significant digits, no exponent. */
export function num(value: number): string {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  // Rounded to zero prints as 0, not -0.000.
  if (Number(value.toFixed(digits)) === 0) value = 0;
  return value.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export function bytes(value: number): string {
  return value.toLocaleString("en-US");
}

export function passMiss(ok: boolean): string {
  return ok ? "PASS" : "MISS";
}

/** The placeholder for a figure that was not measured. */
export const NOT_MEASURED = "—";

/** Milliseconds as seconds: `27.2 s`. */
export function seconds(ms: number): string {
  return `${num(ms / 1000)} s`;
}
