import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { CloseCode, SyncMessageType, encodeSyncStep2 } from '@maillage/protocol'
import { UNCOPIED_PAYLOAD_BYTES } from './Connection.ts'
import { FakeSocket, connectionOver } from './connectionTestKit.ts'
import { encodeBinaryFrame } from './encodeBinaryFrame.ts'

function written(stream: PassThrough): number[] {
  const chunk = stream.read() as Buffer | null
  return chunk === null ? [] : [...chunk]
}

describe('Connection.send', () => {
  it('writes the message as one binary websocket frame, in one buffer, to the socket under the websocket', () => {
    const stream = new PassThrough()
    const connection = connectionOver(new FakeSocket(), stream)
    expect(connection.send(Uint8Array.of(7, 8))).toBe(true)
    expect(written(stream)).toEqual([0x82, 2, 7, 8])
  })

  it('writes nothing once the connection is closed', () => {
    const socket = new FakeSocket()
    const stream = new PassThrough()
    const connection = connectionOver(socket, stream)
    connection.close(CloseCode.Forbidden)
    expect(connection.send(Uint8Array.of(1))).toBe(false)
    expect(written(stream)).toEqual([])
  })
})

/** A stream that keeps every chunk handed to its `write`, as it was handed. */
function recordingStream(): { stream: PassThrough; chunks: unknown[] } {
  const stream = new PassThrough()
  const chunks: unknown[] = []
  const write = stream.write.bind(stream)
  stream.write = ((chunk: unknown, ...rest: never[]) => {
    chunks.push(chunk)
    return write(chunk, ...rest)
  }) as typeof stream.write
  return { stream, chunks }
}

describe('Connection.sendSyncMessage', () => {
  it('writes a small sync message as one frame, in one buffer', () => {
    const { stream, chunks } = recordingStream()
    const connection = connectionOver(new FakeSocket(), stream)
    const update = Uint8Array.of(0, 0)
    expect(connection.sendSyncMessage(SyncMessageType.Step2, update)).toBe(true)
    expect(chunks).toHaveLength(1)
    expect(written(stream)).toEqual([...encodeBinaryFrame(encodeSyncStep2(update))])
  })

  it('writes a large payload itself after its frame head, not a copy of it', () => {
    const { stream, chunks } = recordingStream()
    const connection = connectionOver(new FakeSocket(), stream)
    // A view into a larger buffer, as the stored state is a view into the snapshot file's bytes.
    const file = Uint8Array.from(
      { length: UNCOPIED_PAYLOAD_BYTES + 100 },
      (_, index) => index % 251,
    )
    const update = file.subarray(50, file.length - 10)
    expect(connection.sendSyncMessage(SyncMessageType.Step2, update)).toBe(true)
    expect(chunks).toHaveLength(2)
    expect(chunks[1]).toBe(update)
    const bytes = stream.read() as Buffer
    expect(bytes.equals(encodeBinaryFrame(encodeSyncStep2(update)))).toBe(true)
  })

  it('writes nothing once the connection is closed', () => {
    const socket = new FakeSocket()
    const stream = new PassThrough()
    const connection = connectionOver(socket, stream)
    connection.close(CloseCode.Forbidden)
    const update = new Uint8Array(UNCOPIED_PAYLOAD_BYTES)
    expect(connection.sendSyncMessage(SyncMessageType.Step2, update)).toBe(false)
    expect(written(stream)).toEqual([])
  })
})

describe('Connection.sendFrame', () => {
  it('writes the frame as it is to the socket under the websocket', () => {
    const stream = new PassThrough()
    const connection = connectionOver(new FakeSocket(), stream)
    const frame = encodeBinaryFrame(Uint8Array.of(7, 8))
    expect(connection.sendFrame(frame)).toBe(true)
    expect(written(stream)).toEqual([0x82, 2, 7, 8])
  })

  it('closes a peer that reads too slowly (4503) instead of writing more', () => {
    const socket = new FakeSocket()
    const stream = new PassThrough()
    const connection = connectionOver(socket, stream)
    socket.bufferedAmount = 1025
    expect(connection.sendFrame(encodeBinaryFrame(Uint8Array.of(1)))).toBe(false)
    expect(socket.closes).toEqual([CloseCode.TooSlow])
    expect(socket.terminated).toBe(true)
    expect(written(stream)).toEqual([])
  })

  it('writes nothing once the connection is closed', () => {
    const socket = new FakeSocket()
    const stream = new PassThrough()
    const connection = connectionOver(socket, stream)
    connection.close(CloseCode.Forbidden)
    expect(connection.sendFrame(encodeBinaryFrame(Uint8Array.of(1)))).toBe(false)
    expect(written(stream)).toEqual([])
  })
})
