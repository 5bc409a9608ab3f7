import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView, ExchangeView, SearchView } from '@maillage/protocol'
import { createApiClient, type ApiClient, type SessionCredential } from '../helpers/apiClient.ts'
import {
  connectEditorClient,
  whenEditorSynced,
  type EditorSyncClient,
} from '../helpers/editorSyncClient.ts'
import { messageContent } from '../helpers/exchangeAuthorizationRows.ts'
import { startScaledCluster, type ScaledCluster } from '../helpers/scaledCluster.ts'
import { searchPath } from '../helpers/searchClient.ts'
import { waitFor } from '../helpers/waitFor.ts'

// The search scaled out: two processes over one PostgreSQL database (its French full-text search,
// one shared table) and Redis. What is written on one process is found on the other.

const LILLE = 'clpe-59004'

// Searches are counted per account across processes (30 a minute): wait without using them up.
const POLL = { timeoutMs: 20_000, intervalMs: 750 }

describe('the search on two processes', () => {
  let cluster: ScaledCluster
  const apis: ApiClient[] = []
  let nadia: SessionCredential
  let julien: SessionCredential
  const clients: EditorSyncClient[] = []

  const api = (index: number): ApiClient => {
    const found = apis[index]
    if (found === undefined) throw new Error(`no API client for process ${index}`)
    return found
  }
  async function idsFound(
    index: number,
    as: SessionCredential,
    query: string,
  ): Promise<SearchView['results']> {
    const response = await api(index).request<SearchView>('GET', searchPath(query), { as })
    expect(response.status, response.text).toBe(200)
    return response.body.results
  }

  beforeAll(async () => {
    cluster = await startScaledCluster({
      processes: 2,
      env: { MAILLAGE_AUTH: 'session', MAILLAGE_DEMO_DATA: 'true' },
    })
    for (const server of cluster.processes) apis.push(createApiClient(server.httpUrl))
    nadia = (await api(0).signIn('lille@demo.maillage.fr')).credential
    julien = (await api(1).signIn('lens@demo.maillage.fr')).credential
  }, 120_000)
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
  })
  afterAll(async () => {
    await cluster.dispose()
  })

  it('finds on one process the paragraph a y-websocket editor saved on the other', async () => {
    const created = await api(0).request<{ document: DocumentView }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as: nadia, body: { kind: 'diagnostic', title: 'Diagnostic du littoral' } },
    )
    expect(created.status, created.text).toBe(201)
    const id = created.body.document.id
    const editor = connectEditorClient(cluster.at(0).syncUrl, id, {
      Cookie: nadia.cookie,
      Origin: cluster.at(0).httpUrl,
    })
    clients.push(editor)
    await whenEditorSynced(editor)
    editor.appendParagraph('Les emplois saisonniers du noroît reprennent en avril.')

    await waitFor(async () => {
      const found = await idsFound(1, nadia, 'Noroit emploi')
      expect(found.map((result) => result.id)).toEqual([id])
    }, POLL)
    const [result] = await idsFound(1, nadia, 'NOROIT')
    expect(result?.passage.filter((segment) => segment.match).map((s) => s.text)).toEqual([
      'noroît',
    ])
    // Another CLPE's member does not find it on either process.
    expect(await idsFound(1, julien, 'noroit')).toEqual([])
    expect(await idsFound(0, julien, 'noroit')).toEqual([])
  })

  it('finds on one process the message posted to a thread on the other', async () => {
    const opened = await api(1).request<ExchangeView>('POST', '/api/echanges', {
      as: julien,
      body: {
        type: 'remontee',
        title: 'Mobilité des apprentis',
        themes: ['mobilite'],
        territorySpaceIds: ['clpe-62005'],
        originSpaceId: 'clpe-62005',
        content: messageContent('Les transports manquent le samedi.'),
      },
    })
    expect(opened.status, opened.text).toBe(201)
    const posted = await api(1).request('POST', `/api/echanges/${opened.body.id}/messages`, {
      as: julien,
      body: { content: messageContent('Une navette vers la zone de Pôle Santé.') },
    })
    expect(posted.status, posted.text).toBe(201)
    await waitFor(async () => {
      const found = await idsFound(0, nadia, 'pole sante navette')
      expect(found.map((result) => [result.id, result.type])).toEqual([[opened.body.id, 'echange']])
    }, POLL)
  })
})
