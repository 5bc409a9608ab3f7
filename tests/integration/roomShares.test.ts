import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DocumentView } from '@maillage/protocol'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { LILLE } from '../helpers/authorizationTable.ts'
import type { RawClient } from '../helpers/rawClient.ts'
import { requestUpgrade, type UpgradeAnswer } from '../helpers/requestUpgrade.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { connectRawClientAs, syncCredentials } from '../helpers/syncAccess.ts'
import { waitFor } from '../helpers/waitFor.ts'

const LENS = 'clpe-62005'
/** Rooms one account may keep in memory in these tests, and rooms in all. */
const SHARE = 4
const MAX_ROOMS = SHARE + 2
/** How slow `/healthz` may be while an account hammers the upgrade (the machine is shared). */
const HEALTHZ_MAX_MS = 1_000

describe('per-account shares: one member cannot take every room nor create without end', () => {
  let server: TestServer
  let api: ApiClient
  let lille: Credential
  let lens: Credential
  const held: RawClient[] = []

  beforeEach(async () => {
    server = await startServer({
      auth: 'session',
      demoData: true,
      limits: { maxRooms: MAX_ROOMS, maxRoomsPerAccount: SHARE },
    })
    api = createApiClient(server.httpUrl)
    lille = (await api.signIn('lille@demo.maillage.fr')).credential
    lens = (await api.signIn('lens@demo.maillage.fr')).credential
  })

  afterEach(async () => {
    await Promise.all(held.splice(0).map((client) => client.close()))
    await server.close()
  })

  async function create(as: Credential, spaceId: string, title: string) {
    return api.request<{ document: DocumentView; error?: { code: string; message: string } }>(
      'POST',
      `/api/spaces/${spaceId}/documents`,
      { as, body: { kind: 'note', title } },
    )
  }

  async function createNote(as: Credential, spaceId: string, title: string): Promise<string> {
    const created = await create(as, spaceId, title)
    expect(created.status).toBe(201)
    return created.body.document.id
  }

  function upgrade(as: Credential, documentId: string): Promise<UpgradeAnswer> {
    return requestUpgrade(
      server.httpUrl,
      `/sync/${documentId}`,
      syncCredentials(server, as).headers,
    )
  }

  async function hold(as: Credential, documentId: string): Promise<RawClient> {
    const client = await connectRawClientAs(server, documentId, as)
    held.push(client)
    return client
  }

  it('refuses with 429 a connection to one room more than the account’s share, and others still open theirs', async () => {
    const notes: string[] = []
    for (let index = 0; index < SHARE + 2; index++) {
      notes.push(await createNote(lille, LILLE, `Note ${index}`))
    }
    const theirs = await createNote(lens, LENS, 'Note de Lens')
    for (const id of notes.slice(0, SHARE)) await hold(lille, id)

    const refused = await upgrade(lille, notes[SHARE] ?? '')
    expect(refused.status).toBe(429)
    expect(refused.body).toEqual({
      error: {
        code: 'SYNC_TOO_MANY_ROOMS_FOR_ACCOUNT',
        message: `Vous avez déjà ${SHARE} documents ouverts en même temps : fermez-en un pour ouvrir celui-ci.`,
      },
    })
    // A second tab on a document already open takes no more of the share.
    expect((await upgrade(lille, notes[0] ?? '')).status).toBe(101)
    // Someone else still opens a document: the server's rooms are not all taken.
    expect((await upgrade(lens, theirs)).status).toBe(101)
    await hold(lens, theirs)

    // A room left gives its place back.
    await held[0]?.close()
    await waitFor(async () => {
      expect((await upgrade(lille, notes[SHARE] ?? '')).status).toBe(101)
    })
  })

  it('keeps /healthz quick while an account opens documents in a loop', async () => {
    const notes: string[] = []
    for (let index = 0; index < SHARE + 4; index++) {
      notes.push(await createNote(lille, LILLE, `Note ${index}`))
    }
    for (const id of notes.slice(0, SHARE)) await hold(lille, id)

    const attack = { finished: false }
    const statuses: number[] = []
    const attacking = (async () => {
      for (let round = 0; round < 30; round++) {
        const answers = await Promise.all(notes.slice(SHARE).map((id) => upgrade(lille, id)))
        statuses.push(...answers.map((answer) => answer.status))
      }
    })().finally(() => {
      attack.finished = true
    })
    const latencies: number[] = []
    while (!attack.finished) {
      const startedAt = performance.now()
      const health = await fetch(`${server.httpUrl}/healthz`)
      latencies.push(performance.now() - startedAt)
      expect(health.status).toBe(200)
    }
    await attacking

    expect(Math.max(...latencies)).toBeLessThan(HEALTHZ_MAX_MS)
    expect(latencies.length).toBeGreaterThan(0)
    expect(statuses).toHaveLength(30 * 4)
    expect(new Set(statuses)).toEqual(new Set([429]))
    const theirs = await createNote(lens, LENS, 'Note de Lens')
    expect((await upgrade(lens, theirs)).status).toBe(101)
  })

  it('refuses with 429 RATE_LIMITED the documents an account creates beyond its rate', async () => {
    // 60 a minute, the demo data's creations at start included.
    let refused: Awaited<ReturnType<typeof create>> | undefined
    let created = 0
    for (let index = 0; index <= 60 && refused === undefined; index++) {
      const answer = await create(lille, LILLE, `Note ${index}`)
      if (answer.status === 201) created += 1
      else refused = answer
    }
    expect(created).toBeGreaterThan(40)
    expect(refused?.status).toBe(429)
    expect(refused?.body.error?.code).toBe('RATE_LIMITED')
    expect(refused?.body.error?.message).toMatch(
      /^Vous avez créé beaucoup de documents en peu de temps : attendez \d+ secondes? avant d’en créer un autre\.$/,
    )
    // A thread of the échanges is a document too: the same rate holds it back.
    const thread = await api.request<{ error?: { code: string } }>('POST', '/api/echanges', {
      as: lille,
      body: {
        type: 'question',
        title: 'Quelle prise en charge des frais de garde pendant une formation ?',
        themes: ['formation'],
        territorySpaceIds: [LILLE],
        originSpaceId: LILLE,
        content: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Faute de garde.' }] }],
        },
      },
    })
    expect(thread.status).toBe(429)
    expect(thread.body.error?.code).toBe('RATE_LIMITED')
    // The rate is per account.
    expect((await create(lens, LENS, 'Note de Lens')).status).toBe(201)
  })
})
