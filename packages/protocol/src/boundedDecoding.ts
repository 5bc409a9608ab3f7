import * as decoding from 'lib0/decoding'
import { ProtocolError, ProtocolErrorCode } from './ProtocolError.ts'

/** 8 × 7 bits = 56 ≥ 53: lib0's `writeVarUint` never needs more bytes for a safe integer. */
const MAX_VAR_UINT_BYTES = 8

// Non-fatal on purpose: a bad byte in a reason string becomes U+FFFD instead of a TypeError
// (lib0's decoder is fatal). ignoreBOM keeps a leading U+FEFF, as lib0 does, so strings round-trip.
// Stateless between calls since it is never used in streaming mode.
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true })

/**
 * Reads a varUint like lib0's `readVarUint`, but every failure is a {@link ProtocolError}:
 * lib0 throws untyped errors, silently loses precision above 2^53, and returns NaN for a long run of
 * 0x80 bytes (0 × Infinity), so we cap the length at 8 bytes and the value at MAX_SAFE_INTEGER.
 */
export function readVarUint(decoder: decoding.Decoder, what: string): number {
  const start = decoder.pos
  let value = 0
  let multiplier = 1
  for (let index = 0; index < MAX_VAR_UINT_BYTES; index++) {
    const byte = decoder.arr[decoder.pos]
    if (byte === undefined) {
      throw new ProtocolError(
        ProtocolErrorCode.Truncated,
        `${what} at byte ${start} is cut off by the end of the frame`,
      )
    }
    decoder.pos++
    value += (byte & 0x7f) * multiplier
    if (value > Number.MAX_SAFE_INTEGER) break
    if (byte < 0x80) return value
    multiplier *= 0x80
  }
  throw new ProtocolError(
    ProtocolErrorCode.VarIntOverflow,
    `${what} at byte ${start} is longer than 8 bytes or above Number.MAX_SAFE_INTEGER`,
  )
}

/**
 * Reads a length-prefixed byte array, checking the length against the bytes left in the frame
 * before making the view: the frame may be a slice of a larger pooled buffer, whose neighbouring
 * bytes must never leak. The result is a view over the frame, not a copy.
 */
export function readVarUint8Array(decoder: decoding.Decoder, what: string): Uint8Array {
  const start = decoder.pos
  const length = readVarUint(decoder, `length of ${what}`)
  const remaining = decoder.arr.length - decoder.pos
  if (length > remaining) {
    throw new ProtocolError(
      ProtocolErrorCode.Truncated,
      `${what} at byte ${start} declares ${length} bytes but only ${remaining} remain in the frame`,
    )
  }
  return decoding.readUint8Array(decoder, length)
}

/** Reads a length-prefixed UTF-8 string; invalid UTF-8 sequences become U+FFFD. */
export function readVarString(decoder: decoding.Decoder, what: string): string {
  return utf8Decoder.decode(readVarUint8Array(decoder, what))
}
