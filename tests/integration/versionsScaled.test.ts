import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView, VersionRestoreView, VersionSummaryView } from '@maillage/protocol'
import { createApiClient, type ApiClient, type SessionCredential } from '../helpers/apiClient.ts'
import { connectEditorClient, type EditorSyncClient } from '../helpers/editorSyncClient.ts'
import { startScaledCluster, type ScaledCluster } from '../helpers/scaledCluster.ts'
import { waitFor } from '../helpers/waitFor.ts'

// The version history scaled out: two processes over one PostgreSQL database and Redis. A version
// named through one process is listed by the other, and a restore asked of one reaches the people
// editing through the other, live.

const LILLE = 'clpe-59004'

describe('the version history on two processes', () => {
  let cluster: ScaledCluster | undefined
  const apis: ApiClient[] = []
  const clients: EditorSyncClient[] = []
  let nadia: SessionCredential
  let elodie: SessionCredential

  const api = (index: number): ApiClient => {
    const found = apis[index]
    if (found === undefined) throw new Error(`no API client for process ${index}`)
    return found
  }

  function open(index: number, documentId: string, as: SessionCredential): EditorSyncClient {
    if (cluster === undefined) throw new Error('the cluster did not start')
    const server = cluster.at(index)
    const client = connectEditorClient(server.syncUrl, documentId, {
      cookie: as.cookie,
      origin: server.httpUrl,
    })
    clients.push(client)
    return client
  }

  beforeAll(async () => {
    const started = await startScaledCluster({
      processes: 2,
      env: { MAILLAGE_AUTH: 'session', MAILLAGE_DEMO_DATA: 'true' },
    })
    cluster = started
    for (const server of started.processes) apis.push(createApiClient(server.httpUrl))
    nadia = (await api(0).signIn('lille@demo.maillage.fr')).credential
    elodie = (await api(1).signIn('lille2@demo.maillage.fr')).credential
  }, 120_000)
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await cluster?.dispose()
  })

  it('names a version on one process, restores it from the other, and both see it live', async () => {
    const created = await api(0).request<{ document: DocumentView }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as: nadia, body: { kind: 'avis', title: 'Avis partagé entre deux processus' } },
    )
    expect(created.status).toBe(201)
    const documentId = created.body.document.id
    const first = open(0, documentId, nadia)
    const second = open(1, documentId, elodie)
    await waitFor(() => {
      expect(first.provider.synced && second.provider.synced).toBe(true)
    })

    first.appendParagraph('Texte retenu par le bureau.')
    await waitFor(() => {
      expect(second.paragraphs()).toContain('Texte retenu par le bureau.')
    })
    const named = await api(1).request<{ version: VersionSummaryView }>(
      'POST',
      `/api/documents/${documentId}/versions`,
      { as: elodie, body: { nom: 'Version soumise au bureau' } },
    )
    expect(named.status).toBe(201)

    second.appendParagraph('Ajout à écarter.')
    await waitFor(() => {
      expect(first.paragraphs()).toContain('Ajout à écarter.')
    })
    const restored = await api(0).request<VersionRestoreView>(
      'POST',
      `/api/documents/${documentId}/versions/${named.body.version.id}/restauration`,
      { as: nadia },
    )
    expect(restored.status).toBe(201)
    for (const client of [first, second]) {
      await waitFor(() => {
        expect(client.paragraphs()).toContain('Texte retenu par le bureau.')
        expect(client.paragraphs()).not.toContain('Ajout à écarter.')
      })
    }

    const listed = await api(1).request<{ versions: VersionSummaryView[] }>(
      'GET',
      `/api/documents/${documentId}/versions`,
      { as: elodie },
    )
    expect(listed.body.versions.map((version) => version.id)).toEqual([
      restored.body.restored.id,
      restored.body.before.id,
      named.body.version.id,
    ])
  })
})
