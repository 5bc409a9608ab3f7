/**
 * True when the web app must be built again: it was never built (`builtAtMs` null: no
 * `dist/index.html`), or some source changed after the build. Times are modification times in
 * milliseconds since the epoch.
 */
export function isBuildStale(builtAtMs: number | null, sourceTimesMs: Iterable<number>): boolean {
  if (builtAtMs === null) return true
  for (const sourceTimeMs of sourceTimesMs) {
    if (sourceTimeMs > builtAtMs) return true
  }
  return false
}
