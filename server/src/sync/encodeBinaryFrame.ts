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
  const length = payload.byteLength
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
  frame.set(payload, headerBytes)
  return frame
}
