import { randomBytes } from 'node:crypto'
import { connect } from 'node:net'

const CLOSE_OPCODE = 0x8
const BINARY_OPCODE = 0x2
const TIMEOUT_MS = 10_000

/** What the server answered a {@link sendPipelinedFrames} client. */
export interface PipelinedResult {
  /** HTTP status of the upgrade answer (101 when accepted). */
  readonly status: number
  /** Close code of the server's close frame. */
  readonly closeCode: number
}

/**
 * Writes a websocket upgrade request for `syncUrl/documentId` and, in the same TCP write, `frames`
 * as masked binary frames: they reach the server before it has answered the handshake, so they
 * are read as soon as the socket is handed to the room, before a store doing real I/O has
 * loaded the document. Resolves once the server sends a close frame (which is echoed, as a
 * well-behaved client would); rejects if the connection ends without one or after 10 s.
 */
export function sendPipelinedFrames(
  syncUrl: string,
  documentId: string,
  frames: readonly Uint8Array[],
): Promise<PipelinedResult> {
  const url = new URL(`${syncUrl}/${encodeURIComponent(documentId)}`)
  const request = [
    `GET ${url.pathname} HTTP/1.1`,
    `Host: ${url.host}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
    'Sec-WebSocket-Version: 13',
    '',
    '',
  ].join('\r\n')
  const payload = Buffer.concat([
    Buffer.from(request, 'latin1'),
    ...frames.map((frame) => encodeClientFrame(BINARY_OPCODE, frame)),
  ])
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname)
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error('the server sent no close frame in time'))
    }, TIMEOUT_MS)
    let received = Buffer.alloc(0)
    let status: number | undefined
    let bodyStart = 0
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk])
      if (status === undefined) {
        const end = received.indexOf('\r\n\r\n')
        if (end === -1) return
        status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received.toString('latin1'))?.[1] ?? 0)
        bodyStart = end + 4
      }
      const closeCode = findCloseCode(received.subarray(bodyStart))
      if (closeCode === undefined) return
      clearTimeout(timer)
      const echo = Buffer.alloc(2)
      echo.writeUInt16BE(closeCode)
      socket.end(encodeClientFrame(CLOSE_OPCODE, echo))
      resolve({ status, closeCode })
    })
    socket.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    socket.on('close', () => {
      clearTimeout(timer)
      reject(new Error(`the connection ended without a close frame (status ${String(status)})`))
    })
    socket.write(payload)
  })
}

/** A client frame (FIN set, masked, as RFC 6455 §5.3 requires of clients). */
function encodeClientFrame(opcode: number, payload: Uint8Array): Buffer {
  const mask = randomBytes(4)
  let header: Buffer
  if (payload.length < 126) {
    header = Buffer.from([0x80 | opcode, 0x80 | payload.length])
  } else if (payload.length < 0x10000) {
    header = Buffer.alloc(4)
    header.writeUInt8(0x80 | opcode, 0)
    header.writeUInt8(0x80 | 126, 1)
    header.writeUInt16BE(payload.length, 2)
  } else {
    header = Buffer.alloc(10)
    header.writeUInt8(0x80 | opcode, 0)
    header.writeUInt8(0x80 | 127, 1)
    header.writeBigUInt64BE(BigInt(payload.length), 2)
  }
  const masked = Buffer.from(payload.map((byte, index) => byte ^ (mask[index % 4] ?? 0)))
  return Buffer.concat([header, mask, masked])
}

/** The code of the first close frame among the (unmasked) server frames, once it is complete. */
function findCloseCode(frames: Buffer): number | undefined {
  let offset = 0
  while (offset + 2 <= frames.length) {
    const opcode = (frames[offset] ?? 0) & 0x0f
    let length = (frames[offset + 1] ?? 0) & 0x7f
    let headerLength = 2
    if (length === 126) {
      if (offset + 4 > frames.length) return undefined
      length = frames.readUInt16BE(offset + 2)
      headerLength = 4
    } else if (length === 127) {
      if (offset + 10 > frames.length) return undefined
      length = Number(frames.readBigUInt64BE(offset + 2))
      headerLength = 10
    }
    const end = offset + headerLength + length
    if (end > frames.length) return undefined
    if (opcode === CLOSE_OPCODE && length >= 2) return frames.readUInt16BE(offset + headerLength)
    offset = end
  }
  return undefined
}
