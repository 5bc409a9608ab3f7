import { crc32 } from 'node:zlib'
import { z } from 'zod'

const base64 = z.base64()

/**
 * A snapshot as the lowdb document store wrote it before binary snapshot files (`<id>.json`): read
 * until the document's next compaction replaces it with `<id>.snapshot`.
 */
const legacySnapshotSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  /**
   * Base64; checked as such only in snapshots without `stateCrc32`: the checksum of the decoded
   * bytes catches any damage to it, without a pattern match over the whole text.
   */
  state: z.string(),
  /** State vector of `state` (absent from the oldest snapshots). */
  stateVector: z.base64().optional(),
  /** CRC-32 of the bytes of `state` (absent from the oldest snapshots). */
  stateCrc32: z.number().int().nonnegative().optional(),
  compactedAt: z.iso.datetime(),
})

/** A legacy snapshot as read back: its state and state vector decoded from base64. */
export interface LegacySnapshot {
  readonly id: string
  readonly state: Uint8Array
  readonly stateVector: Uint8Array | null
}

/** The legacy JSON snapshot in `bytes`, or what is wrong with it. */
export function decodeLegacySnapshot(bytes: Buffer): LegacySnapshot | string {
  let parsed: unknown
  try {
    parsed = JSON.parse(bytes.toString('utf8'))
  } catch {
    return 'is not JSON'
  }
  const result = legacySnapshotSchema.safeParse(parsed)
  if (!result.success) return `does not match its schema: ${result.error.message}`
  const expected = result.data.stateCrc32
  if (expected === undefined && !base64.safeParse(result.data.state).success) {
    return 'does not match its schema: state is not base64'
  }
  const state = new Uint8Array(Buffer.from(result.data.state, 'base64'))
  if (expected !== undefined && crc32(state) !== expected) return 'fails its checksum'
  const vector = result.data.stateVector
  return {
    id: result.data.id,
    state,
    stateVector: vector === undefined ? null : new Uint8Array(Buffer.from(vector, 'base64')),
  }
}
