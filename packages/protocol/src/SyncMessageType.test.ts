import { describe, expect, it } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import { isSyncMessageType, SyncMessageType } from './SyncMessageType.ts'

describe('SyncMessageType', () => {
  it('has the values y-protocols/sync reads and writes', () => {
    expect(SyncMessageType.Step1).toBe(syncProtocol.messageYjsSyncStep1)
    expect(SyncMessageType.Step2).toBe(syncProtocol.messageYjsSyncStep2)
    expect(SyncMessageType.Update).toBe(syncProtocol.messageYjsUpdate)
  })

  it('recognises exactly 0, 1 and 2 as sync message types', () => {
    expect([0, 1, 2, 3, -1, 0.5].map(isSyncMessageType)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ])
  })
})
