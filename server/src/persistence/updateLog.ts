import * as encoding from 'lib0/encoding'
import * as decoding from 'lib0/decoding'

/**
 * Encodes one record of an update log: `varUint length` then the update bytes.
 * Records are appended to a file one after the other.
 */
export function encodeLogRecord(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** The records of an update log and how many bytes of it were whole. */
export interface DecodedLog {
  readonly updates: Uint8Array[]
  /** Bytes covered by whole records; anything after is a torn tail left by a crash mid-append. */
  readonly validBytes: number
}

/**
 * Decodes an update log, stopping at the first incomplete record: an append cut short by a crash
 * leaves a torn tail, which is ignored (the update it held is re-sent by clients on reconnect).
 */
export function decodeLog(bytes: Uint8Array): DecodedLog {
  const decoder = decoding.createDecoder(bytes)
  const updates: Uint8Array[] = []
  let validBytes = 0
  while (decoding.hasContent(decoder)) {
    const length = readLengthOrNull(decoder)
    // A Yjs update is never empty: a zero length is a tail of zeros left by a power cut, not a record.
    if (length === null || length === 0 || length > bytes.length - decoder.pos) break
    // Copied, so that keeping one update does not keep the whole log file in memory.
    updates.push(Uint8Array.prototype.slice.call(bytes, decoder.pos, decoder.pos + length))
    decoder.pos += length
    validBytes = decoder.pos
  }
  return { updates, validBytes }
}

function readLengthOrNull(decoder: decoding.Decoder): number | null {
  try {
    return decoding.readVarUint(decoder)
  } catch {
    // A varint cut short (or garbage) at the tail: the record is torn, stop here.
    return null
  }
}
