const MS_PER_DAY = 86_400_000

/** The `YYYY-MM-DD` day `inDays` days from `nowMs` (negative: past), in UTC. */
export function dayFrom(nowMs: number, inDays: number): string {
  return new Date(nowMs + inDays * MS_PER_DAY).toISOString().slice(0, 10)
}

/** The ISO 8601 time `inDays` days from `nowMs`. */
export function timeFrom(nowMs: number, inDays: number): string {
  return new Date(nowMs + inDays * MS_PER_DAY).toISOString()
}
