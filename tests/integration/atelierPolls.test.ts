import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  AtelierPollAnswerView,
  AtelierPollLiveView,
  AtelierPollResultsView,
  AtelierPollView,
  AtelierView,
  AtelierWordCloudLiveView,
  AtelierWordCloudView,
} from '@maillage/protocol'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { atelierBody } from '../helpers/atelierAuthorizationRows.ts'
import { seatHolders, type SeatHolder } from '../helpers/atelierCrowd.ts'
import { LILLE } from '../helpers/authorizationTable.ts'
import { signInDemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

const CROWD = 150
const NAMES = ['admin', 'lecteur'] as const

/** The launched polls a client's Y.Doc holds, by id. */
function livePolls(client: SyncClient): Map<string, AtelierPollLiveView> {
  return new Map(
    [...client.doc.getMap<AtelierPollLiveView>('polls').entries()].map(([id, view]) => [id, view]),
  )
}

function liveCloud(client: SyncClient, id: string): AtelierWordCloudLiveView | undefined {
  return client.doc.getMap<AtelierWordCloudLiveView>('wordClouds').get(id)
}

describe('polls and word clouds of a live session with 150 participants', () => {
  let server: TestServer
  let api: ApiClient
  let as: Record<(typeof NAMES)[number], Credential>
  let atelierId: string
  let crowd: SeatHolder[]
  const clients: SyncClient[] = []
  let facilitator: SyncClient

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    as = (await signInDemoAccounts(api, NAMES)).as
    const created = await api.request<AtelierView>('POST', '/api/ateliers', {
      as: as.admin,
      body: atelierBody({ title: 'Mobilité des jeunes : les leviers', capacity: 0 }),
    })
    atelierId = created.body.id
    crowd = await seatHolders(server.server.metadata, api, {
      atelierId,
      spaceId: LILLE,
      count: CROWD,
      prefix: 'jeune',
    })
    const connect = (credential: Credential): SyncClient => {
      const { headers } = syncCredentials(server, credential)
      const client = connectClient(server.syncUrl, atelierId, { headers })
      clients.push(client)
      return client
    }
    facilitator = connect(as.admin)
    for (const person of crowd) connect(person.credential)
    await Promise.all(clients.map((client) => whenSynced(client, 20_000)))
  }, 60_000)

  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.close()
  })

  function createPoll(body: object) {
    return api.request<AtelierPollView>('POST', `/api/ateliers/${atelierId}/sondages`, {
      as: as.admin,
      body,
    })
  }
  function act(pollId: string, action: string) {
    return api.request<AtelierPollView>(
      'POST',
      `/api/ateliers/${atelierId}/sondages/${pollId}/etat`,
      { as: as.admin, body: { action } },
    )
  }
  function answer(credential: Credential, pollId: string, body: object) {
    return api.request<AtelierPollAnswerView>(
      'PUT',
      `/api/ateliers/${atelierId}/sondages/${pollId}/reponse`,
      { as: credential, body },
    )
  }

  it('counts each of 150 simultaneous answers once, with few broadcasts, and reveals equal results everywhere', async () => {
    const created = await createPoll({
      kind: 'single',
      question: 'Quel frein à la mobilité rencontrez-vous le plus ?',
      options: [{ label: 'Le permis' }, { label: 'Les transports' }, { label: 'Le coût' }],
      anonymous: false,
    })
    expect(created.status).toBe(201)
    const pollId = created.body.id
    // A prepared poll is not shown to participants.
    expect(livePolls(clients[1] as SyncClient).has(pollId)).toBe(false)
    expect((await act(pollId, 'lancer')).status).toBe(200)
    await waitFor(() => {
      for (const client of clients) expect(livePolls(client).get(pollId)?.state).toBe('open')
    })

    let broadcasts = 0
    const polls = facilitator.doc.getMap('polls')
    const count = (): void => {
      broadcasts += 1
    }
    polls.observe(count)
    // Everyone answers at once, each twice (a double click): 300 requests, 150 answers.
    const choice = (index: number): string => `o${(index % 3) + 1}`
    const responses = await Promise.all(
      crowd.flatMap((person, index) => [
        answer(person.credential, pollId, { choices: [choice(index)] }),
        answer(person.credential, pollId, { choices: [choice(index)] }),
      ]),
    )
    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 200))
    await waitFor(() => {
      expect(livePolls(facilitator).get(pollId)?.answerCount).toBe(CROWD)
    })
    polls.unobserve(count)
    // Coalesced: far fewer writes of the poll's view than answers.
    expect(broadcasts).toBeGreaterThan(0)
    expect(broadcasts).toBeLessThan(CROWD / 3)
    // Nothing of the results before they are revealed.
    expect(livePolls(clients[1] as SyncClient).get(pollId)?.results).toBeUndefined()

    const results = await api.request<AtelierPollResultsView>(
      'GET',
      `/api/ateliers/${atelierId}/sondages/${pollId}/resultats`,
      { as: as.admin },
    )
    expect(results.body.answerCount).toBe(CROWD)
    expect(results.body.bars.map((bar) => bar.count)).toEqual([50, 50, 50])
    expect(results.body.bars[0]?.names).toContain(crowd[0]?.name)

    expect((await act(pollId, 'reveler')).status).toBe(200)
    await waitFor(
      () => {
        for (const client of clients) {
          expect(livePolls(client).get(pollId)?.results).toEqual(results.body)
        }
      },
      { timeoutMs: 15_000 },
    )
  }, 60_000)

  it('refuses a forged answer, answers of people without a seat, and answers once closed', async () => {
    const created = await createPoll({
      kind: 'scale',
      question: 'Votre confiance dans le dispositif, de 1 à 5 ?',
      anonymous: true,
    })
    const pollId = created.body.id
    await act(pollId, 'lancer')
    const [first, second] = crowd as [SeatHolder, SeatHolder]
    expect((await answer(second.credential, pollId, { value: 2 })).status).toBe(200)
    const forged = await answer(first.credential, pollId, {
      value: 5,
      accountId: second.accountId,
    })
    expect(forged.status).toBe(400)
    const own = await api.request<AtelierPollAnswerView>(
      'GET',
      `/api/ateliers/${atelierId}/sondages/${pollId}/reponse`,
      { as: second.credential },
    )
    expect(own.body.answer).toEqual({ value: 2 })
    expect((await answer(as.lecteur, pollId, { value: 4 })).status).toBe(403)
    expect((await answer(first.credential, pollId, { value: 9 })).status).toBe(400)
    expect((await answer(first.credential, pollId, { choices: ['o1'] })).status).toBe(400)
    expect((await act(pollId, 'cloturer')).status).toBe(200)
    expect((await answer(first.credential, pollId, { value: 3 })).status).toBe(409)
    const results = await api.request<AtelierPollResultsView>(
      'GET',
      `/api/ateliers/${atelierId}/sondages/${pollId}/resultats`,
      { as: as.admin },
    )
    expect(results.body.answerCount).toBe(1)
    // A participant reads neither the list nor the live distribution.
    const list = await api.request('GET', `/api/ateliers/${atelierId}/sondages`, {
      as: first.credential,
    })
    expect(list.status).toBe(403)
  })

  it('never puts account ids or names of an anonymous poll in the Y.Doc a participant receives', async () => {
    const created = await createPoll({
      kind: 'open',
      question: 'Une idée pour lever les freins à la mobilité ?',
      anonymous: true,
    })
    const pollId = created.body.id
    await act(pollId, 'lancer')
    const answering = crowd.slice(0, 5)
    await Promise.all(
      answering.map((person, index) =>
        answer(person.credential, pollId, { text: `Idée numéro ${index + 1}` }),
      ),
    )
    await act(pollId, 'reveler')
    const reader = clients[CROWD] as SyncClient
    await waitFor(() => {
      expect(livePolls(reader).get(pollId)?.results?.texts).toHaveLength(5)
    })
    const received = JSON.stringify(livePolls(reader).get(pollId))
    for (const person of answering) {
      expect(received).not.toContain(person.accountId)
      expect(received).not.toContain(person.name)
    }
    expect(received).toContain('Idée numéro 3')
    const results = await api.request<AtelierPollResultsView>(
      'GET',
      `/api/ateliers/${atelierId}/sondages/${pollId}/resultats`,
      { as: as.admin },
    )
    expect(JSON.stringify(results.body)).not.toContain(answering[0]?.name)
  })

  it('grows a word cloud live, normalised, merged and hidden by the facilitator (audited)', async () => {
    const opened = await api.request<AtelierWordCloudView>(
      'POST',
      `/api/ateliers/${atelierId}/nuages`,
      { as: as.admin, body: { prompt: 'La mobilité en un à trois mots' } },
    )
    expect(opened.status).toBe(201)
    const cloudId = opened.body.id
    const sent = [
      ['Mobilité', 'permis'],
      ['mobilités', 'Vélo'],
      ['MOBILITÉ', 'vélos'],
      ['bicyclette'],
      ['nul', 'permis'],
    ]
    const responses = await Promise.all(
      sent.map((words, index) =>
        api.request('PUT', `/api/ateliers/${atelierId}/nuages/${cloudId}/mots`, {
          as: (crowd[index] as SeatHolder).credential,
          body: { words },
        }),
      ),
    )
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200])
    const bad = await api.request('PUT', `/api/ateliers/${atelierId}/nuages/${cloudId}/mots`, {
      as: (crowd[0] as SeatHolder).credential,
      body: { words: ['<b>', 'a', 'b', 'c'] },
    })
    expect(bad.status).toBe(400)
    const reader = clients[7] as SyncClient
    await waitFor(() => {
      expect(liveCloud(reader, cloudId)?.words).toEqual([
        { key: 'mobilite', word: 'Mobilité', count: 3 },
        { key: 'permi', word: 'permis', count: 2 },
        { key: 'velo', word: 'Vélo', count: 2 },
        { key: 'bicyclette', word: 'bicyclette', count: 1 },
        { key: 'nul', word: 'nul', count: 1 },
      ])
    })
    const moderate = (body: object) =>
      api.request<AtelierWordCloudView>(
        'POST',
        `/api/ateliers/${atelierId}/nuages/${cloudId}/moderation`,
        { as: as.admin, body },
      )
    expect((await moderate({ action: 'fusionner', from: 'bicyclette', into: 'velo' })).status).toBe(
      200,
    )
    const hidden = await moderate({ action: 'masquer', word: 'nul' })
    expect(hidden.body.hidden).toEqual([{ key: 'nul', word: 'nul', count: 1 }])
    const refused = await api.request(
      'POST',
      `/api/ateliers/${atelierId}/nuages/${cloudId}/moderation`,
      { as: (crowd[0] as SeatHolder).credential, body: { action: 'masquer', word: 'permi' } },
    )
    expect(refused.status).toBe(403)
    await waitFor(() => {
      expect(liveCloud(reader, cloudId)?.words).toEqual([
        { key: 'mobilite', word: 'Mobilité', count: 3 },
        { key: 'velo', word: 'Vélo', count: 3 },
        { key: 'permi', word: 'permis', count: 2 },
      ])
    })
    const received = JSON.stringify(liveCloud(reader, cloudId))
    expect(received).not.toContain('nul')
    expect(received).not.toContain((crowd[0] as SeatHolder).accountId)
    const audit = await server.server.metadata.listAudit()
    const moderations = audit.filter((entry) => entry.action === 'atelier-word-cloud.moderated')
    expect(moderations.map((entry) => entry.details?.action)).toEqual(['fusionner', 'masquer'])
  })
})
