import { describe, expect, it } from 'vitest'
import { isMessageType, MessageType } from './MessageType.ts'

describe('MessageType', () => {
  it('keeps the y-websocket v1 values', () => {
    expect(MessageType).toEqual({ Sync: 0, Awareness: 1, Auth: 2, QueryAwareness: 3 })
  })

  it('recognises exactly 0 to 3 as message types', () => {
    expect([0, 1, 2, 3, 4, 100].map(isMessageType)).toEqual([true, true, true, true, false, false])
  })
})
