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
  return encodeSyncFrame(SyncMessageType.Update, update)
}

/**
 * The websocket frame of a y-websocket sync message of `syncType` carrying `payload`, in one buffer
 * with one copy of the payload: the same bytes as `encodeBinaryFrame` of the protocol's
 * `encodeSyncStep1`, `encodeSyncStep2` or `encodeUpdate`, which copy it twice.
 */
export function encodeSyncFrame(syncType: SyncMessageType, payload: Uint8Array): Buffer {
  const length = payload.byteLength
  const frame = allocateFrame(syncHeaderBytes(length) + length)
  writeSyncHeader(frame, frame.length - length, syncType, length)
  frame.set(payload, frame.length - length)
  return frame
}

/**
 * The bytes that precede the payload in the frame of {@link encodeSyncFrame}: the websocket frame
 * header, both types and the payload's varUint length. Written before the payload itself, they make
 * that frame without the payload being copied (`Connection.sendSyncMessage`).
 */
export function encodeSyncFrameHead(syncType: SyncMessageType, payloadBytes: number): Buffer {
  const messageBytes = syncHeaderBytes(payloadBytes) + payloadBytes
  const head = Buffer.allocUnsafe(frameHeaderBytes(messageBytes) + messageBytes - payloadBytes)
  writeFrameHeader(head, messageBytes)
  writeSyncHeader(head, head.length, syncType, payloadBytes)
  return head
}

/** Bytes of the sync header of a payload of `payloadBytes`: both types, then its varUint length. */
function syncHeaderBytes(payloadBytes: number): number {
  let lengthBytes = 1
  for (let rest = payloadBytes; rest > 0x7f; rest = Math.floor(rest / 0x80)) lengthBytes += 1
  // Both types are below 0x80: one byte each.
  return 2 + lengthBytes
}

/** Writes the sync header of a payload of `payloadBytes` so that it ends at `end` of `frame`. */
function writeSyncHeader(
  frame: Buffer,
  end: number,
  syncType: SyncMessageType,
  payloadBytes: number,
): void {
  let offset = end - syncHeaderBytes(payloadBytes)
  frame[offset++] = MessageType.Sync
  frame[offset++] = syncType
  let rest = payloadBytes
  for (; rest > 0x7f; rest = Math.floor(rest / 0x80)) frame[offset++] = 0x80 | (rest & 0x7f)
  frame[offset] = rest
}

/** A frame for a binary message of `length` bytes, its header written, its payload not. */
function allocateFrame(length: number): Buffer {
  const frame = Buffer.allocUnsafe(frameHeaderBytes(length) + length)
  writeFrameHeader(frame, length)
  return frame
}

/** Bytes of the header of a frame whose payload is `length` bytes (7, 16 or 64-bit length). */
function frameHeaderBytes(length: number): number {
  return length < 126 ? 2 : length < 65_536 ? 4 : 10
}

/** Writes, at the start of `frame`, the header of a binary frame whose payload is `length` bytes. */
function writeFrameHeader(frame: Buffer, length: number): void {
  frame[0] = 0x82
  const headerBytes = frameHeaderBytes(length)
  if (headerBytes === 2) {
    frame[1] = length
  } else if (headerBytes === 4) {
    frame[1] = 126
    frame.writeUInt16BE(length, 2)
  } else {
    frame[1] = 127
    frame.writeBigUInt64BE(BigInt(length), 2)
  }
}

/** The payload bytes of a frame made by {@link encodeBinaryFrame} or {@link encodeUpdateFrame}. */
export function payloadBytesOf(frame: Buffer): number {
  const length = (frame[1] ?? 0) & 0x7f
  return frame.length - (length < 126 ? 2 : length === 126 ? 4 : 10)
}
