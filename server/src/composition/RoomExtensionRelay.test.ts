import { describe, expect, it } from 'vitest'
import { parseDocumentId } from '@maillage/protocol'
import { pino } from 'pino'
import { RoomHooks, type RoomExtension } from '../sync/RoomHooks.ts'
import { RoomExtensionRelay } from './RoomExtensionRelay.ts'

const unloaded = { documentId: parseDocumentId('plan-2026') }

function recorder(log: string[], name: string): RoomExtension {
  return {
    name,
    onUnloaded: ({ documentId }) => {
      log.push(`${name}:${documentId}`)
    },
  }
}

describe('RoomExtensionRelay', () => {
  it('relays hooks to extensions subscribed after it was handed to the rooms, in order', async () => {
    const relay = new RoomExtensionRelay()
    const log: string[] = []
    await relay.onUnloaded?.(unloaded)
    relay.subscribe(recorder(log, 'présence'))
    relay.subscribe(recorder(log, 'index'))
    await relay.onUnloaded?.(unloaded)
    expect(log).toEqual(['présence:plan-2026', 'index:plan-2026'])
  })

  it('has only the hooks some subscriber has, so that rooms skip building the others', () => {
    const relay = new RoomExtensionRelay()
    const hooks = new RoomHooks([relay], pino({ level: 'silent' }))
    expect(hooks.has('onUnloaded')).toBe(false)
    const unsubscribe = relay.subscribe(recorder([], 'présence'))
    expect(hooks.has('onUnloaded')).toBe(true)
    expect(hooks.has('onAwarenessChanged')).toBe(false)
    expect(relay.onAwarenessChanged).toBeUndefined()
    unsubscribe()
    expect(hooks.has('onUnloaded')).toBe(false)
  })

  it('relays to the subscribers of when it started, even if one unsubscribes another', async () => {
    const relay = new RoomExtensionRelay()
    const log: string[] = []
    let unsubscribeIndex = (): void => undefined
    relay.subscribe({
      name: 'présence',
      onUnloaded: () => {
        log.push('présence')
        unsubscribeIndex()
      },
    })
    unsubscribeIndex = relay.subscribe(recorder(log, 'index'))
    await relay.onUnloaded?.(unloaded)
    await relay.onUnloaded?.(unloaded)
    expect(log).toEqual(['présence', 'index:plan-2026', 'présence'])
  })

  it('stops relaying to an extension that unsubscribed', async () => {
    const relay = new RoomExtensionRelay()
    const log: string[] = []
    const unsubscribe = relay.subscribe(recorder(log, 'présence'))
    unsubscribe()
    await relay.onUnloaded?.(unloaded)
    expect(log).toEqual([])
  })

  it('still calls the other extensions when one throws, then fails with its error', async () => {
    const relay = new RoomExtensionRelay()
    const log: string[] = []
    const failure = new Error('hook failed')
    relay.subscribe({
      name: 'cassé',
      onUnloaded: () => {
        throw failure
      },
    })
    relay.subscribe(recorder(log, 'index'))
    await expect(Promise.resolve(relay.onUnloaded?.(unloaded))).rejects.toBe(failure)
    expect(log).toEqual(['index:plan-2026'])
  })

  it('waits for the promises the extensions return', async () => {
    const relay = new RoomExtensionRelay()
    let settled = false
    relay.subscribe({
      name: 'lent',
      onUnloaded: async () => {
        await Promise.resolve()
        settled = true
      },
    })
    await relay.onUnloaded?.(unloaded)
    expect(settled).toBe(true)
  })
})
