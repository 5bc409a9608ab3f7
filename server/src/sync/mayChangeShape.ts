import * as decoding from 'lib0/decoding'

// Struct encoding of Yjs v1 updates (yjs/src/utils/encoding.js, UpdateDecoderV1): an info byte
// whose 5 low bits say the content, then the origins and parent it has, then the content.
const CONTENT_BITS = 0b11111
const HAS_ORIGIN = 0b1000_0000
const HAS_RIGHT_ORIGIN = 0b0100_0000
const HAS_PARENT_SUB = 0b0010_0000
const GC = 0
const SKIP = 10
const CONTENT_DELETED = 1
const CONTENT_JSON = 2
const CONTENT_BINARY = 3
const CONTENT_STRING = 4
const CONTENT_EMBED = 5
const CONTENT_FORMAT = 6
const CONTENT_TYPE = 7
const CONTENT_ANY = 8
const CONTENT_DOC = 9

/**
 * Whether a Yjs v1 update may create a shared type or a subdocument, or set a map key that has no
 * entry yet — what `assertUpdateShape` must look at. Reads the structs without building them
 * (strings are skipped, not decoded), so typing text costs a fraction of a `Y.decodeUpdate`.
 * Answers true for anything it cannot read to its end: the full check then decides.
 */
export function mayChangeShape(update: Uint8Array): boolean {
  try {
    return scanStructs(decoding.createDecoder(update))
  } catch {
    // Unreadable here: let the caller's full decode report it, or check it.
    return true
  }
}

function scanStructs(decoder: decoding.Decoder): boolean {
  const clients = decoding.readVarUint(decoder)
  for (let client = 0; client < clients; client++) {
    const structs = decoding.readVarUint(decoder)
    decoding.readVarUint(decoder) // client id
    decoding.readVarUint(decoder) // first clock
    for (let struct = 0; struct < structs; struct++) {
      if (scanStruct(decoder)) return true
    }
  }
  return false
}

/** Reads one struct; true when it may change the shape of the document. */
function scanStruct(decoder: decoding.Decoder): boolean {
  const info = decoding.readUint8(decoder)
  const content = info & CONTENT_BITS
  if (content === GC || content === SKIP) {
    decoding.readVarUint(decoder)
    return false
  }
  if (info & HAS_ORIGIN) skipId(decoder)
  if (info & HAS_RIGHT_ORIGIN) skipId(decoder)
  if ((info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN)) === 0) {
    // Without neighbours the parent is written: a root's name, or the id of a type's item.
    if (decoding.readVarUint(decoder) === 1) skipString(decoder)
    else skipId(decoder)
    // A key of a map with no neighbour: a new entry.
    if (info & HAS_PARENT_SUB) return true
  }
  return skipContent(decoder, content)
}

/** Skips an item's content; true for a shared type or a subdocument. */
function skipContent(decoder: decoding.Decoder, content: number): boolean {
  switch (content) {
    case CONTENT_TYPE:
    case CONTENT_DOC:
      return true
    case CONTENT_DELETED:
      decoding.readVarUint(decoder)
      return false
    case CONTENT_JSON: {
      const length = decoding.readVarUint(decoder)
      for (let index = 0; index < length; index++) skipString(decoder)
      return false
    }
    case CONTENT_BINARY:
    case CONTENT_STRING:
    case CONTENT_EMBED:
      skipString(decoder)
      return false
    case CONTENT_FORMAT:
      skipString(decoder)
      skipString(decoder)
      return false
    case CONTENT_ANY: {
      const length = decoding.readVarUint(decoder)
      for (let index = 0; index < length; index++) decoding.readAny(decoder)
      return false
    }
    default:
      // A content this scan does not know: let the full check look.
      return true
  }
}

function skipId(decoder: decoding.Decoder): void {
  decoding.readVarUint(decoder)
  decoding.readVarUint(decoder)
}

/** Skips a length-prefixed string or byte array without decoding it. */
function skipString(decoder: decoding.Decoder): void {
  const length = decoding.readVarUint(decoder)
  if (decoder.pos + length > decoder.arr.length) throw new RangeError('string past the end')
  decoder.pos += length
}
