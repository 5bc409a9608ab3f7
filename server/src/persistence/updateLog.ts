import { crc32 } from 'node:zlib'
import * as encoding from 'lib0/encoding'
import * as decoding from 'lib0/decoding'

/**
 * First byte of a checked frame. A legacy record (written before frames existed) starts with its
 * varUint length, which is never 0 since a Yjs update is never empty: the two kinds can share a file.
 */
const FRAME_MARKER = 0
/** Bytes of a frame header: marker, payload length, payload CRC-32, header CRC-32 (u32 LE each). */
export const FRAME_HEADER_BYTES = 13
const HEADER_CHECKED_BYTES = 9

/**
 * Encodes one update as a length-prefixed record: `varUint length` then the update bytes. The
 * payload of a frame is a list of these; logs written before frames were whole files of them.
 */
export function encodeLogRecord(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/**
 * Encodes the updates of one append as one checked frame: `0x00`, the payload length, the CRC-32 of
 * the payload and the CRC-32 of those 9 header bytes, then the payload (the updates as
 * {@link encodeLogRecord} records). One frame per append means that a crash mid-append can only
 * leave the last frame incomplete, and the checksums tell that apart from bytes damaged elsewhere.
 */
export function encodeLogFrame(updates: readonly Uint8Array[]): Uint8Array {
  const records = updates.map((update) => encodeLogRecord(update))
  const payloadLength = records.reduce((sum, record) => sum + record.length, 0)
  const frame = new Uint8Array(FRAME_HEADER_BYTES + payloadLength)
  let offset = FRAME_HEADER_BYTES
  for (const record of records) {
    frame.set(record, offset)
    offset += record.length
  }
  const header = new DataView(frame.buffer, frame.byteOffset, FRAME_HEADER_BYTES)
  header.setUint8(0, FRAME_MARKER)
  header.setUint32(1, payloadLength, true)
  header.setUint32(5, crc32(frame.subarray(FRAME_HEADER_BYTES)), true)
  header.setUint32(9, crc32(frame.subarray(0, HEADER_CHECKED_BYTES)), true)
  return frame
}

/** Where and why a log stops being readable before its end, with more data after. */
export interface LogDamage {
  /** Byte offset of the first unreadable frame. */
  readonly offset: number
  readonly reason: string
}

/** The updates of an update log, how many bytes of it were whole, and any damage found. */
export interface DecodedLog {
  /** The updates of the whole entries before the first unreadable byte. */
  readonly updates: Uint8Array[]
  /** Bytes covered by those whole entries. */
  readonly validBytes: number
  /**
   * Set when the unreadable bytes cannot be the torn tail of an interrupted append (see
   * {@link LogEntry}); then the log must be kept as it is, never cut.
   */
  readonly damage: LogDamage | null
}

/**
 * One entry of a log read at an offset. Whole: its updates and the offset after it. Torn: what an
 * interrupted append leaves at the end of the file (a frame whose proven length reaches past the
 * end, or the last frame failing its content checksum). Damaged: a frame whose proven length
 * leaves data after it, with content failing its checksum. Unreadable: no header to trust (a frame
 * header failing its checksum, cut short, or a bare record that cannot be read), which
 * {@link decodeLog} calls torn when no whole frame follows it, damage otherwise.
 */
export type LogEntry =
  | { readonly kind: 'whole'; readonly updates: Uint8Array[]; readonly end: number }
  | { readonly kind: 'torn' }
  | { readonly kind: 'damaged'; readonly reason: string }
  | { readonly kind: 'unreadable'; readonly reason: string }

/** Decodes an update log up to its end, its torn tail, or the first damaged entry. */
export function decodeLog(bytes: Uint8Array): DecodedLog {
  const updates: Uint8Array[] = []
  let offset = 0
  while (offset < bytes.length) {
    const entry = readLogEntry(bytes, offset)
    if (entry.kind === 'whole') {
      updates.push(...entry.updates)
      offset = entry.end
      continue
    }
    // An interrupted append is the end of the file: anything readable after it is damage.
    const torn =
      entry.kind === 'torn' ||
      (entry.kind === 'unreadable' && findNextFrame(bytes, offset + 1) === bytes.length)
    if (torn) break
    return { updates, validBytes: offset, damage: { offset, reason: entry.reason } }
  }
  return { updates, validBytes: offset, damage: null }
}

/** Reads the entry at `offset`: a checked frame, or a bare record of a log older than frames. */
export function readLogEntry(bytes: Uint8Array, offset: number): LogEntry {
  return bytes[offset] === FRAME_MARKER ? readFrame(bytes, offset) : readLegacyRecord(bytes, offset)
}

/**
 * The offset of the first whole checked frame (both checksums holding) at or after `from`, or the
 * length of `bytes` when there is none: where reading can resume after unreadable bytes.
 */
export function findNextFrame(bytes: Uint8Array, from: number): number {
  for (let offset = from; offset < bytes.length; offset++) {
    if (bytes[offset] === FRAME_MARKER && readFrame(bytes, offset).kind === 'whole') return offset
  }
  return bytes.length
}

function readFrame(bytes: Uint8Array, offset: number): LogEntry {
  if (bytes.length - offset < FRAME_HEADER_BYTES) {
    return { kind: 'unreadable', reason: 'a frame header is cut short' }
  }
  const header = new DataView(bytes.buffer, bytes.byteOffset + offset, FRAME_HEADER_BYTES)
  const headerSum = crc32(bytes.subarray(offset, offset + HEADER_CHECKED_BYTES))
  if (header.getUint32(9, true) !== headerSum) {
    return { kind: 'unreadable', reason: 'a frame header fails its checksum' }
  }
  const start = offset + FRAME_HEADER_BYTES
  const end = start + header.getUint32(1, true)
  if (end > bytes.length) return { kind: 'torn' }
  const payload = bytes.subarray(start, end)
  if (header.getUint32(5, true) !== crc32(payload)) {
    if (end === bytes.length) return { kind: 'torn' }
    return { kind: 'damaged', reason: 'a frame content fails its checksum' }
  }
  const updates = splitRecords(payload)
  if (updates === null)
    return { kind: 'damaged', reason: 'a frame content is not a list of updates' }
  return { kind: 'whole', updates, end }
}

function readLegacyRecord(bytes: Uint8Array, offset: number): LogEntry {
  const decoder = decoding.createDecoder(bytes)
  decoder.pos = offset
  const length = readLengthOrNull(decoder)
  // A zero length (a varint such as 0x80 0x00) is no update.
  if (length === null || length === 0 || length > bytes.length - decoder.pos) {
    return { kind: 'unreadable', reason: 'a record length is unreadable or reaches past the end' }
  }
  const end = decoder.pos + length
  return { kind: 'whole', updates: [copy(bytes, decoder.pos, end)], end }
}

/** The records of a frame's payload, or null unless they fill it exactly. */
function splitRecords(payload: Uint8Array): Uint8Array[] | null {
  const decoder = decoding.createDecoder(payload)
  const updates: Uint8Array[] = []
  while (decoding.hasContent(decoder)) {
    const length = readLengthOrNull(decoder)
    if (length === null || length === 0 || length > payload.length - decoder.pos) return null
    updates.push(copy(payload, decoder.pos, decoder.pos + length))
    decoder.pos += length
  }
  return updates
}

/** Copied, so that keeping one update does not keep the whole log file in memory. */
function copy(bytes: Uint8Array, start: number, end: number): Uint8Array {
  return Uint8Array.prototype.slice.call(bytes, start, end)
}

function readLengthOrNull(decoder: decoding.Decoder): number | null {
  try {
    return decoding.readVarUint(decoder)
  } catch {
    // A varint cut short (or garbage): the caller says what that means where it was read.
    return null
  }
}
