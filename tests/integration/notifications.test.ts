import { describe, expect, it } from 'vitest'
import type { NotificationListView, NotificationView } from '@maillage/protocol'
import { createAdvanceableClock } from '../helpers/advanceableClock.ts'
import type { Credential } from '../helpers/apiClient.ts'
import { useExchangeFixture } from '../helpers/exchangeFixture.ts'

/** A message mentioning each of `ids`, as the composer sends it. */
function mentioning(ids: readonly string[]): object {
  const mentions = ids.map((id) => ({ type: 'mention', attrs: { id, label: id } }))
  return {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Pour info ' }, ...mentions] }],
  }
}

describe('notifications: « Tout marquer comme lu »', () => {
  const clock = createAdvanceableClock()
  const { as, ids, request, openThread, post, notificationsOf } = useExchangeFixture({
    timers: clock,
  })

  async function markAllRead(credential: Credential): Promise<NotificationListView> {
    const response = await request<NotificationListView>('POST', '/api/notifications/lues', {
      as: credential,
    })
    expect(response.status, response.text).toBe(200)
    return response.body
  }

  const readDates = (list: NotificationListView) =>
    new Map(list.notifications.map((entry: NotificationView) => [entry.id, entry.readAt]))

  it('marks every unread notification of the caller read, and no one else’s', async () => {
    const { id } = await openThread(as.lille)
    for (const round of [1, 2]) {
      const posted = await post(as.lille, id, mentioning([ids.lens, ids.admin]))
      expect(posted.status, `message ${round}: ${posted.text}`).toBe(201)
    }
    const lensBefore = await notificationsOf(as.lens)
    const adminBefore = await notificationsOf(as.admin)
    const lilleBefore = await notificationsOf(as.lille)
    expect(lensBefore.unread).toBeGreaterThanOrEqual(2)
    expect(adminBefore.unread).toBeGreaterThanOrEqual(2)
    // One read already: it keeps the date it was read at.
    const [first] = lensBefore.notifications
    if (first === undefined) throw new Error('Lens has no notification')
    const read = await request<{ notification: NotificationView }>(
      'POST',
      `/api/notifications/${first.id}/read`,
      { as: as.lens },
    )
    expect(read.status, read.text).toBe(200)
    const firstReadAt = read.body.notification.readAt
    clock.advance(60_000)

    const answered = await markAllRead(as.lens)
    expect(answered.unread).toBe(0)
    expect(answered.notifications).toHaveLength(lensBefore.notifications.length)
    expect(answered.notifications.every((entry) => entry.readAt !== undefined)).toBe(true)
    expect(answered.notifications.find((entry) => entry.id === first.id)?.readAt).toBe(firstReadAt)
    expect(await notificationsOf(as.lens)).toEqual(answered)

    expect(await notificationsOf(as.admin)).toEqual(adminBefore)
    expect(await notificationsOf(as.lille)).toEqual(lilleBefore)
  })

  it('changes nothing when everything is read already', async () => {
    const before = await markAllRead(as.lens)
    clock.advance(60_000)
    const again = await markAllRead(as.lens)
    expect(again.unread).toBe(0)
    expect(readDates(again)).toEqual(readDates(before))
  })

  it('refuses an anonymous caller', async () => {
    const response = await request('POST', '/api/notifications/lues')
    expect(response.status).toBe(401)
  })
})
