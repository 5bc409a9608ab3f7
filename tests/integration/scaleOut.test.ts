import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { CloseCode, type AtelierView } from '@maillage/protocol'
import { createApiClient, type ApiClient, type SessionCredential } from '../helpers/apiClient.ts'
import { atelierBody } from '../helpers/atelierAuthorizationRows.ts'
import { connectRawClient, type RawClient } from '../helpers/rawClient.ts'
import { startScaledCluster, type ScaledCluster } from '../helpers/scaledCluster.ts'
import { LILLE, NEW_ACCOUNT, type InvitationBody } from '../helpers/securityFixture.ts'
import type { ServerProcess } from '../helpers/spawnServer.ts'
import { createSeededRandom } from '../helpers/seededRandom.ts'
import { syncCredentials, waitForClose } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'
import { metricValue } from '../helpers/metricValue.ts'
import { waitFor } from '../helpers/waitFor.ts'

/** Where people open Maillage: the address of the load balancer in front of the processes. */
const PUBLIC_ORIGIN = 'https://maillage.exemple.fr'

// Three identical server processes over one PostgreSQL database and one Redis, as the README's
// scale-out runs them behind a load balancer: what one process does, every other one sees.
describe('three server processes over PostgreSQL and Redis', () => {
  let cluster: ScaledCluster
  const apis: ApiClient[] = []
  let admin: SessionCredential
  let lille: SessionCredential
  const clients: SyncClient[] = []
  const rawClients: RawClient[] = []

  beforeAll(async () => {
    cluster = await startScaledCluster({
      processes: 3,
      env: {
        MAILLAGE_AUTH: 'session',
        MAILLAGE_DEMO_DATA: 'true',
        MAILLAGE_ALLOWED_ORIGINS: PUBLIC_ORIGIN,
      },
    })
    for (const server of cluster.processes) apis.push(createApiClient(server.httpUrl))
    // Signed in on different processes: the sessions live in PostgreSQL, not in one process.
    admin = (await api(0).signIn('admin@demo.maillage.fr')).credential
    lille = (await api(1).signIn('lille@demo.maillage.fr')).credential
  }, 120_000)
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
    for (const client of rawClients.splice(0)) void client.close()
  })
  afterAll(async () => {
    await cluster.dispose()
  })

  function api(index: number): ApiClient {
    const found = apis[index]
    if (found === undefined) throw new Error(`no API client for process ${index}`)
    return found
  }
  function processOf(index: number): ServerProcess {
    return cluster.at(index % cluster.processes.length)
  }
  async function createLilleDocument(title: string): Promise<string> {
    const created = await api(2).request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as: lille, body: { kind: 'note', title } },
    )
    expect(created.status).toBe(201)
    return created.body.document.id
  }
  /** The shared text the tests write: a root of its own, beside the document's real ones. */
  function textOf(client: SyncClient): Y.Text {
    return client.doc.getText('essai')
  }
  function connect(index: number, documentId: string, credential: SessionCredential): SyncClient {
    // The page's origin is the load balancer's, whichever process the socket reaches.
    const headers = { cookie: credential.cookie, origin: PUBLIC_ORIGIN }
    const client = connectClient(processOf(index).syncUrl, documentId, { headers })
    clients.push(client)
    return client
  }

  it('seeds the database once when the three processes start together', async () => {
    const answers = await Promise.all(
      [0, 1, 2].map((index) =>
        api(index).request<{ tools: { title: string }[] }>('GET', '/api/toolbox/tools', {
          as: lille,
        }),
      ),
    )
    const titles = answers.map((answer) => answer.body.tools.map((tool) => tool.title).sort())
    expect(titles[0]).toContain('DORA')
    // Seeded twice, the catalogue would hold every tool twice.
    expect(new Set(titles[0]).size).toBe(titles[0]?.length)
    expect(titles[1]).toEqual(titles[0])
    expect(titles[2]).toEqual(titles[0])
  })

  it('makes stock y-websocket clients spread over the three processes converge on every document', async () => {
    const documents = await Promise.all(
      ['Diagnostic territorial', 'Feuille de route', 'Fiche action mobilité'].map(
        createLilleDocument,
      ),
    )
    // Four clients per document, on processes 0, 1, 2, 0 (then 1, 2, 0, 1…).
    const byDocument = documents.map((documentId, document) =>
      Array.from({ length: 4 }, (_unused, index) => connect(document + index, documentId, lille)),
    )
    await Promise.all(byDocument.flat().map((client) => whenSynced(client)))
    const random = createSeededRandom(14)
    for (let round = 0; round < 30; round += 1) {
      for (const group of byDocument) {
        const client = random.pick(group)
        // Between two marks, never inside one, so that every mark can be counted at the end.
        const text = textOf(client).toString()
        const boundaries = [0, ...[...text.matchAll(/\]/g)].map((match) => match.index + 1)]
        const at = random.pick(boundaries)
        textOf(client).insert(at, `[${round}]`)
      }
    }
    for (const group of byDocument) {
      await waitFor(
        () => {
          const texts = new Set(group.map((client) => textOf(client).toString()))
          if (texts.size !== 1) throw new Error(`${String(texts.size)} different texts`)
          const [text] = texts
          expect(text?.match(/\[\d+\]/g)?.length).toBe(30)
        },
        { timeoutMs: 15_000 },
      )
    }
  })

  it('closes a revoked member’s sockets on every process', async () => {
    const documentId = await createLilleDocument('Plan d’action insertion')
    const sockets = await Promise.all(
      cluster.processes.map((server) => {
        const { headers, params } = syncCredentials(server, lille)
        return connectRawClient(server.syncUrl, documentId, { params, socket: { headers } })
      }),
    )
    rawClients.push(...sockets)

    const lilleId = (
      await api(0).request<{ account: { id: string } }>('GET', '/api/session', {
        as: lille,
      })
    ).body.account.id
    const removed = await api(2).request('DELETE', `/api/spaces/${LILLE}/members/${lilleId}`, {
      as: admin,
    })
    expect(removed.status).toBe(204)

    const codes = await Promise.all(sockets.map((socket) => waitForClose(socket, 5_000)))
    expect(codes).toEqual([CloseCode.Forbidden, CloseCode.Forbidden, CloseCode.Forbidden])
    const restored = await api(1).request('PUT', `/api/spaces/${LILLE}/members/${lilleId}`, {
      as: admin,
      body: { role: 'contributeur' },
    })
    expect(restored.status).toBe(200)
  })

  it('gives an atelier of 2 seats exactly 2 registrations when 20 people register at once through different processes', async () => {
    const people = await createPeople(20)
    const created = await api(0).request<AtelierView>('POST', '/api/ateliers', {
      as: admin,
      body: atelierBody({ title: 'Atelier de deux places', capacity: 2 }),
    })
    expect(created.status).toBe(201)

    const answers = await Promise.all(
      people.map((person, index) =>
        api(index % 3).request<AtelierView>(
          'POST',
          `/api/ateliers/${created.body.id}/inscription`,
          {
            as: person,
          },
        ),
      ),
    )
    expect(answers.every((answer) => answer.status === 200 || answer.status === 201)).toBe(true)
    const statuses = answers.map((answer) => answer.body.registration?.status)
    expect(statuses.filter((status) => status === 'inscrit')).toHaveLength(2)
    const view = await api(1).request<AtelierView>('GET', `/api/ateliers/${created.body.id}`, {
      as: admin,
    })
    expect(view.body).toMatchObject({ registeredCount: 2, waitingCount: 18 })
  })

  /** Creates `count` accounts through invitation links, each signed in on its own. */
  async function createPeople(count: number): Promise<SessionCredential[]> {
    const people: SessionCredential[] = []
    for (let index = 0; index < count; index += 1) {
      const invitation = await api(index % 3).request<InvitationBody>(
        'POST',
        `/api/spaces/${LILLE}/invitations`,
        { as: admin, body: { role: 'lecteur' } },
      )
      expect(invitation.status).toBe(201)
      const email = `personne-${index}@partenaire.fr`
      const accepted = await api((index + 1) % 3).request(
        'POST',
        `/api/invitations/by-token/${invitation.body.token}/accept`,
        { body: { ...NEW_ACCOUNT, email } },
      )
      expect(accepted.status).toBe(201)
      people.push((await api(index % 3).signIn(email, NEW_ACCOUNT.password)).credential)
    }
    return people
  }

  it('loses nothing when one process is killed with -9 while 20 clients edit: its clients go on through another', async () => {
    const documentId = await createLilleDocument('Compte rendu du comité')
    const victim = 2
    const editors = Array.from({ length: 20 }, (_unused, index) => {
      const client = connect(index, documentId, lille)
      if (index % 3 === victim) {
        // What a load balancer does when a process is gone: the next connection goes elsewhere.
        client.provider.on('connection-close', () => {
          client.provider.serverUrl = processOf(0).syncUrl
        })
      }
      return client
    })
    await Promise.all(editors.map((client) => whenSynced(client)))
    const written = editors.map(() => [] as string[])
    let turn = 0
    function editRound(): void {
      editors.forEach((client, index) => {
        const mark = `<${index}:${turn}>`
        textOf(client).insert(textOf(client).length, mark)
        written[index]?.push(mark)
      })
      turn += 1
    }
    for (let round = 0; round < 5; round += 1) editRound()
    const killed = processOf(victim).kill9()
    for (let round = 0; round < 5; round += 1) editRound()
    await killed
    for (let round = 0; round < 5; round += 1) editRound()

    const everyMark = written.flat()
    await waitFor(
      () => {
        for (const client of editors) {
          const text = textOf(client).toString()
          const missing = everyMark.filter((mark) => !text.includes(mark))
          if (missing.length > 0) {
            throw new Error(
              `client ${editors.indexOf(client)} misses ${missing.length} edits: ${missing.slice(0, 12).join(' ')}`,
            )
          }
        }
      },
      { timeoutMs: 30_000 },
    )
    // And in PostgreSQL: once every client has left, a new one reads the document back.
    for (const client of editors) client.destroy()
    clients.splice(0)
    for (const index of [0, 1]) {
      await waitFor(
        async () => {
          expect(await metricValue(processOf(index).httpUrl, 'maillage_rooms')).toBe(0)
        },
        { timeoutMs: 15_000 },
      )
    }
    const fresh = connect(1, documentId, lille)
    await whenSynced(fresh)
    await waitFor(
      () => {
        const text = textOf(fresh).toString()
        const missing = everyMark.filter((mark) => !text.includes(mark))
        if (missing.length > 0) throw new Error(`${missing.length} edits missing after reload`)
      },
      { timeoutMs: 15_000 },
    )
  })
})
