import { afterAll, beforeAll, expect } from 'vitest'
import * as Y from 'yjs'
import { clpeSpaceId, REGIONAL_SPACE_IDS } from '@maillage/schema'
import { createTestDatabase, type TestDatabase } from '@maillage/server'
import { allowExitListeners } from './allowExitListeners.ts'
import { createApiClient, type ApiClient, type ApiResponse } from './apiClient.ts'
import { connectEditorClient, whenEditorSynced, type EditorSyncClient } from './editorSyncClient.ts'
import { signInDemoAccounts, type DemoAccounts } from './signInDemoAccounts.ts'
import { startServer, type TestServer } from './startServer.ts'
import { connectClient, whenSynced, type SyncClient } from './syncClient.ts'
import { syncCredentials } from './syncAccess.ts'

// The stage of a séance's life, on PostgreSQL: the admin (the regional team) manages it; Sophie
// (copil@, contributeur of the comité's space) and Nadia (lille@, made contributeur there) are
// members with an account, the Rectorat's representative one without; Élodie (lille2@) represents a
// body without being in the space; Thomas (lecteur@, made lecteur of the space) reads it; Julien
// (lens@) is a stranger whose mandate ends before the séance.

/** The demo people of a séance. */
export type SeanceName = 'admin' | 'copil' | 'lille' | 'lille2' | 'lecteur' | 'lens'

/** The comité de pilotage instance the séances belong to. */
export const SEANCE_INSTANCE = 'copil-essai'

const COPIL = REGIONAL_SPACE_IDS.copil

/** An answer's error, when there is one. */
export interface ErrorBody {
  readonly error?: { readonly code: string }
}

/** The running stage: read its fields inside tests (they are set by `beforeAll`). */
export interface SeanceFixture {
  readonly server: TestServer
  readonly api: ApiClient
  readonly demo: DemoAccounts<SeanceName>
  /** A note of the CLPE de Lille, which Nadia may read and Sophie may not. */
  readonly lilleDocumentId: string
  readonly mandates: { readonly sophie: string; readonly nadia: string; readonly rectorat: string }
  /** A request to `/api/gouvernance/seances<path>` as `name`. */
  readonly call: <T>(
    name: SeanceName,
    method: string,
    path: string,
    body?: unknown,
  ) => Promise<ApiResponse<T & ErrorBody>>
  /** A y-websocket client of `documentId` as `name`, synced. */
  readonly connect: (name: SeanceName, documentId: string) => Promise<SyncClient>
  /** A client of `documentId` that writes through the editor's schema as `name`, synced. */
  readonly connectEditor: (name: SeanceName, documentId: string) => Promise<EditorSyncClient>
}

/**
 * Registers the stage's set-up and tear-down with the file's `beforeAll`/`afterAll`: a PostgreSQL
 * database, the server with the demo seeded, the people signed in, the instance and its mandates.
 */
export function useSeanceFixture(): SeanceFixture {
  let database: TestDatabase | undefined
  let started: Omit<SeanceFixture, 'call' | 'connect' | 'connectEditor'> | undefined
  const clients: { destroy(): void }[] = []
  const mandates = { sophie: 'mandat-sophie', nadia: 'mandat-nadia', rectorat: 'mandat-rectorat' }

  allowExitListeners(8)

  const stage = (): NonNullable<typeof started> => {
    if (started === undefined) throw new Error('the séance fixture has not started')
    return started
  }

  beforeAll(async () => {
    database = await createTestDatabase()
    const server = await startServer({
      auth: 'session',
      demoData: true,
      store: { kind: 'postgres', url: database.url },
    })
    const api = createApiClient(server.httpUrl)
    const demo = await signInDemoAccounts<SeanceName>(api, [
      'admin',
      'copil',
      'lille',
      'lille2',
      'lecteur',
      'lens',
    ])
    for (const [name, role] of [
      ['lille', 'contributeur'],
      ['lecteur', 'lecteur'],
    ] as const) {
      const joined = await api.request('PUT', `/api/spaces/${COPIL}/members/${demo.ids[name]}`, {
        as: demo.as.admin,
        body: { role },
      })
      expect(joined.status, joined.text).toBe(200)
    }
    // The instance and its mandates are fixtures (the instances module manages them).
    const store = server.server.metadata
    await store.instances.createInstance({
      id: SEANCE_INSTANCE,
      kind: 'comite-pilotage',
      name: 'Comité de pilotage (essai)',
      spaceId: COPIL,
      quorum: 2,
      createdAt: '2026-09-01T08:00:00.000Z',
    })
    const mandate = { instanceId: SEANCE_INSTANCE, startsOn: '2026-09-01' } as const
    const people = [
      {
        id: mandates.sophie,
        name: 'Sophie Martin',
        accountId: demo.ids.copil,
        college: 'etat',
        body: 'DREETS Hauts-de-France',
      },
      {
        id: mandates.nadia,
        name: 'Nadia Benali',
        accountId: demo.ids.lille,
        college: 'clpe',
        body: 'CLPE de Lille',
        clpeSpaceId: clpeSpaceId('CLPE59004'),
        clpeProfile: 'urbain',
      },
      {
        id: mandates.rectorat,
        name: 'Représentant du Rectorat',
        college: 'etat',
        body: 'Rectorat de Lille',
      },
      {
        id: 'mandat-elodie',
        name: 'Élodie Vasseur',
        accountId: demo.ids.lille2,
        college: 'autres',
        body: 'Mission locale de Lille',
      },
      {
        id: 'mandat-julien',
        name: 'Julien Lefebvre',
        accountId: demo.ids.lens,
        college: 'autres',
        body: 'Mission locale de Lens-Liévin',
        endsOn: '2026-12-31',
      },
    ] as const
    for (const person of people) await store.instances.createMandate({ ...mandate, ...person })
    const lilleDocument = await api.request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${clpeSpaceId('CLPE59004')}/documents`,
      { as: demo.as.lille, body: { kind: 'note', title: 'Note confidentielle de Lille' } },
    )
    expect(lilleDocument.status, lilleDocument.text).toBe(201)
    started = { server, api, demo, lilleDocumentId: lilleDocument.body.document.id, mandates }
    // A PostgreSQL server with the whole demo seeded: slow on a loaded machine.
  }, 180_000)

  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await started?.server.close()
    await database?.drop()
  })

  return {
    get server() {
      return stage().server
    },
    get api() {
      return stage().api
    },
    get demo() {
      return stage().demo
    },
    get lilleDocumentId() {
      return stage().lilleDocumentId
    },
    mandates,
    call: <T>(name: SeanceName, method: string, path: string, body?: unknown) => {
      const { api, demo } = stage()
      return api.request<T & ErrorBody>(method, `/api/gouvernance/seances${path}`, {
        as: demo.as[name],
        ...(body === undefined ? {} : { body }),
      })
    },
    connect: async (name, documentId) => {
      const { server, demo } = stage()
      const { headers } = syncCredentials(server, demo.as[name])
      const client = connectClient(server.syncUrl, documentId, { headers })
      clients.push(client)
      await whenSynced(client)
      return client
    },
    connectEditor: async (name, documentId) => {
      const { server, demo } = stage()
      const { headers } = syncCredentials(server, demo.as[name])
      const client = connectEditorClient(server.syncUrl, documentId, headers)
      clients.push(client)
      await whenEditorSynced(client)
      return client
    },
  }
}

/** The list field `name` of a séance's document, as a client holds it. */
export function listOf(client: { readonly doc: Y.Doc }, name: string): Y.Array<Y.Map<unknown>> {
  const list = client.doc.getMap('fields').get(name)
  if (!(list instanceof Y.Array)) throw new Error(`${name} is not synced yet`)
  return list as Y.Array<Y.Map<unknown>>
}

/** Adds an item with `values` (strings as Y.Text) to the list field `name`, in one transaction. */
export function addItem(
  client: { readonly doc: Y.Doc },
  name: string,
  values: Record<string, unknown>,
): void {
  client.doc.transact(() => {
    const item = new Y.Map<unknown>()
    item.set('id', crypto.randomUUID())
    item.set('order', Math.random())
    for (const [key, value] of Object.entries(values)) {
      item.set(key, typeof value === 'string' ? new Y.Text(value) : value)
    }
    listOf(client, name).push([item])
  })
}
