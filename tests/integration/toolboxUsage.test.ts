import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ToolCatalogueView, ToolUsageView } from '@maillage/protocol'
import { createApiClient, type ApiClient } from '../helpers/apiClient.ts'
import { signInDemoAccounts, type DemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

const LILLE = 'clpe-59004'
const LENS = 'clpe-62005'
const COMMENT = 'Indispensable pour orienter vers les structures d’insertion du bassin.'

describe('what a CLPE says of a tool it uses', () => {
  let server: TestServer
  let api: ApiClient
  let demo: DemoAccounts<'lille' | 'lens'>
  let toolId: string

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    demo = await signInDemoAccounts(api, ['lille', 'lens'])
    const catalogue = await api.request<ToolCatalogueView>('GET', '/api/toolbox/tools', {
      as: demo.as.lille,
    })
    const dora = catalogue.body.tools.find((tool) => tool.title === 'DORA')
    if (dora === undefined) throw new Error('DORA is not in the catalogue')
    toolId = dora.documentId
  })
  afterAll(async () => {
    await server.close()
  })

  async function dora(as: DemoAccounts<'lille' | 'lens'>['as']['lille']) {
    const catalogue = await api.request<ToolCatalogueView>('GET', '/api/toolbox/tools', { as })
    const tool = catalogue.body.tools.find((candidate) => candidate.documentId === toolId)
    if (tool === undefined) throw new Error('DORA left the catalogue')
    return tool
  }

  it('records « utilisé par notre CLPE » without a rating nobody chose', async () => {
    const marked = await api.request<{ usage: ToolUsageView }>(
      'PUT',
      `/api/toolbox/tools/${toolId}/usage`,
      { as: demo.as.lille, body: { spaceId: LILLE, used: true } },
    )
    expect(marked.status).toBe(200)
    expect(marked.body.usage.usefulness).toBeNull()
    expect(marked.body.usage.ease).toBeNull()
    const tool = await dora(demo.as.lille)
    expect(tool.ratings).toEqual({ count: 1, usefulness: null, ease: null })
    expect(tool.myUsage).toMatchObject({ used: true, usefulness: null, ease: null })
  })

  it('averages only the ratings given, and shows every CLPE’s comment in the catalogue', async () => {
    const rated = await api.request('PUT', `/api/toolbox/tools/${toolId}/usage`, {
      as: demo.as.lens,
      body: { spaceId: LENS, used: true, usefulness: 4, ease: 2, comment: COMMENT },
    })
    expect(rated.status).toBe(200)
    // Lille's usage, without a rating, does not pull the averages down.
    const tool = await dora(demo.as.lille)
    expect(tool.ratings).toEqual({ count: 2, usefulness: 4, ease: 2 })
    expect(tool.comments).toEqual([
      expect.objectContaining({ spaceId: LENS, spaceName: 'CLPE Lens', comment: COMMENT }),
    ])
  })

  it('still refuses a rating out of 1 to 5', async () => {
    const refused = await api.request('PUT', `/api/toolbox/tools/${toolId}/usage`, {
      as: demo.as.lille,
      body: { spaceId: LILLE, used: true, usefulness: 0 },
    })
    expect(refused.status).toBe(400)
  })
})
