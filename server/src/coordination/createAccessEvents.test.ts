import { describe, expect, it } from 'vitest'
import type { AccessChange } from './AccessEvents.ts'
import { createAccessEvents } from './createAccessEvents.ts'

describe('createAccessEvents', () => {
  it('delivers changes within the process when no Redis is configured', async () => {
    const events = await createAccessEvents({})
    const heard: AccessChange[] = []
    events.subscribe((change) => heard.push(change))
    await events.publish({ kind: 'account', accountId: 'compte-1' })
    expect(heard).toEqual([{ kind: 'account', accountId: 'compte-1' }])
    await events.close()
  })
})
