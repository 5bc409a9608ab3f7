import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  CloseCode,
  type ApiErrorBody,
  type AtelierBreakoutStatusView,
  type AtelierBreakoutView,
  type AtelierView,
} from '@maillage/protocol'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { atelierBody } from '../helpers/atelierAuthorizationRows.ts'
import { seatHolders, type SeatHolder } from '../helpers/atelierCrowd.ts'
import { LILLE } from '../helpers/authorizationTable.ts'
import {
  connectEditorClient,
  whenEditorSynced,
  type EditorSyncClient,
} from '../helpers/editorSyncClient.ts'
import { signInDemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { groupsOf } from '../helpers/breakoutGroupsOf.ts'
import { addGroupWallNote, appendParagraph, paragraphsOf } from '../helpers/atelierGroupContent.ts'

const NAMES = ['admin', 'lecteur'] as const

/** A participant's client, with the close codes the server sent it. */
interface Seat {
  readonly client: EditorSyncClient
  readonly closeCodes: number[]
}

describe('breakout groups of a live session', () => {
  let server: TestServer
  let api: ApiClient
  let as: Record<(typeof NAMES)[number], Credential>
  const seats: Seat[] = []

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    as = (await signInDemoAccounts(api, NAMES)).as
  })
  afterEach(() => {
    for (const seat of seats.splice(0)) seat.client.destroy()
  })
  afterAll(async () => {
    await server.close()
  })

  async function connect(credential: Credential, documentId: string): Promise<Seat> {
    const { headers } = syncCredentials(server, credential)
    const client = connectEditorClient(server.syncUrl, documentId, headers)
    const closeCodes: number[] = []
    const onClose = (event: { readonly code: number } | null): void => {
      if (event !== null) closeCodes.push(event.code)
    }
    client.provider.on('connection-close', onClose)
    const seat = { client, closeCodes }
    seats.push(seat)
    await whenEditorSynced(client)
    return seat
  }

  /** A live atelier with `count` seat holders. */
  async function liveAtelier(
    count: number,
    prefix: string,
  ): Promise<{ id: string; crowd: SeatHolder[] }> {
    const created = await api.request<AtelierView>('POST', '/api/ateliers', {
      as: as.admin,
      body: atelierBody({ title: 'Mobilité des jeunes : les leviers', capacity: 0 }),
    })
    const { id } = created.body
    const crowd = await seatHolders(server.server.metadata, api, {
      atelierId: id,
      spaceId: LILLE,
      count,
      prefix,
    })
    const started = await api.request('POST', `/api/ateliers/${id}/session`, {
      as: as.admin,
      body: { action: 'demarrer' },
    })
    expect(started.status).toBe(200)
    return { id, crowd }
  }

  function start(id: string, body: object, who: Credential = as.admin) {
    return api.request<AtelierBreakoutView & ApiErrorBody>('POST', `/api/ateliers/${id}/groupes`, {
      as: who,
      body,
    })
  }
  function end(id: string) {
    return api.request<AtelierBreakoutView & ApiErrorBody>(
      'POST',
      `/api/ateliers/${id}/groupes/fin`,
      {
        as: as.admin,
      },
    )
  }

  it('deals the seat holders present at random into groups of balanced sizes, every client told', async () => {
    const { id, crowd } = await liveAtelier(8, 'hasard')
    // Seven of the eight are connected; the eighth is not dealt.
    const present = crowd.slice(0, 7)
    const connected = await Promise.all(present.map((person) => connect(person.credential, id)))
    const facilitator = await connect(as.admin, id)
    await waitFor(async () => {
      const status = await api.request<AtelierBreakoutStatusView>(
        'GET',
        `/api/ateliers/${id}/groupes`,
        {
          as: as.admin,
        },
      )
      expect(status.body.participants.filter((person) => person.connected)).toHaveLength(7)
    })

    const started = await start(id, {
      mode: 'aleatoire',
      groups: [{ name: 'Mobilité' }, { name: 'Logement' }, { name: 'Formation' }],
      durationMinutes: 20,
    })
    expect(started.status).toBe(201)
    const sizes = started.body.groups.map((group) => group.memberIds.length).sort()
    expect(sizes).toEqual([2, 2, 3])
    const dealt = started.body.groups.flatMap((group) => group.memberIds).sort()
    expect(dealt).toEqual(present.map((person) => person.accountId).sort())
    expect(Date.parse(started.body.endsAt ?? '') - Date.parse(started.body.startedAt)).toBe(
      20 * 60_000,
    )
    expect(started.body.groups.map((group) => `${group.n} ${group.name}`)).toEqual([
      '1 Mobilité',
      '2 Logement',
      '3 Formation',
    ])
    await waitFor(() => {
      for (const seat of [...connected, facilitator]) {
        expect(groupsOf(seat.client.doc).state).toBe('en-cours')
        expect(groupsOf(seat.client.doc).groups?.flatMap((group) => group.memberIds)).toHaveLength(
          7,
        )
      }
    })
    // Once running, a second start is refused until back to the plenary.
    expect(
      (await start(id, { mode: 'aleatoire', groups: [{ name: 'A' }, { name: 'B' }] })).status,
    ).toBe(409)
  })

  it('places the seat holders as chosen, refusing strangers and doubles, and only for facilitators', async () => {
    const { id, crowd } = await liveAtelier(3, 'choix')
    const [a, b, c] = crowd.map((person) => person.accountId) as [string, string, string]
    const stranger = await start(id, {
      mode: 'choisi',
      groups: [
        { name: 'Un', memberIds: [a, 'inconnu'] },
        { name: 'Deux', memberIds: [b] },
      ],
    })
    expect(stranger.status).toBe(400)
    const twice = await start(id, {
      mode: 'choisi',
      groups: [
        { name: 'Un', memberIds: [a, b] },
        { name: 'Deux', memberIds: [b] },
      ],
    })
    expect(twice.status).toBe(400)
    expect((await start(id, { mode: 'aleatoire', groups: [{ name: 'Seul' }] })).status).toBe(400)
    const participant = crowd[0] as SeatHolder
    const byParticipant = await start(
      id,
      {
        mode: 'choisi',
        groups: [
          { name: 'Un', memberIds: [a] },
          { name: 'Deux', memberIds: [b] },
        ],
      },
      participant.credential,
    )
    expect(byParticipant.status).toBe(403)
    const chosen = await start(id, {
      mode: 'choisi',
      groups: [
        { name: 'Un', memberIds: [a] },
        { name: 'Deux', memberIds: [b] },
      ],
    })
    expect(chosen.status).toBe(201)
    expect(chosen.body.groups.map((group) => group.memberIds)).toEqual([[a], [b]])
    // The late joiner is placed once the groups run.
    const placed = await api.request<AtelierBreakoutView>(
      'POST',
      `/api/ateliers/${id}/groupes/membres`,
      {
        as: as.admin,
        body: { accountId: c, n: 2 },
      },
    )
    expect(placed.status).toBe(200)
    expect(placed.body.groups.map((group) => group.memberIds)).toEqual([[a], [b, c]])
  })

  it('lets each participant write only their own group while groups run, refusing others with 4403', async () => {
    const { id, crowd } = await liveAtelier(3, 'limite')
    const [first, second, late] = crowd as [SeatHolder, SeatHolder, SeatHolder]
    expect(
      (
        await start(id, {
          mode: 'choisi',
          groups: [
            { name: 'Mobilité', memberIds: [first.accountId] },
            { name: 'Logement', memberIds: [second.accountId] },
          ],
        })
      ).status,
    ).toBe(201)
    const one = await connect(first.credential, id)
    const two = await connect(second.credential, id)
    const facilitator = await connect(as.admin, id)

    appendParagraph(one.client.doc, 'groupNotes-1', 'Le permis coûte trop cher')
    addGroupWallNote(one.client.doc, 1, first.accountId, 'Aide au permis')
    await waitFor(() => {
      expect(paragraphsOf(facilitator.client.doc, 'groupNotes-1')).toEqual([
        'Le permis coûte trop cher',
      ])
      expect(facilitator.client.doc.getArray('groupWall-1').length).toBe(1)
    })
    // Facilitators visit and write any group.
    appendParagraph(facilitator.client.doc, 'groupNotes-2', 'Question de l’animatrice')
    await waitFor(() => {
      expect(paragraphsOf(two.client.doc, 'groupNotes-2')).toEqual(['Question de l’animatrice'])
    })

    // Writing another group's notes, or the plenary's, closes that connection only.
    appendParagraph(one.client.doc, 'groupNotes-2', 'Écrit dans le groupe des autres')
    await waitFor(() => {
      expect(one.closeCodes).toContain(CloseCode.Forbidden)
    })
    appendParagraph(two.client.doc, 'groupNotes-2', 'Le logement des apprentis')
    await waitFor(() => {
      expect(paragraphsOf(facilitator.client.doc, 'groupNotes-2')).toEqual([
        'Question de l’animatrice',
        'Le logement des apprentis',
      ])
    })
    expect(two.closeCodes).not.toContain(CloseCode.Forbidden)
    const witness = await connect(as.admin, id)
    expect(paragraphsOf(witness.client.doc, 'groupNotes-2')).not.toContain(
      'Écrit dans le groupe des autres',
    )
    appendParagraph(two.client.doc, 'body', 'Dans les notes de la plénière')
    await waitFor(() => {
      expect(two.closeCodes).toContain(CloseCode.Forbidden)
    })

    // A seat holder in no group writes nothing until placed; placed, their connection reopens.
    const latecomer = await connect(late.credential, id)
    appendParagraph(latecomer.client.doc, 'groupNotes-1', 'Avant d’être placé')
    await waitFor(() => {
      expect(latecomer.closeCodes).toContain(CloseCode.Forbidden)
    })
    latecomer.client.destroy()
    const placedLate = await connect(late.credential, id)
    const placed = await api.request('POST', `/api/ateliers/${id}/groupes/membres`, {
      as: as.admin,
      body: { accountId: late.accountId, n: 1 },
    })
    expect(placed.status).toBe(200)
    // The grant changed: the server closes the connection (4403) once the client has its group,
    // and the client reconnects, as the web app does when its group changes.
    await waitFor(() => {
      expect(placedLate.closeCodes).toContain(CloseCode.Forbidden)
    })
    expect(groupsOf(placedLate.client.doc).groups?.[0]?.memberIds).toContain(late.accountId)
    placedLate.client.provider.connect()
    await whenEditorSynced(placedLate.client)
    appendParagraph(placedLate.client.doc, 'groupNotes-1', 'Arrivée en retard')
    await waitFor(() => {
      expect(paragraphsOf(witness.client.doc, 'groupNotes-1')).toContain('Arrivée en retard')
    })
  })

  it('splits a session of 150 participants into 10 groups, the assignment arriving on every client', async () => {
    const { id, crowd } = await liveAtelier(150, 'foule')
    const connected = await Promise.all(crowd.map((person) => connect(person.credential, id)))
    await waitFor(
      async () => {
        const status = await api.request<AtelierBreakoutStatusView>(
          'GET',
          `/api/ateliers/${id}/groupes`,
          {
            as: as.admin,
          },
        )
        expect(status.body.participants.filter((person) => person.connected)).toHaveLength(150)
      },
      { timeoutMs: 20_000 },
    )
    const names = Array.from({ length: 10 }, (_, index) => ({ name: `Atelier ${index + 1}` }))
    const started = await start(id, { mode: 'aleatoire', groups: names })
    expect(started.status).toBe(201)
    expect(started.body.groups.map((group) => group.memberIds.length)).toEqual(Array(10).fill(15))
    // Each client receives where everyone sits before the server closes it to reconnect.
    await waitFor(
      () => {
        crowd.forEach((person, index) => {
          const seen = groupsOf((connected[index] as Seat).client.doc).groups ?? []
          expect(seen.filter((group) => group.memberIds.includes(person.accountId))).toHaveLength(1)
        })
      },
      { timeoutMs: 20_000 },
    )
  }, 60_000)

  it('brings everyone back to the plenary keeping the groups’ work, which the compte rendu includes', async () => {
    const { id, crowd } = await liveAtelier(2, 'pleniere')
    const [first, second] = crowd as [SeatHolder, SeatHolder]
    await start(id, {
      mode: 'choisi',
      groups: [
        { name: 'Mobilité', memberIds: [first.accountId] },
        { name: 'Logement', memberIds: [second.accountId] },
      ],
    })
    const one = await connect(first.credential, id)
    appendParagraph(one.client.doc, 'groupNotes-1', 'Covoiturage vers les zones d’activité')
    addGroupWallNote(one.client.doc, 1, first.accountId, 'Un garage solidaire')
    const facilitator = await connect(as.admin, id)
    await waitFor(() => {
      expect(paragraphsOf(facilitator.client.doc, 'groupNotes-1')).toHaveLength(1)
      expect(facilitator.client.doc.getArray('groupWall-1').length).toBe(1)
    })

    const ended = await end(id)
    expect(ended.status).toBe(200)
    expect(ended.body.state).toBe('terminee')
    expect((await end(id)).status).toBe(409)
    // Back in the plenary, the participant writes the shared notes again (after reconnecting).
    await waitFor(() => {
      expect(one.closeCodes).toContain(CloseCode.Forbidden)
    })
    expect(groupsOf(one.client.doc).state).toBe('terminee')
    one.client.provider.connect()
    await whenEditorSynced(one.client)
    appendParagraph(one.client.doc, 'body', 'Synthèse en plénière')
    await waitFor(() => {
      expect(paragraphsOf(facilitator.client.doc, 'body')).toContain('Synthèse en plénière')
      // The groups' work stays in the document.
      expect(paragraphsOf(facilitator.client.doc, 'groupNotes-1')).toEqual([
        'Covoiturage vers les zones d’activité',
      ])
    })

    await api.request('POST', `/api/ateliers/${id}/session`, {
      as: as.admin,
      body: { action: 'terminer' },
    })
    const drafted = await api.request<{ documentId: string }>(
      'POST',
      `/api/ateliers/${id}/compte-rendu`,
      {
        as: as.admin,
      },
    )
    expect(drafted.status).toBe(201)
    const compteRendu = await connect(as.admin, drafted.body.documentId)
    const body = compteRendu.client.body.toString()
    expect(body).toContain('Travaux en groupes')
    expect(body).toContain('Groupe 1 — Mobilité (1 membre)')
    expect(body).toContain('Covoiturage vers les zones d’activité')
    expect(body).toContain(`Un garage solidaire — ${first.name}`)
    expect(body).toContain('Groupe 2 — Logement (1 membre)')
  })
})
