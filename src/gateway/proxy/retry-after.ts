/**
 * An upstream's Retry-After in milliseconds (RFC 9110: seconds, or an HTTP date), or undefined when
 * absent or unreadable; a date already past is 0.
 */
export function retryAfterMs(headers: Headers): number | undefined {
  const value = headers.get("retry-after")?.trim();
  if (!value) return undefined;
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}
