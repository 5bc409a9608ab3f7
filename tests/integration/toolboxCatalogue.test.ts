import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiErrorBody, ToolUsageListView, ToolView } from '@maillage/protocol'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { LILLE } from '../helpers/authorizationTable.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

const LENS = 'clpe-62005'

describe('the catalogue of the boîte à outils', () => {
  let server: TestServer
  let api: ApiClient
  let as: Record<'lille' | 'lens' | 'lecteur' | 'admin', Credential>

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    const [lille, lens, lecteur, admin] = await Promise.all(
      ['lille', 'lens', 'lecteur', 'admin'].map((name) => api.signIn(`${name}@demo.maillage.fr`)),
    )
    if (!lille || !lens || !lecteur || !admin) throw new Error('sign-in failed')
    as = {
      lille: lille.credential,
      lens: lens.credential,
      lecteur: lecteur.credential,
      admin: admin.credential,
    }
  })
  afterAll(async () => {
    await server.close()
  })

  async function tools(query = '', credential: Credential = as.lille): Promise<ToolView[]> {
    const response = await api.request<{ tools: ToolView[] }>('GET', `/api/toolbox/tools${query}`, {
      as: credential,
    })
    expect(response.status).toBe(200)
    return response.body.tools
  }
  const titles = (list: readonly ToolView[]): string[] => list.map((tool) => tool.title)
  const find = (list: readonly ToolView[], title: string): ToolView => {
    const tool = list.find((candidate) => candidate.title === title)
    if (tool === undefined) throw new Error(`no tool ${title}`)
    return tool
  }

  it('is seeded with the real tools, their fields filled and statut « existant »', async () => {
    const all = await tools()
    expect(all).toHaveLength(10)
    expect(titles(all)).toEqual(expect.arrayContaining(['DORA', 'data·inclusion', 'Tchap']))
    const dora = find(all, 'DORA')
    expect(dora).toMatchObject({
      porteur: 'GIP Plateforme de l’inclusion',
      type: 'dispositif',
      echelle: 'national',
      statut: 'existant',
      lien: 'https://dora.inclusion.beta.gouv.fr',
      usedBy: [],
      ratings: { count: 0, usefulness: null, ease: null },
      myUsage: null,
    })
    expect(dora.thematiques).toContain('insertion')
    expect(dora.publics).toContain('missions-locales')
    expect(dora.description).not.toBe('')
    for (const tool of all) expect(tool.statut).toBe('existant')
  })

  it('writes the seeded fields into the document itself, not only the index', async () => {
    const dora = find(await tools(), 'DORA')
    const response = await api.request<{ document: { keyFields: Record<string, string> } }>(
      'GET',
      `/api/documents/${dora.documentId}`,
      { as: as.admin },
    )
    expect(response.status).toBe(200)
    expect(response.body.document.keyFields['porteur']).toBe('GIP Plateforme de l’inclusion')
  })

  it('is read by every signed-in member, and by nobody signed out', async () => {
    expect(await tools('', as.lecteur)).toHaveLength(10)
    expect((await api.request('GET', '/api/toolbox/tools')).status).toBe(401)
  })

  it('filters by type, theme, porteur, échelle and statut', async () => {
    expect(titles(await tools('?type=dispositif'))).toEqual(['DORA'])
    expect(titles(await tools('?echelle=regional'))).toEqual(['C2RP — études et glossaire'])
    expect(titles(await tools('?theme=collaboration')).sort()).toEqual(
      ['La Suite numérique (Docs, Grist)', 'Tchap'].sort(),
    )
    expect(await tools('?porteur=dinum')).toHaveLength(2)
    expect(await tools('?statut=nouveau')).toEqual([])
    expect(titles(await tools('?type=diagnostic&echelle=regional'))).toEqual([
      'C2RP — études et glossaire',
    ])
  })

  it('searches title, porteur and description without case or accents', async () => {
    expect(titles(await tools('?q=TCHAP'))).toEqual(['Tchap'])
    expect(titles(await tools(`?q=${encodeURIComponent('chomage localises')}`))).toEqual([
      'INSEE — taux de chômage localisés et zonages',
    ])
    expect(titles(await tools('?q=messagerie'))).toEqual(['Tchap'])
    expect(await tools('?q=introuvable')).toEqual([])
  })

  it('refuses an unknown sort', async () => {
    const response = await api.request('GET', '/api/toolbox/tools?sort=date', { as: as.lille })
    expect(response.status).toBe(400)
  })

  it('marks usage per CLPE, last writer wins, and aggregates it per tool', async () => {
    const all = await tools()
    const tchap = find(all, 'Tchap')
    const dora = find(all, 'DORA')
    const mark = (credential: Credential, documentId: string, body: object) =>
      api.request('PUT', `/api/toolbox/tools/${documentId}/usage`, { as: credential, body })

    expect(
      (
        await mark(as.lille, tchap.documentId, {
          spaceId: LILLE,
          used: true,
          usefulness: 2,
          ease: 2,
        })
      ).status,
    ).toBe(200)
    // A second mark of the same CLPE replaces the first.
    const again = await mark(as.lille, tchap.documentId, {
      spaceId: LILLE,
      used: true,
      usefulness: 5,
      ease: 4,
      comment: 'Nos réunions se préparent sur Tchap.',
    })
    expect(again.status).toBe(200)
    expect(
      (await mark(as.lens, tchap.documentId, { spaceId: LENS, used: true, usefulness: 4, ease: 3 }))
        .status,
    ).toBe(200)
    expect(
      (await mark(as.lens, dora.documentId, { spaceId: LENS, used: true, usefulness: 3, ease: 3 }))
        .status,
    ).toBe(200)

    const after = await tools('?sort=usage')
    expect(after[0]?.title).toBe('Tchap')
    expect(after[1]?.title).toBe('DORA')
    const seen = find(after, 'Tchap')
    expect(seen.ratings).toEqual({ count: 2, usefulness: 4.5, ease: 3.5 })
    expect(seen.usedBy.map((entry) => entry.spaceId).sort()).toEqual([LILLE, LENS].sort())
    expect(seen.myUsage).toMatchObject({ spaceId: LILLE, usefulness: 5, ease: 4 })

    const lille = await api.request<ToolUsageListView>(
      'GET',
      `/api/toolbox/usage?spaceId=${LILLE}`,
      { as: as.lille },
    )
    expect(lille.status).toBe(200)
    expect(lille.body.usages).toHaveLength(1)
    expect(lille.body.usages[0]).toMatchObject({
      toolTitle: 'Tchap',
      comment: 'Nos réunions se préparent sur Tchap.',
    })
    expect(lille.body.usages[0]?.by.name).toBe('Nadia Benali')

    const regional = await api.request<ToolUsageListView>('GET', '/api/toolbox/usage', {
      as: as.admin,
    })
    expect(regional.body.usages).toHaveLength(3)
    expect((await api.request('GET', '/api/toolbox/usage', { as: as.lille })).status).toBe(403)
    expect(
      (await api.request('GET', `/api/toolbox/usage?spaceId=${LENS}`, { as: as.lille })).status,
    ).toBe(403)

    const unmarked = await api.request(
      'DELETE',
      `/api/toolbox/tools/${dora.documentId}/usage?spaceId=${LENS}`,
      { as: as.lens },
    )
    expect(unmarked.status).toBe(204)
    expect(find(await tools(), 'DORA').ratings.count).toBe(0)
  })

  it('lets no lecteur, stranger or non-member admin mark usage for a CLPE', async () => {
    const { documentId } = find(await tools(), 'DORA')
    const body = { spaceId: LILLE, used: true, usefulness: 3, ease: 3 }
    const path = `/api/toolbox/tools/${documentId}/usage`
    for (const credential of [as.lecteur, as.lens, as.admin]) {
      const response = await api.request<ApiErrorBody>('PUT', path, { as: credential, body })
      expect(response.status).toBe(403)
      expect(response.body.error.code).toBe('AUTH_FORBIDDEN')
    }
  })

  it('validates a usage mark field by field', async () => {
    const { documentId } = find(await tools(), 'DORA')
    const response = await api.request<ApiErrorBody>(
      'PUT',
      `/api/toolbox/tools/${documentId}/usage`,
      {
        as: as.lille,
        body: { spaceId: LILLE, used: true, usefulness: 6, ease: 0, comment: 'x'.repeat(1001) },
      },
    )
    expect(response.status).toBe(400)
    expect(response.body.error.code).toBe('VALIDATION_FAILED')
    expect(Object.keys(response.body.error.details ?? {}).sort()).toEqual([
      'comment',
      'ease',
      'usefulness',
    ])
  })

  it('answers 404 for usage of a document that is not in the catalogue', async () => {
    const response = await api.request('PUT', '/api/toolbox/tools/pas-un-outil/usage', {
      as: as.lille,
      body: { spaceId: LILLE, used: true, usefulness: 3, ease: 3 },
    })
    expect(response.status).toBe(404)
  })
})
