import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { DocumentView } from '@maillage/protocol'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { LILLE } from '../helpers/authorizationTable.ts'
import { connectEditorClient, type EditorSyncClient } from '../helpers/editorSyncClient.ts'
import { addListItem, listItem, textField } from '../helpers/listItems.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

const PROBLEMATIQUE =
  'Sur le territoire de Lille Métropole, 4 200 jeunes de moins de 26 ans sont inscrits à France ' +
  'Travail fin 2025 (source : France Travail, STMT, décembre 2025), dont 38 % sans qualification. ' +
  'Les employeurs du transport et de la logistique déclarent 620 projets de recrutement difficiles ' +
  'dans l’enquête BMO 2025, alors que l’absence de permis de conduire freine l’accès de ces jeunes ' +
  'aux emplois en horaires décalés des zones d’activité mal desservies par les transports en commun.'

describe('structured documents: template, fields and their index', () => {
  let server: TestServer
  let api: ApiClient
  let lille: Credential
  const clients: EditorSyncClient[] = []

  beforeEach(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    lille = (await api.signIn('lille@demo.maillage.fr')).credential
  })

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await server.close()
  })

  async function createFiche(title: string): Promise<DocumentView> {
    const created = await api.request<{ document: DocumentView }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as: lille, body: { kind: 'fiche-action', title } },
    )
    expect(created.status).toBe(201)
    return created.body.document
  }

  async function readDocument(documentId: string): Promise<DocumentView> {
    const response = await api.request<{ document: DocumentView }>(
      'GET',
      `/api/documents/${documentId}`,
      { as: lille },
    )
    expect(response.status).toBe(200)
    return response.body.document
  }

  async function listFiches(): Promise<DocumentView[]> {
    const response = await api.request<{ documents: DocumentView[] }>(
      'GET',
      `/api/spaces/${LILLE}/documents?kind=fiche-action`,
      { as: lille },
    )
    expect(response.status).toBe(200)
    return response.body.documents
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

  const fieldsOf = (client: EditorSyncClient): Y.Map<unknown> => client.doc.getMap('fields')

  it('creates a fiche action with its template as Tiptap nodes and every field initialised', async () => {
    const created = await createFiche('Permis de conduire pour les jeunes')
    expect(created.status).toBe('en-attente-de-validation')
    const client = await open(created.id)

    const body = client.doc.getXmlFragment('body')
    expect(body.length).toBeGreaterThan(1)
    const first = body.get(0)
    if (!(first instanceof Y.XmlElement)) throw new Error('the body does not start with an element')
    expect(first.nodeName).toBe('heading')
    // y-prosemirror gives ProseMirror the attributes as they are: the level is a number.
    expect(first.getAttribute('level')).toBe(2)
    expect(first.toString()).toMatch(/^<heading level="2">[^<]+<\/heading>$/)
    const nodeNames = body
      .toArray()
      .map((node) => (node instanceof Y.XmlElement ? node.nodeName : ''))
    expect(nodeNames.every((name) => ['heading', 'paragraph', 'bulletList'].includes(name))).toBe(
      true,
    )
    const list = body
      .toArray()
      .find((node) => node instanceof Y.XmlElement && node.nodeName === 'bulletList')
    if (list instanceof Y.XmlElement) {
      expect(list.get(0)).toBeInstanceOf(Y.XmlElement)
      expect((list.get(0) as Y.XmlElement).nodeName).toBe('listItem')
      expect(list.toString()).toMatch(/^<bulletlist><listitem><paragraph>/)
    }

    const fields = fieldsOf(client)
    expect(fields.get('problematique')).toBeInstanceOf(Y.Text)
    expect(fields.get('description')).toBeInstanceOf(Y.Text)
    expect(fields.get('publicsCibles')).toBeInstanceOf(Y.Map)
    expect(fields.get('acteurs')).toBeInstanceOf(Y.Array)
    expect(fields.get('indicateurs')).toBeInstanceOf(Y.Array)
    expect(fields.get('statut')).toBe('en-attente-de-validation')
    expect(fields.get('cadre')).toBe('')
    expect(fields.get('dateDebut')).toBe('')
    expect(fields.has('nombreBeneficiaires')).toBe(false)
  })

  it('converges when two people edit fields, the same prose and the same indicators at once', async () => {
    const created = await createFiche('Forum de l’alternance')
    const alice = await open(created.id)
    const bruno = await open(created.id)
    textField(fieldsOf(alice), 'problematique').insert(0, 'Peu d’entrées en alternance.')
    addListItem(fieldsOf(alice), 'indicateurs', {
      id: 'commun',
      order: 1,
      text: { libelle: 'Contrats signés' },
      values: { niveau: 'resultat' },
    })
    await waitFor(() => {
      expect(fieldsOf(bruno).toJSON()).toEqual(fieldsOf(alice).toJSON())
    })

    // Bruno goes offline; both keep editing, then he comes back.
    bruno.provider.disconnect()
    const a = fieldsOf(alice)
    const b = fieldsOf(bruno)
    a.set('dateDebut', '2026-09-01')
    b.set('dateFin', '2027-06-30')
    textField(a, 'problematique').insert(0, 'Constat : ')
    const brunoProse = textField(b, 'problematique')
    brunoProse.insert(brunoProse.length, ' Source : DARES 2025.')
    addListItem(a, 'indicateurs', { id: 'a1', order: 2, text: { libelle: 'Participants' } })
    addListItem(a, 'indicateurs', { id: 'a2', order: 3, text: { libelle: 'Entreprises' } })
    addListItem(b, 'indicateurs', { id: 'b1', order: 2.5, text: { libelle: 'Offres' } })
    textField(listItem(a, 'indicateurs', 'commun'), 'libelle').insert(0, 'Nombre de ')
    listItem(b, 'indicateurs', 'commun').set('order', 10)
    bruno.provider.connect()

    await waitFor(() => {
      expect(b.toJSON()).toEqual(a.toJSON())
      expect(textField(a, 'problematique').toString()).toBe(
        'Constat : Peu d’entrées en alternance. Source : DARES 2025.',
      )
    })
    const indicators = (
      a.toJSON() as { indicateurs: { id: string; order: number; libelle: string }[] }
    ).indicateurs
    expect(indicators.map((item) => item.id).sort()).toEqual(['a1', 'a2', 'b1', 'commun'])
    const moved = indicators.find((item) => item.id === 'commun')
    expect(moved).toMatchObject({ order: 10, libelle: 'Nombre de Contrats signés' })
    expect(a.get('dateDebut')).toBe('2026-09-01')
    expect(a.get('dateFin')).toBe('2027-06-30')
  })

  it('keeps syncing and indexing when a client writes values of the wrong type', async () => {
    const created = await createFiche('Job dating logistique')
    expect(created.fieldProblems).toBe(0)
    const faulty = await open(created.id)
    const other = await open(created.id)

    const fields = fieldsOf(faulty)
    faulty.doc.transact(() => {
      fields.set('nombreBeneficiaires', 'beaucoup')
      fields.set('publicsCibles', 'jeunes')
      fields.set('statut', 'en-cours')
    })
    textField(fieldsOf(other), 'problematique').insert(0, 'Recrutements difficiles.')

    await waitFor(() => {
      expect(fieldsOf(other).toJSON()).toEqual(fields.toJSON())
      expect(fieldsOf(other).get('nombreBeneficiaires')).toBe('beaucoup')
      expect(textField(fields, 'problematique').toString()).toBe('Recrutements difficiles.')
    })
    const indexed = await waitFor(async () => {
      const document = await readDocument(created.id)
      expect(document.fieldProblems).toBeGreaterThanOrEqual(2)
      return document
    })
    // The other fields are still read: the status written in the same transaction is indexed.
    expect(indexed.status).toBe('en-cours')
    expect(indexed.quality?.score).toEqual(expect.any(Number))
  })

  it('lists the quality score and weakest criteria, which move when the problématique is filled', async () => {
    const created = await createFiche('Mobilité des jeunes')
    const before = (await listFiches()).find((document) => document.id === created.id)
    if (before?.quality === undefined) throw new Error('the list shows no quality for the fiche')
    expect(before.quality.weakest.length).toBeGreaterThan(0)
    expect(before.quality.weakest.length).toBeLessThanOrEqual(3)
    expect(before.stale).toBe(false)

    const client = await open(created.id)
    textField(fieldsOf(client), 'problematique').insert(0, PROBLEMATIQUE)
    const filled = await waitFor(async () => {
      const listed = (await listFiches()).find((document) => document.id === created.id)
      expect(listed?.quality?.score).toBeGreaterThan(before.quality?.score ?? 100)
      return listed
    })

    // The impact typology is the weakest criterion of an empty fiche; choosing one lets another in.
    const weakestIds = (view: DocumentView | undefined): string[] =>
      (view?.quality?.weakest ?? []).map((criterion) => criterion.id)
    expect(weakestIds(filled)).toContain('typologie-impact')
    fieldsOf(client).set('typologieImpact', 'acces-emploi')
    const chosen = await waitFor(async () => {
      const listed = (await listFiches()).find((document) => document.id === created.id)
      expect(weakestIds(listed)).not.toContain('typologie-impact')
      return listed
    })
    expect(chosen?.quality?.score).toBeGreaterThan(filled?.quality?.score ?? 100)
    expect(chosen?.quality?.weakest).toHaveLength(3)
  })
})
