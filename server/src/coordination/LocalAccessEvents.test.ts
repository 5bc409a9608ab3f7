import { parseDocumentId } from '@maillage/protocol'
import { describe, expect, it } from 'vitest'
import type { AccessChange } from './AccessEvents.ts'
import { LocalAccessEvents } from './LocalAccessEvents.ts'

const documentChange: AccessChange = { kind: 'document', documentId: parseDocumentId('plan-2026') }
const accountChange: AccessChange = { kind: 'account', accountId: 'compte-1' }
const sessionChange: AccessChange = { kind: 'session', sessionTokenHash: 'empreinte' }

describe('LocalAccessEvents', () => {
  it('delivers every published change to every listener before publish resolves', async () => {
    const events = new LocalAccessEvents()
    const first: AccessChange[] = []
    const second: AccessChange[] = []
    events.subscribe((change) => first.push(change))
    events.subscribe((change) => second.push(change))
    const published = events.publish(documentChange)
    expect(first).toEqual([documentChange])
    await published
    await events.publish(accountChange)
    await events.publish(sessionChange)
    expect(first).toEqual([documentChange, accountChange, sessionChange])
    expect(second).toEqual(first)
    await events.close()
  })

  it('stops calling a listener once it unsubscribed', async () => {
    const events = new LocalAccessEvents()
    const heard: AccessChange[] = []
    const unsubscribe = events.subscribe((change) => heard.push(change))
    await events.publish(accountChange)
    unsubscribe()
    await events.publish(sessionChange)
    expect(heard).toEqual([accountChange])
    await events.close()
  })

  it('treats the same function subscribed twice as two listeners', async () => {
    const events = new LocalAccessEvents()
    const heard: AccessChange[] = []
    const listener = (change: AccessChange): void => {
      heard.push(change)
    }
    const unsubscribeFirst = events.subscribe(listener)
    events.subscribe(listener)
    unsubscribeFirst()
    await events.publish(accountChange)
    expect(heard).toEqual([accountChange])
    await events.close()
  })

  it('still calls the other listeners when one throws, then rejects with its error', async () => {
    const events = new LocalAccessEvents()
    const heard: AccessChange[] = []
    const failure = new Error('listener failed')
    events.subscribe(() => {
      throw failure
    })
    events.subscribe((change) => heard.push(change))
    await expect(events.publish(documentChange)).rejects.toBe(failure)
    expect(heard).toEqual([documentChange])
    await events.close()
  })

  it('reaches no listener after close', async () => {
    const events = new LocalAccessEvents()
    const heard: AccessChange[] = []
    events.subscribe((change) => heard.push(change))
    await events.close()
    events.subscribe((change) => heard.push(change))
    await events.publish(sessionChange)
    expect(heard).toEqual([])
    await events.close()
  })
})
