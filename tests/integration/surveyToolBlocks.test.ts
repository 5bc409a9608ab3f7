import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiErrorBody, ToolCatalogueView } from '@maillage/protocol'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

interface SurveyBody {
  survey: { id: string; questions: { toolDocumentId?: string; toolTitle?: string }[] }
}

describe('the tools a survey asks about, picked by its author', () => {
  let server: TestServer
  let api: ApiClient
  let admin: Credential
  let tools: ToolCatalogueView['tools']

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    admin = (await api.signIn('admin@demo.maillage.fr')).credential
    tools = (await api.request<ToolCatalogueView>('GET', '/api/toolbox/tools', { as: admin })).body
      .tools
  })
  afterAll(async () => {
    await server.close()
  })

  const idOf = (title: string): string => {
    const tool = tools.find((candidate) => candidate.title === title)
    if (tool === undefined) throw new Error(`${title} is not in the catalogue`)
    return tool.documentId
  }
  const askedAbout = (body: SurveyBody): string[] => [
    ...new Set(body.survey.questions.flatMap((question) => question.toolTitle ?? [])),
  ]

  it('adds a block for each tool picked, and for no other', async () => {
    const created = await api.request<SurveyBody>('POST', '/api/surveys', {
      as: admin,
      body: { title: 'Deux outils', toolDocumentIds: [idOf('Tchap'), idOf('DORA')] },
    })
    expect(created.status).toBe(201)
    expect(askedAbout(created.body)).toEqual(['DORA', 'Tchap'])
    expect(created.body.survey.questions).toHaveLength(10)
  })

  it('adds none when the author picks none, and every tool with addToolBlocks', async () => {
    const none = await api.request<SurveyBody>('POST', '/api/surveys', {
      as: admin,
      body: { title: 'Aucun outil', toolDocumentIds: [] },
    })
    expect(askedAbout(none.body)).toEqual([])
    const all = await api.request<SurveyBody>('POST', '/api/surveys', {
      as: admin,
      body: { title: 'Tous les outils', addToolBlocks: true },
    })
    expect(askedAbout(all.body)).toHaveLength(tools.length)
  })

  it('refuses a tool that is not in the catalogue, naming the field', async () => {
    const refused = await api.request<ApiErrorBody>('POST', '/api/surveys', {
      as: admin,
      body: { title: 'Outil inconnu', toolDocumentIds: ['00000000-0000-4000-8000-000000000000'] },
    })
    expect(refused.status).toBe(400)
    expect(refused.body.error.code).toBe('VALIDATION_FAILED')
    expect(refused.body.error.details).toHaveProperty('toolDocumentIds')
  })
})
