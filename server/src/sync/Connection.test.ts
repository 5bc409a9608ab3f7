import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { CloseCode } from '@maillage/protocol'
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
