import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type {
  DocumentView,
  VersionContentView,
  VersionDiffView,
  VersionRestoreView,
  VersionSummaryView,
} from '@maillage/protocol'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { LILLE } from '../helpers/authorizationTable.ts'
import { connectEditorClient, type EditorSyncClient } from '../helpers/editorSyncClient.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

describe('version history of a document', () => {
  let server: TestServer
  let api: ApiClient
  let lille: Credential
  let lilleName: string
  let lecteur: Credential
  const clients: EditorSyncClient[] = []

  beforeEach(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    const signedIn = await api.signIn('lille@demo.maillage.fr')
    lille = signedIn.credential
    const me = await api.request<{ account: { name: string } }>('GET', '/api/session', {
      as: lille,
    })
    lilleName = me.body.account.name
    lecteur = (await api.signIn('lecteur@demo.maillage.fr')).credential
  })

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  async function createAvis(title: string): Promise<string> {
    const created = await api.request<{ document: DocumentView }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as: lille, body: { kind: 'avis', title } },
    )
    expect(created.status).toBe(201)
    return created.body.document.id
  }

  async function open(documentId: string): Promise<EditorSyncClient> {
    const { headers } = syncCredentials(server, lille)
    const client = connectEditorClient(server.syncUrl, documentId, headers)
    clients.push(client)
    await waitFor(() => {
      expect(client.provider.synced).toBe(true)
    })
    return client
  }

  function close(client: EditorSyncClient): void {
    clients.splice(clients.indexOf(client), 1)
    client.destroy()
  }

  async function listVersions(
    documentId: string,
    as: Credential = lille,
  ): Promise<VersionSummaryView[]> {
    const response = await api.request<{ versions: VersionSummaryView[] }>(
      'GET',
      `/api/documents/${documentId}/versions`,
      { as },
    )
    expect(response.status).toBe(200)
    return response.body.versions
  }

  async function nameVersion(documentId: string, nom: string): Promise<VersionSummaryView> {
    const response = await api.request<{ version: VersionSummaryView }>(
      'POST',
      `/api/documents/${documentId}/versions`,
      { as: lille, body: { nom } },
    )
    expect(response.status).toBe(201)
    return response.body.version
  }

  function setText(text: Y.Text, value: string): void {
    text.doc?.transact(() => {
      text.delete(0, text.length)
      text.insert(0, value)
    })
  }

  function objetOf(client: EditorSyncClient): Y.Text {
    const objet = client.doc.getMap('fields').get('objet')
    if (!(objet instanceof Y.Text)) throw new Error('the avis has no objet text')
    return objet
  }

  it('makes an automatic version of an editing session, with its author, when the last person leaves', async () => {
    const documentId = await createAvis('Avis sur le plan mobilité')
    expect(await listVersions(documentId)).toEqual([])

    const client = await open(documentId)
    client.appendParagraph('Le comité recommande un abonnement solidaire.')
    // The save that stores the edit starts the session; leaving ends it.
    await waitFor(async () => {
      const document = await api.request<{ document: DocumentView }>(
        'GET',
        `/api/documents/${documentId}`,
        { as: lille },
      )
      expect(document.body.document.lastEditorName).toBe(lilleName)
    })
    close(client)

    const [version] = await waitFor(async () => {
      const versions = await listVersions(documentId)
      expect(versions).toHaveLength(1)
      return versions
    })
    expect(version?.kind).toBe('automatique')
    expect(version?.authors.map((author) => author.name)).toEqual([lilleName])

    const content = await api.request<VersionContentView>(
      'GET',
      `/api/documents/${documentId}/versions/${version?.id ?? ''}`,
      { as: lecteur },
    )
    expect(content.status).toBe(200)
    expect(JSON.stringify(content.body.body)).toContain('abonnement solidaire')
    expect(content.body.fields.map((field) => field.label)).toContain('Objet')
  })

  it('names the current state for an editor, and refuses a lecteur who may still list and compare', async () => {
    const documentId = await createAvis('Avis sur la programmation des formations')
    const named = await nameVersion(documentId, '  Version soumise au bureau  ')
    expect(named).toMatchObject({ kind: 'nommee', name: 'Version soumise au bureau' })
    expect(named.authors.map((author) => author.name)).toEqual([lilleName])

    const refused = await api.request('POST', `/api/documents/${documentId}/versions`, {
      as: lecteur,
      body: { nom: 'Ma version' },
    })
    expect(refused.status).toBe(403)
    expect(refused.body).toMatchObject({ error: { code: 'AUTH_FORBIDDEN' } })
    const restoreRefused = await api.request(
      'POST',
      `/api/documents/${documentId}/versions/${named.id}/restauration`,
      { as: lecteur },
    )
    expect(restoreRefused.status).toBe(403)

    expect((await listVersions(documentId, lecteur)).map((version) => version.id)).toEqual([
      named.id,
    ])
    const compared = await api.request<VersionDiffView>(
      'GET',
      `/api/documents/${documentId}/versions/${named.id}/comparaison/actuelle`,
      { as: lecteur },
    )
    expect(compared.status).toBe(200)
    expect(compared.body.identical).toBe(true)

    const tooLong = await api.request('POST', `/api/documents/${documentId}/versions`, {
      as: lille,
      body: { nom: 'x'.repeat(121) },
    })
    expect(tooLong.status).toBe(400)
    const unknown = await api.request(
      'GET',
      `/api/documents/${documentId}/versions/00000000-0000-4000-8000-000000000000`,
      { as: lille },
    )
    expect(unknown.status).toBe(404)
  })

  it('lists the versions of a thread of the échanges but names and restores none', async () => {
    const thread = await api.request<{ id: string }>('POST', '/api/echanges', {
      as: lille,
      body: {
        type: 'question',
        title: 'Quelle prise en charge des frais de garde pendant une formation ?',
        themes: ['formation'],
        territorySpaceIds: [LILLE],
        originSpaceId: LILLE,
        content: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nos stagiaires.' }] }],
        },
      },
    })
    expect(thread.status).toBe(201)
    expect(await listVersions(thread.body.id)).toEqual([])
    // An administrator may write every space's documents, the thread's included.
    const admin = (await api.signIn('admin@demo.maillage.fr')).credential
    const refused = await api.request('POST', `/api/documents/${thread.body.id}/versions`, {
      as: admin,
      body: { nom: 'Avant la réponse du CoRE' },
    })
    expect(refused.status).toBe(403)
    // Refused as a thread, not for want of the right to write in its space.
    expect(JSON.stringify(refused.body)).toContain('fil d’échanges')
  })

  it('shows inserted and deleted words of the body and a changed field', async () => {
    const documentId = await createAvis('Avis sur le budget')
    const client = await open(documentId)
    client.appendParagraph('Le comité valide la proposition du CLPE.')
    setText(objetOf(client), 'Budget 2026')
    await waitFor(async () => {
      const current = await api.request<VersionDiffView>(
        'GET',
        `/api/documents/${documentId}/versions/actuelle/comparaison/actuelle`,
        { as: lille },
      )
      expect(current.status).toBe(200)
    })
    const before = await waitFor(async () => {
      const named = await nameVersion(documentId, 'Première lecture')
      const view = await api.request<VersionContentView>(
        'GET',
        `/api/documents/${documentId}/versions/${named.id}`,
        { as: lille },
      )
      expect(JSON.stringify(view.body.body)).toContain('valide la proposition')
      return named
    })

    const paragraph = client.body
      .toArray()
      .find(
        (node): node is Y.XmlElement =>
          node instanceof Y.XmlElement && node.toString().includes('valide'),
      )
    const text = paragraph?.get(0)
    if (!(text instanceof Y.XmlText)) throw new Error('the paragraph has no text')
    setText(text, 'Le comité rejette la proposition du CLPE.')
    setText(objetOf(client), 'Budget 2027')

    const diff = await waitFor(async () => {
      const response = await api.request<VersionDiffView>(
        'GET',
        `/api/documents/${documentId}/versions/${before.id}/comparaison/actuelle`,
        { as: lecteur },
      )
      expect(response.status).toBe(200)
      expect(response.body.identical).toBe(false)
      const objet = response.body.fields.find((field) => field.name === 'objet')
      expect(objet?.parts).toContainEqual({ op: 'insert', text: '2027' })
      return response.body
    })
    expect(diff.from.version?.name).toBe('Première lecture')
    expect(diff.to.id).toBe('actuelle')
    const objet = diff.fields.find((field) => field.name === 'objet')
    expect(objet).toMatchObject({ label: 'Objet', status: 'changed' })
    expect(objet?.parts).toContainEqual({ op: 'delete', text: '2026' })
    const changed = diff.body.find((block) => block.status === 'changed')
    expect(changed?.parts).toContainEqual({ op: 'delete', text: 'valide' })
    expect(changed?.parts).toContainEqual({ op: 'insert', text: 'rejette' })
    expect(diff.body.filter((block) => block.status === 'unchanged').length).toBeGreaterThan(0)
  })

  it('restores a version as a new change that reaches every connected client live', async () => {
    const documentId = await createAvis('Avis sur la mobilité')
    const alice = await open(documentId)
    const bob = await open(documentId)
    alice.appendParagraph('Texte retenu par le bureau.')
    await waitFor(() => {
      expect(bob.paragraphs()).toContain('Texte retenu par le bureau.')
    })
    const kept = await nameVersion(documentId, 'Version soumise au bureau')

    bob.appendParagraph('Ajout à écarter.')
    setText(bob.title, 'Titre à écarter')
    await waitFor(() => {
      expect(alice.paragraphs()).toContain('Ajout à écarter.')
    })

    const restored = await api.request<VersionRestoreView>(
      'POST',
      `/api/documents/${documentId}/versions/${kept.id}/restauration`,
      { as: lille },
    )
    expect(restored.status).toBe(201)
    for (const client of [alice, bob]) {
      await waitFor(() => {
        expect(client.paragraphs()).toContain('Texte retenu par le bureau.')
        expect(client.paragraphs()).not.toContain('Ajout à écarter.')
        expect(client.title.toString()).toBe('Avis sur la mobilité')
      })
    }

    expect(restored.body.before).toMatchObject({ kind: 'automatique', name: 'Avant restauration' })
    expect(restored.body.restored.kind).toBe('nommee')
    expect(restored.body.restored.name).toMatch(/^Restauration de la version du /u)
    // Nothing is erased: the state before the restore stays in the history, with what it held.
    const versions = await listVersions(documentId)
    expect(versions.map((version) => version.id)).toEqual([
      restored.body.restored.id,
      restored.body.before.id,
      kept.id,
    ])
    const before = await api.request<VersionContentView>(
      'GET',
      `/api/documents/${documentId}/versions/${restored.body.before.id}`,
      { as: lille },
    )
    expect(JSON.stringify(before.body.body)).toContain('Ajout à écarter.')
    expect(before.body.title).toBe('Titre à écarter')

    const audit = await api.request<{ entries: { action: string; target?: string }[] }>(
      'GET',
      '/api/audit',
      { as: (await api.signIn('admin@demo.maillage.fr')).credential },
    )
    expect(audit.body.entries).toContainEqual(
      expect.objectContaining({ action: 'document.version-restored', target: documentId }),
    )
  })
})
