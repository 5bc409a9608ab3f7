import type { DocumentId } from '@maillage/protocol'

/**
 * Where a participant of an atelier sits while its breakout groups run: in group `group` (1…12),
 * or in none (`null`: not assigned yet); `running: false` once back to the plenary (or before).
 */
export type BreakoutSeat =
  { readonly running: false } | { readonly running: true; readonly group: number | null }

/** No breakout groups running: the plenary. */
export const PLENARY_SEAT: BreakoutSeat = { running: false }

/**
 * Port through which the access policy learns a participant's breakout group (kept in the
 * atelier's Y.Doc, `groups` root, written by the server only): asked on every websocket upgrade
 * and re-check of a registered participant of an atelier.
 */
export interface BreakoutSeats {
  seatOf(documentId: DocumentId, accountId: string): Promise<BreakoutSeat>
}
