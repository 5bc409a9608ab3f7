import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import {
  CloseCode,
  type ApiErrorBody,
  type AtelierHandsView,
  type AtelierTimerView,
  type AtelierView,
  type ServerTimeView,
} from '@maillage/protocol'
import {
  estimateClockOffset,
  readAtelierTimer,
  readRaisedHands,
  readReactions,
  serverNowOf,
  timerRemainingMs,
  type ClockSample,
} from '@maillage/schema'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { atelierBody } from '../helpers/atelierAuthorizationRows.ts'
import { seatHolders } from '../helpers/atelierCrowd.ts'
import { signInDemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { webSocketClass } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

const NAMES = ['admin', 'lille', 'lens', 'lecteur'] as const
type Name = (typeof NAMES)[number]
const LILLE = 'clpe-59004'

/** A real y-websocket client of an atelier and the close codes the server sent it. */
interface Opened {
  readonly doc: Y.Doc
  readonly closeCodes: number[]
  destroy(): void
}

describe('the timer, raised hands and reactions of an atelier’s live session', () => {
  let server: TestServer
  let api: ApiClient
  let as: Record<Name, Credential>
  let ids: Record<Name, string>
  const opened: Opened[] = []

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    const accounts = await signInDemoAccounts(api, NAMES)
    as = accounts.as
    ids = accounts.ids
  })
  afterEach(() => {
    for (const client of opened.splice(0)) client.destroy()
  })
  afterAll(async () => {
    await server.close()
  })

  async function open(documentId: string, credential: Credential): Promise<Opened> {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(server.syncUrl, documentId, doc, {
      WebSocketPolyfill: webSocketClass(syncCredentials(server, credential).headers),
      disableBc: true,
    })
    const closeCodes: number[] = []
    const onClose = (event: { readonly code: number } | null): void => {
      if (event !== null) closeCodes.push(event.code)
    }
    provider.on('connection-close', onClose)
    const client = {
      doc,
      closeCodes,
      destroy: () => {
        provider.destroy()
        doc.destroy()
      },
    }
    opened.push(client)
    await waitFor(() => {
      expect(provider.synced).toBe(true)
    })
    return client
  }

  function post<T>(who: Credential, path: string, body?: object) {
    return api.request<T & ApiErrorBody>('POST', path, { as: who, body })
  }

  /** A live atelier (session started by the admin) where Lille holds a seat; Lens waits. */
  async function liveAtelier(title: string): Promise<string> {
    const created = await post<AtelierView>(
      as.admin,
      '/api/ateliers',
      atelierBody({ title, capacity: 1 }),
    )
    const { id } = created.body
    expect((await post(as.lille, `/api/ateliers/${id}/inscription`)).status).toBe(200)
    const waiting = await post<AtelierView>(as.lens, `/api/ateliers/${id}/inscription`)
    expect(waiting.body.registration?.status).toBe('liste-attente')
    expect(
      (await post(as.admin, `/api/ateliers/${id}/session`, { action: 'demarrer' })).status,
    ).toBe(200)
    return id
  }

  /** Measures the server's clock as a browser whose clock is `skewMs` off would. */
  async function measureOffset(skewMs: number): Promise<number> {
    const samples: ClockSample[] = []
    for (let index = 0; index < 5; index += 1) {
      const sentAt = Date.now() + skewMs
      const answer = await api.request<ServerTimeView>('GET', '/api/time')
      samples.push({ sentAt, serverNow: answer.body.now, receivedAt: Date.now() + skewMs })
    }
    const offset = estimateClockOffset(samples)
    if (offset === null) throw new Error('no usable sample')
    return offset
  }

  it('shows the same remaining time on two clients whose clocks differ by ten minutes', async () => {
    const id = await liveAtelier('Mobilité des jeunes : le minuteur')
    // One browser's clock is 7 min ahead, the other's 3 min behind.
    const skews = [7 * 60_000, -3 * 60_000]
    const offsets = await Promise.all(skews.map((skew) => measureOffset(skew)))
    const clients = [await open(id, as.admin), await open(id, as.lille)]

    const started = await post<AtelierTimerView>(as.admin, `/api/ateliers/${id}/minuteur`, {
      action: 'demarrer',
      durationSeconds: 300,
    })
    expect(started.status).toBe(200)
    for (const client of clients) {
      await waitFor(() => {
        expect(client.doc.getMap('timer').get('revision')).toBe(started.body.revision)
      })
    }
    const shown = clients.map((client, index) => {
      const timer = readAtelierTimer(client.doc.getMap('timer').toJSON())
      const clientNow = Date.now() + (skews[index] ?? 0)
      return {
        corrected: timerRemainingMs(timer, serverNowOf(clientNow, offsets[index] ?? 0)),
        naive: timerRemainingMs(timer, clientNow),
      }
    })
    const [first, second] = shown
    if (first === undefined || second === undefined) throw new Error('two clients expected')
    expect(Math.abs(first.corrected - second.corrected)).toBeLessThan(1000)
    expect(first.corrected).toBeGreaterThan(290_000)
    expect(first.corrected).toBeLessThanOrEqual(300_000)
    // Each browser's own clock would have shown them minutes apart.
    expect(Math.abs(first.naive - second.naive)).toBeGreaterThan(60_000)
  })

  it('is moved by the facilitators only: start, pause, add time, resume, reset', async () => {
    const id = await liveAtelier('Diagnostic territorial : le minuteur')
    const path = `/api/ateliers/${id}/minuteur`
    const start = { action: 'demarrer', durationSeconds: 120 }
    expect((await post(as.lille, path, start)).status).toBe(403)
    expect((await post(as.lens, path, start)).status).toBe(403)
    expect((await post(as.lecteur, path, start)).status).toBe(403)
    expect((await post(as.admin, path, { action: 'pause' })).status).toBe(409)
    expect((await post(as.admin, path, { action: 'demarrer', durationSeconds: 0 })).status).toBe(
      400,
    )
    expect(
      (await post(as.admin, path, { action: 'demarrer', durationSeconds: 10_801 })).status,
    ).toBe(400)

    const running = await post<AtelierTimerView>(as.admin, path, start)
    expect(running.body).toMatchObject({ state: 'running', durationMs: 120_000 })
    expect((await post(as.lille, path, { action: 'pause' })).status).toBe(403)
    const paused = await post<AtelierTimerView>(as.admin, path, { action: 'pause' })
    expect(paused.body.state).toBe('paused')
    const remaining = paused.body.remainingMs ?? 0
    expect(remaining).toBeGreaterThan(100_000)
    const added = await post<AtelierTimerView>(as.admin, path, {
      action: 'ajouter',
      deltaSeconds: 60,
    })
    expect(added.body.remainingMs).toBe(remaining + 60_000)
    const resumed = await post<AtelierTimerView>(as.admin, path, { action: 'reprendre' })
    expect(resumed.body.state).toBe('running')
    const reader = await open(id, as.lens)
    await waitFor(() => {
      expect(reader.doc.getMap('timer').get('state')).toBe('running')
    })
    expect(
      (await post<AtelierTimerView>(as.admin, path, { action: 'reinitialiser' })).body.state,
    ).toBe('stopped')
    await waitFor(() => {
      expect(reader.doc.getMap('timer').get('state')).toBe('stopped')
    })

    expect(
      (await post(as.admin, `/api/ateliers/${id}/session`, { action: 'terminer' })).status,
    ).toBe(200)
    expect((await post(as.admin, path, start)).status).toBe(409)
  })

  it('closes with 4403 a client that writes the timer, the hands or the reactions itself', async () => {
    const id = await liveAtelier('Écrire le minuteur soi-même')
    const facilitator = await open(id, as.admin)
    facilitator.doc.getMap('timer').set('state', 'running')
    facilitator.doc.getMap('timer').set('endsAt', Date.now() + 3_600_000)
    const participant = await open(id, as.lille)
    participant.doc.getArray('hands').push([{ accountId: ids.lens, name: 'Lens', raisedAt: '' }])
    const other = await open(id, as.lille)
    other.doc.getArray('reactions').push([{ id: 'x', kind: 'bravo', at: Date.now() }])
    await waitFor(() => {
      expect(facilitator.closeCodes).toContain(CloseCode.Forbidden)
      expect(participant.closeCodes).toContain(CloseCode.Forbidden)
      expect(other.closeCodes).toContain(CloseCode.Forbidden)
    })
    for (const client of [facilitator, participant, other]) client.destroy()
    const witness = await open(id, as.lens)
    expect(witness.doc.getMap('timer').get('state')).toBeUndefined()
    expect(witness.doc.getArray('hands').length).toBe(0)
    expect(witness.doc.getArray('reactions').length).toBe(0)
  })

  it('gives 20 hands raised at once 20 distinct places, each once; the facilitator gives the floor', async () => {
    const created = await post<AtelierView>(
      as.admin,
      '/api/ateliers',
      atelierBody({ title: 'Vingt mains' }),
    )
    const { id } = created.body
    await post(as.admin, `/api/ateliers/${id}/session`, { action: 'demarrer' })
    const crowd = await seatHolders(server.server.metadata, api, {
      atelierId: id,
      spaceId: LILLE,
      count: 20,
      prefix: 'main',
    })
    const watcher = await open(id, as.lens)
    const raised = await Promise.all(
      crowd.map((person) => post<AtelierHandsView>(person.credential, `/api/ateliers/${id}/mains`)),
    )
    expect(raised.map((response) => response.status)).toEqual(crowd.map(() => 201))
    // Each answer saw its own hand: the queue grew by one at each raise.
    const lengths = raised.map((response) => response.body.hands.length).sort((a, b) => a - b)
    expect(lengths).toEqual(crowd.map((_, index) => index + 1))
    await waitFor(() => {
      expect(readRaisedHands(watcher.doc.getArray('hands').toJSON())).toHaveLength(20)
    })
    const queue = readRaisedHands(watcher.doc.getArray('hands').toJSON())
    expect(new Set(queue.map((hand) => hand.accountId))).toEqual(
      new Set(crowd.map((person) => person.accountId)),
    )
    expect(watcher.doc.getArray('hands').length).toBe(20)

    const [first, second] = crowd
    if (first === undefined || second === undefined) throw new Error('a crowd expected')
    expect((await post(first.credential, `/api/ateliers/${id}/mains`)).status).toBe(409)
    expect((await post(as.lens, `/api/ateliers/${id}/mains`)).status).toBe(403)
    const floor = `/api/ateliers/${id}/mains/parole`
    const head = queue[0]?.accountId ?? ''
    expect((await post(first.credential, floor, { accountId: head })).status).toBe(403)
    const given = await post<AtelierHandsView>(as.admin, floor, { accountId: head })
    expect(given.body.hands).toHaveLength(19)
    expect(given.body.hands.map((hand) => hand.accountId)).toEqual(
      queue.slice(1).map((hand) => hand.accountId),
    )
    expect((await post(as.admin, floor, { accountId: head })).status).toBe(409)
    const lowerer = second.accountId === head ? first : second
    const lowered = await api.request<AtelierHandsView>('DELETE', `/api/ateliers/${id}/mains`, {
      as: lowerer.credential,
    })
    expect(lowered.body.hands.map((hand) => hand.accountId)).not.toContain(lowerer.accountId)
    expect(lowered.body.hands).toHaveLength(18)
    const cleared = await api.request<AtelierHandsView>(
      'DELETE',
      `/api/ateliers/${id}/mains/toutes`,
      {
        as: as.admin,
      },
    )
    expect(cleared.body.hands).toEqual([])
    await waitFor(() => {
      expect(watcher.doc.getArray('hands').length).toBe(0)
    })
  })

  it('shows reactions to everyone, anonymous, and limits each person’s rate', async () => {
    const id = await liveAtelier('Réactions en direct')
    const watcher = await open(id, as.lens)
    const path = `/api/ateliers/${id}/reactions`
    expect((await post(as.lens, path, { kind: 'bravo' })).status).toBe(403)
    expect((await post(as.lille, path, { kind: 'applaudir' })).status).toBe(400)
    // Six at once: checking and counting are one step, so exactly five pass whatever the order.
    const sent = await Promise.all(
      Array.from({ length: 6 }, () => post(as.lille, path, { kind: 'bravo' })),
    )
    const statuses = sent.map((response) => response.status).sort()
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
    const refused = sent.find((response) => response.status === 429)
    expect(refused?.body.error.code).toBe('RATE_LIMITED')
    // Another person's rate is their own.
    expect((await post(as.admin, path, { kind: 'jaime' })).status).toBe(201)
    await waitFor(() => {
      expect(readReactions(watcher.doc.getArray('reactions').toJSON())).toHaveLength(6)
    })
    const entries = watcher.doc.getArray('reactions').toJSON()
    expect(JSON.stringify(entries)).not.toContain(ids.lille)
    expect(JSON.stringify(entries)).not.toContain(ids.admin)
  })
})
