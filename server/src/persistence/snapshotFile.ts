import { crc32 } from 'node:zlib'

/** First bytes of a snapshot file: `MSNP`. */
const MAGIC = Uint8Array.of(0x4d, 0x53, 0x4e, 0x50)
const FORMAT_VERSION = 1
/** Magic, version, id length. */
const PREFIX_BYTES = 6
/** After the id: compaction time (float64), state vector length, state length (u32 each). */
const LENGTHS_BYTES = 16
const CRC_BYTES = 4

/** A document's compacted state, as a snapshot file holds it. */
export interface SnapshotContent {
  readonly id: string
  readonly state: Uint8Array
  readonly stateVector: Uint8Array
  /** When it was written, in milliseconds since the epoch. */
  readonly compactedAt: number
}

/**
 * Encodes a snapshot file (`<id>.snapshot`), binary so that loading it decodes no text and copies
 * no state: the magic `MSNP`, a version byte, the id's length (one byte) and the id (ASCII), the
 * compaction time (float64), the lengths of the state vector and of the state (u32), those two as
 * they are, then the CRC-32 of every byte before it. All numbers little-endian.
 */
export function encodeSnapshotFile(content: SnapshotContent): Uint8Array {
  const id = Buffer.from(content.id, 'latin1')
  const { state, stateVector } = content
  const bodyStart = PREFIX_BYTES + id.length + LENGTHS_BYTES
  const bytes = new Uint8Array(bodyStart + stateVector.length + state.length + CRC_BYTES)
  const view = new DataView(bytes.buffer)
  bytes.set(MAGIC, 0)
  view.setUint8(4, FORMAT_VERSION)
  view.setUint8(5, id.length)
  bytes.set(id, PREFIX_BYTES)
  const lengths = PREFIX_BYTES + id.length
  view.setFloat64(lengths, content.compactedAt, true)
  view.setUint32(lengths + 8, stateVector.length, true)
  view.setUint32(lengths + 12, state.length, true)
  bytes.set(stateVector, bodyStart)
  bytes.set(state, bodyStart + stateVector.length)
  const end = bytes.length - CRC_BYTES
  view.setUint32(end, crc32(bytes.subarray(0, end)), true)
  return bytes
}

/**
 * The content of a snapshot file, or what is wrong with it. The state and state vector are views
 * into `bytes`, not copies.
 */
export function decodeSnapshotFile(bytes: Uint8Array): SnapshotContent | string {
  if (bytes.length < PREFIX_BYTES + LENGTHS_BYTES + CRC_BYTES) return 'is too short'
  if (MAGIC.some((byte, index) => bytes[index] !== byte)) return 'is not a snapshot file'
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const version = view.getUint8(4)
  if (version !== FORMAT_VERSION) return `has an unknown format version ${version}`
  const end = bytes.length - CRC_BYTES
  if (crc32(bytes.subarray(0, end)) !== view.getUint32(end, true)) return 'fails its checksum'
  const idLength = view.getUint8(5)
  const lengths = PREFIX_BYTES + idLength
  const bodyStart = lengths + LENGTHS_BYTES
  if (bodyStart > end) return 'is too short'
  const stateVectorLength = view.getUint32(lengths + 8, true)
  const stateLength = view.getUint32(lengths + 12, true)
  if (bodyStart + stateVectorLength + stateLength !== end) return 'has lengths that do not add up'
  const stateStart = bodyStart + stateVectorLength
  return {
    id: Buffer.from(bytes.buffer, bytes.byteOffset + PREFIX_BYTES, idLength).toString('latin1'),
    compactedAt: view.getFloat64(lengths, true),
    stateVector: new Uint8Array(bytes.buffer, bytes.byteOffset + bodyStart, stateVectorLength),
    state: new Uint8Array(bytes.buffer, bytes.byteOffset + stateStart, stateLength),
  }
}
