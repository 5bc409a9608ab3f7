import { describe, expect, it } from 'vitest'
import type { ApiErrorBody, ExchangeView } from '@maillage/protocol'
import { createAdvanceableClock } from '../helpers/advanceableClock.ts'
import { messageContent } from '../helpers/exchangeAuthorizationRows.ts'
import { LENS, LILLE, useExchangeFixture } from '../helpers/exchangeFixture.ts'
import { failNextCall } from '../helpers/failNextCall.ts'
import { metricValue } from '../helpers/metricValue.ts'
import { waitFor } from '../helpers/waitFor.ts'

/** A message mentioning each of `ids`, as the composer sends it. */
function mentioning(ids: readonly string[]): object {
  const mentions = ids.map((id) => ({ type: 'mention', attrs: { id, label: id } }))
  return {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Pour info ' }, ...mentions] }],
  }
}

describe('échanges: a failed write is healed by its retry', () => {
  const { as, server, request, openThread, post, setStatus, reader, messagesOf } =
    useExchangeFixture()

  const roomsLoaded = () => metricValue(server().httpUrl, 'maillage_rooms')

  /**
   * Runs `create` (which loads one document), then waits until that document has left memory, so
   * that its next change loads it from the store. The rooms of the readers stay loaded throughout.
   */
  async function unloadedAfter<T>(create: () => Promise<T>): Promise<T> {
    const before = await roomsLoaded()
    const created = await create()
    await waitFor(async () => {
      expect(await roomsLoaded()).toBe(before)
    })
    return created
  }

  async function thread(id: string): Promise<ExchangeView> {
    const response = await request<ExchangeView>('GET', `/api/echanges/${id}`, { as: as.lille })
    expect(response.status).toBe(200)
    return response.body
  }

  it('mirrors a status whose Y.Doc could not be loaded when the same status is asked again', async () => {
    const { id } = await unloadedAfter(() => openThread())
    const failures = failNextCall(server().server.store, 'load')

    const failed = await setStatus(as.lille, id, 'pris-en-charge')
    expect(failed.status).toBe(500)
    expect(failures()).toBe(1)
    // The record changed before the mirror failed: the record and the Y.Doc are apart.
    expect((await thread(id)).status).toBe('pris-en-charge')
    const lens = await reader(as.lens, id)
    expect(lens.doc.getMap('fields').get('statut')).toBe('ouvert')

    const retried = await setStatus(as.lille, id, 'pris-en-charge')
    expect(retried.status, retried.text).toBe(200)
    await waitFor(() => {
      expect(lens.doc.getMap('fields').get('statut')).toBe('pris-en-charge')
    })
  })

  it('mirrors a « nous aussi » whose Y.Doc could not be loaded when it is said again (409)', async () => {
    const { id } = await unloadedAfter(() =>
      openThread(as.lens, { type: 'remontee', originSpaceId: LENS, territorySpaceIds: [LENS] }),
    )
    const failures = failNextCall(server().server.store, 'load')
    const say = () =>
      request<ExchangeView & ApiErrorBody>('POST', `/api/echanges/${id}/nous-aussi`, {
        as: as.lille,
        body: { spaceId: LILLE },
      })

    expect((await say()).status).toBe(500)
    expect(failures()).toBe(1)
    expect((await thread(id)).echoCount).toBe(1)
    const lens = await reader(as.lens, id)
    expect(lens.doc.getMap('fields').get('nousAussi')).toBe(0)

    const again = await say()
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('CONFLICT')
    await waitFor(() => {
      expect(lens.doc.getMap('fields').get('nousAussi')).toBe(1)
    })
  })

  it('writes neither message nor count when the Y.Doc cannot be loaded', async () => {
    const { id } = await unloadedAfter(() => openThread())
    const failures = failNextCall(server().server.store, 'load')

    expect((await post(as.lens, id, messageContent('Perdu ?'))).status).toBe(500)
    expect(failures()).toBe(1)
    expect((await thread(id)).messageCount).toBe(1)
    const lens = await reader(as.lens, id)
    expect(messagesOf(lens)).toHaveLength(1)

    expect((await post(as.lens, id, messageContent('Renvoyé.'))).status).toBe(201)
    expect((await thread(id)).messageCount).toBe(2)
  })

  it('counts the messages of the Y.Doc again after a count that could not be written', async () => {
    const { id } = await openThread()
    const lens = await reader(as.lens, id)
    const failures = failNextCall(server().server.metadata.exchanges, 'updateThread')

    // The message is in the Y.Doc (readers see it), its count could not be recorded.
    expect((await post(as.lens, id, messageContent('Écrit, pas compté.'))).status).toBe(500)
    expect(failures()).toBe(1)
    await waitFor(() => {
      expect(messagesOf(lens)).toHaveLength(2)
    })

    expect((await post(as.lens, id, messageContent('Et compté.'))).status).toBe(201)
    await waitFor(() => {
      expect(messagesOf(lens)).toHaveLength(3)
    })
    expect((await thread(id)).messageCount).toBe(3)
  })
})

describe('échanges: mentions and messages are limited per person', () => {
  const clock = createAdvanceableClock()
  const { as, ids, openThread, post, notificationsOf } = useExchangeFixture({ timers: clock })

  it('refuses a message mentioning more than 20 people (400, stable code), nobody notified', async () => {
    const { id } = await openThread()
    const before = (await notificationsOf(as.lens)).notifications.length
    const strangers = Array.from({ length: 20 }, (_, index) => `inconnu-${index}`)

    const refused = await post(as.lille, id, mentioning([ids.lens, ...strangers]))
    expect(refused.status).toBe(400)
    expect(refused.body.error).toMatchObject({
      code: 'EXCHANGE_TOO_MANY_MENTIONS',
      message: 'Vous pouvez mentionner 20 personnes au plus dans un message.',
    })
    expect((await notificationsOf(as.lens)).notifications).toHaveLength(before)

    const accepted = await post(
      as.lille,
      id,
      mentioning([ids.lens, ids.admin, ...strangers.slice(2)]),
    )
    expect(accepted.status, accepted.text).toBe(201)
    expect(accepted.body.mentions.toSorted()).toEqual([ids.lens, ids.admin].toSorted())
    const [newest] = (await notificationsOf(as.admin)).notifications
    expect(newest).toMatchObject({
      kind: 'mention',
      link: `/echanges/${id}#message-${accepted.body.id}`,
    })
    expect((await notificationsOf(as.lens)).notifications).toHaveLength(before + 1)
  })

  it('refuses the 21st message of a person within a minute, over all threads, until it passes (429)', async () => {
    // A minute later: the messages of the test above no longer count.
    clock.advance(60_000)
    const threads = [await openThread(), await openThread()]
    for (let index = 0; index < 20; index += 1) {
      const target = threads[index % 2]?.id ?? ''
      const sent = await post(as.lens, target, messageContent(`Message ${index + 1}`))
      expect(sent.status, sent.text).toBe(201)
    }

    const refused = await post(as.lens, threads[0]?.id ?? '', messageContent('Un de trop'))
    expect(refused.status).toBe(429)
    expect(refused.body.error.code).toBe('RATE_LIMITED')
    expect(refused.body.error.message).toMatch(/attendez \d+ secondes? avant d’envoyer le suivant/u)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another person is not held back.
    expect((await post(as.lille, threads[0]?.id ?? '', messageContent('Moi aussi'))).status).toBe(
      201,
    )

    clock.advance(60_000)
    expect(
      (await post(as.lens, threads[1]?.id ?? '', messageContent('Une minute après'))).status,
    ).toBe(201)
  })
})
