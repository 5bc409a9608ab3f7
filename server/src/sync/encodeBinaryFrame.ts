import { MessageType, SyncMessageType } from '@maillage/protocol'

/**
 * The websocket frame (RFC 6455 §5.2) a server sends to carry `payload` as one binary message:
 * FIN set, opcode 2, no mask (servers never mask), the payload length in 7, 16 or 64 bits, then
 * the payload, in one buffer.
 *
 * A broadcast encodes its frame once and writes the same buffer to every connection
 * (`Connection.sendFrame`): `ws` would build a header for each receiver and hand the socket two
 * buffers (a `writev` through a corked stream) for every send.
 */
export function encodeBinaryFrame(payload: Uint8Array): Buffer {
  const frame = allocateFrame(payload.byteLength)
  frame.set(payload, frame.length - payload.byteLength)
  return frame
}

/**
 * The websocket frame of a y-websocket sync update message carrying `update`: the same bytes as
 * `encodeBinaryFrame(encodeUpdate(update))`, written into one buffer with one copy of the update
 * (a broadcast of a live edit, once per edit and room).
 */
export function encodeUpdateFrame(update: Uint8Array): Buffer {
  const length = update.byteLength
  let lengthBytes = 1
  for (let rest = length; rest > 0x7f; rest = Math.floor(rest / 0x80)) lengthBytes += 1
  // Both types are below 0x80: one byte each.
  const frame = allocateFrame(2 + lengthBytes + length)
  let offset = frame.length - length - lengthBytes - 2
  frame[offset++] = MessageType.Sync
  frame[offset++] = SyncMessageType.Update
  let rest = length
  for (; rest > 0x7f; rest = Math.floor(rest / 0x80)) frame[offset++] = 0x80 | (rest & 0x7f)
  frame[offset++] = rest
  frame.set(update, offset)
  return frame
}

/** A frame for a binary message of `length` bytes, its header written, its payload not. */
function allocateFrame(length: number): Buffer {
  const headerBytes = length < 126 ? 2 : length < 65_536 ? 4 : 10
  const frame = Buffer.allocUnsafe(headerBytes + length)
  frame[0] = 0x82
  if (headerBytes === 2) {
    frame[1] = length
  } else if (headerBytes === 4) {
    frame[1] = 126
    frame.writeUInt16BE(length, 2)
  } else {
    frame[1] = 127
    frame.writeBigUInt64BE(BigInt(length), 2)
  }
  return frame
}

/** The payload bytes of a frame made by {@link encodeBinaryFrame} or {@link encodeUpdateFrame}. */
export function payloadBytesOf(frame: Buffer): number {
  const length = (frame[1] ?? 0) & 0x7f
  return frame.length - (length < 126 ? 2 : length === 126 ? 4 : 10)
}
