import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView } from '@maillage/protocol'
import { createAdvanceableClock } from '../helpers/advanceableClock.ts'
import { createApiClient } from '../helpers/apiClient.ts'
import { LILLE } from '../helpers/authorizationTable.ts'
import { searchAs } from '../helpers/searchClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

// The embedded index across restarts: saved as a snapshot beside lowdb's files when the server
// stops, loaded back at start; rebuilt by the start-up backfill when the snapshot is gone.

describe('the embedded search index across restarts', () => {
  let dataDir: string
  let documentId: string
  const clock = createAdvanceableClock()

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-search-'))
  })
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true })
  })

  async function start(): Promise<TestServer> {
    return startServer({
      store: { kind: 'lowdb', dataDir },
      auth: 'session',
      demoData: true,
      timers: clock,
    })
  }
  async function found(server: TestServer): Promise<string[]> {
    const api = createApiClient(server.httpUrl)
    const lille = await api.signIn('lille@demo.maillage.fr')
    const view = await searchAs(api, clock, lille.credential, 'Cerfontaine')
    return view.results.map((result) => result.id)
  }

  it('saves the index when the server stops', async () => {
    const server = await start()
    try {
      const api = createApiClient(server.httpUrl)
      const lille = await api.signIn('lille@demo.maillage.fr')
      const created = await api.request<{ document: DocumentView }>(
        'POST',
        `/api/spaces/${LILLE}/documents`,
        { as: lille.credential, body: { kind: 'note', title: 'Visite à Cerfontaine' } },
      )
      expect(created.status, created.text).toBe(201)
      documentId = created.body.document.id
      await waitFor(async () => {
        expect(await found(server)).toEqual([documentId])
      })
    } finally {
      await server.close()
    }
    const snapshot = await readFile(join(dataDir, 'search', 'index.json'), 'utf8')
    expect(snapshot).toContain('Visite à Cerfontaine')
    expect(snapshot).toContain(documentId)
  })

  it('finds it again after a restart, from the snapshot', async () => {
    const server = await start()
    try {
      expect(await found(server)).toEqual([documentId])
    } finally {
      await server.close()
    }
  })

  it('rebuilds the index from the documents when the snapshot is gone', async () => {
    await rm(join(dataDir, 'search'), { recursive: true })
    const server = await start()
    try {
      await waitFor(async () => {
        expect(await found(server)).toEqual([documentId])
      })
    } finally {
      await server.close()
    }
  })
})
