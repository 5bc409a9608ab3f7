import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DurableJsonFile } from '../persistence/DurableJsonFile.ts'
import type { LowdbMetadataStore } from '../persistence/LowdbMetadataStore.ts'
import { CountingAdapter, MetadataTestDirectory } from '../persistence/metadataFixtures.ts'
import { systemTimers, type Timers } from '../time/Timers.ts'
import { NotificationService } from './NotificationService.ts'

const CONTENT = { kind: 'mention', message: 'Nadia vous a mentionné.', link: '/echanges/e1' }

describe('NotificationService.markAllRead', () => {
  let directory: MetadataTestDirectory
  let adapter: CountingAdapter
  let store: LowdbMetadataStore
  let now = 0
  const timers: Timers = { ...systemTimers, now: () => now }

  beforeEach(async () => {
    now = Date.parse('2026-12-01T09:00:00Z')
    directory = await MetadataTestDirectory.create()
    adapter = new CountingAdapter(new DurableJsonFile(directory.metadataPath))
    store = await directory.open({ adapter })
  })
  afterEach(async () => {
    await directory.remove()
  })

  it('marks every unread notification of the account in one write, and no one else’s', async () => {
    const notifications = new NotificationService({ store, timers })
    await notifications.notifyAll(['julien', 'julien', 'julien', 'nadia'], CONTENT)
    const [oldest] = (await notifications.listOf('julien')).notifications
    await notifications.markRead('julien', oldest?.id ?? '')
    const writes = adapter.writes
    now += 60_000

    const list = await notifications.markAllRead('julien')

    expect(adapter.writes).toBe(writes + 1)
    expect(list.unread).toBe(0)
    expect(list.notifications.map((entry) => entry.readAt).toSorted()).toEqual([
      '2026-12-01T09:00:00.000Z',
      '2026-12-01T09:01:00.000Z',
      '2026-12-01T09:01:00.000Z',
    ])
    expect((await notifications.listOf('nadia')).unread).toBe(1)
  })

  it('writes nothing when nothing is unread', async () => {
    const notifications = new NotificationService({ store, timers })
    await notifications.notify('nadia', CONTENT)
    await notifications.markAllRead('nadia')
    const writes = adapter.writes
    expect((await notifications.markAllRead('nadia')).unread).toBe(0)
    expect((await notifications.markAllRead('julien')).notifications).toEqual([])
    expect(adapter.writes).toBe(writes)
  })
})
