/** Time without opening the accueil after which the next opening starts a new visit: 30 min. */
export const VISIT_GAP_MS = 30 * 60 * 1000

/** What an account stores of its visits to the accueil, as ISO dates. */
export interface VisitMarks {
  /** Last time the person opened the accueil. */
  readonly lastSeenAt?: string | undefined
  /** When their previous visit ended; absent before their second visit. */
  readonly previousVisitAt?: string | undefined
}

/**
 * The visit marks after the person opens the accueil at `nowMs`: a new visit when they had never
 * come or have been away longer than {@link VISIT_GAP_MS} (the previous visit then ended when they
 * were last seen); within a visit, `previousVisitAt` stays, so reloading keeps the same list.
 */
export function nextVisit(marks: VisitMarks, nowMs: number): VisitMarks & { lastSeenAt: string } {
  const lastSeenMs = marks.lastSeenAt === undefined ? undefined : Date.parse(marks.lastSeenAt)
  const newVisit = lastSeenMs === undefined || nowMs - lastSeenMs > VISIT_GAP_MS
  return {
    lastSeenAt: new Date(nowMs).toISOString(),
    previousVisitAt: newVisit ? marks.lastSeenAt : marks.previousVisitAt,
  }
}
