import { once } from 'node:events'
import type { IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket, WebSocketServer } from 'ws'
import { SyncMessageType, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from '@maillage/protocol'
import {
  encodeBinaryFrame,
  encodeSyncFrame,
  encodeSyncFrameHead,
  encodeUpdateFrame,
  payloadBytesOf,
} from './encodeBinaryFrame.ts'

const servers: WebSocketServer[] = []
const sockets: WebSocket[] = []

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate()
  for (const server of servers.splice(0)) {
    await new Promise((resolve) => {
      server.close(resolve)
    })
  }
})

/** A client socket, the server's end, and the raw stream under the server's end. */
async function pair(): Promise<{
  client: WebSocket
  serverEnd: WebSocket
  stream: IncomingMessage['socket']
}> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false })
  servers.push(server)
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  const accepted = once(server, 'connection') as Promise<[WebSocket, IncomingMessage]>
  const client = new WebSocket(`ws://127.0.0.1:${port}`)
  sockets.push(client)
  const [[serverEnd, request]] = await Promise.all([accepted, once(client, 'open')])
  sockets.push(serverEnd)
  return { client, serverEnd, stream: request.socket }
}

describe('encodeBinaryFrame', () => {
  it('frames binary messages that a websocket client reads back whole, at every length encoding', async () => {
    const { client, stream } = await pair()
    // 7-bit lengths up to 125, 16-bit from 126 to 65,535, 64-bit beyond.
    const lengths = [0, 1, 125, 126, 65_535, 65_536, 200_000]
    const payloads = lengths.map((length) =>
      Uint8Array.from({ length }, (_, index) => (index * 31 + length) % 256),
    )
    const received: { data: Buffer; isBinary: boolean }[] = []
    client.on('message', (data: Buffer, isBinary: boolean) => {
      received.push({ data, isBinary })
    })
    for (const payload of payloads) stream.write(encodeBinaryFrame(payload))
    await expect.poll(() => received.length).toBe(payloads.length)
    expect(received.map((message) => message.isBinary)).toEqual(lengths.map(() => true))
    expect(received.map((message) => new Uint8Array(message.data))).toEqual(payloads)
  })

  it('keeps the order of frames written beside the messages ws sends on the same socket', async () => {
    const { client, serverEnd, stream } = await pair()
    const received: number[] = []
    client.on('message', (data: Buffer) => {
      received.push(data[0] ?? -1)
    })
    for (let index = 0; index < 10; index += 1) {
      if (index % 2 === 0) stream.write(encodeBinaryFrame(Uint8Array.of(index)))
      else serverEnd.send(Uint8Array.of(index))
    }
    await expect.poll(() => received).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('frames a sync update as the framed encodeUpdate message, at every length encoding', () => {
    // Around the varUint length's 1/2/3-byte steps and the frame header's 7/16/64-bit steps.
    const lengths = [0, 1, 121, 122, 127, 128, 16_383, 16_384, 65_530, 65_531, 200_000]
    for (const length of lengths) {
      const update = Uint8Array.from({ length }, (_, index) => (index * 7 + length) % 256)
      const frame = encodeUpdateFrame(update)
      expect(frame).toEqual(encodeBinaryFrame(encodeUpdate(update)))
      expect(payloadBytesOf(frame)).toBe(encodeUpdate(update).byteLength)
    }
  })

  it('frames every kind of sync message as the framed protocol message, whole or as head then payload', () => {
    const encoders = [
      [SyncMessageType.Step1, encodeSyncStep1],
      [SyncMessageType.Step2, encodeSyncStep2],
      [SyncMessageType.Update, encodeUpdate],
    ] as const
    const lengths = [0, 1, 121, 122, 127, 128, 16_383, 16_384, 65_530, 65_531, 70_000]
    for (const [syncType, encode] of encoders) {
      for (const length of lengths) {
        const payload = Uint8Array.from({ length }, (_, index) => (index * 5 + length) % 256)
        const expected = encodeBinaryFrame(encode(payload))
        // Buffer comparisons: a deep equality of 70,000 elements each takes seconds.
        expect(encodeSyncFrame(syncType, payload).equals(expected)).toBe(true)
        const head = encodeSyncFrameHead(syncType, length)
        expect(Buffer.concat([head, payload]).equals(expected)).toBe(true)
      }
    }
  })

  it('writes a sync update frame that a websocket client reads back as the update message', async () => {
    const { client, stream } = await pair()
    const received: Buffer[] = []
    client.on('message', (data: Buffer) => {
      received.push(data)
    })
    const update = Uint8Array.of(1, 2, 3)
    stream.write(encodeUpdateFrame(update))
    await expect.poll(() => received.length).toBe(1)
    expect(new Uint8Array(received[0] ?? [])).toEqual(encodeUpdate(update))
  })
})
