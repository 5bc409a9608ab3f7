import { findNextFrame, readLogEntry } from './updateLog.ts'

/** A range of bytes of a log left out by {@link salvageLog}: `from` inclusive, `to` exclusive. */
export interface SkippedBytes {
  readonly from: number
  readonly to: number
}

/** What {@link salvageLog} could read of a damaged log. */
export interface SalvagedLog {
  /** Every update of every readable entry, before and after the damage, in log order. */
  readonly updates: Uint8Array[]
  /** The ranges left out (damaged entries, a torn tail), in order. */
  readonly skipped: readonly SkippedBytes[]
}

/**
 * Reads every entry of an update log that can still be read: up to the first damaged entry, then
 * from the next offset where a whole checked frame starts (both its checksums hold), and so on. A
 * torn tail is left out too. Legacy records carry no checksum, so reading cannot resume inside a
 * run of them: what follows a damaged one is found only from the next checked frame on.
 */
export function salvageLog(bytes: Uint8Array): SalvagedLog {
  const updates: Uint8Array[] = []
  const skipped: SkippedBytes[] = []
  let offset = 0
  while (offset < bytes.length) {
    const entry = readLogEntry(bytes, offset)
    if (entry.kind === 'whole') {
      updates.push(...entry.updates)
      offset = entry.end
      continue
    }
    const next = entry.kind === 'torn' ? bytes.length : findNextFrame(bytes, offset + 1)
    skipped.push({ from: offset, to: next })
    offset = next
  }
  return { updates, skipped }
}
