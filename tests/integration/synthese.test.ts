import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiClient, type ApiClient } from '../helpers/apiClient.ts'
import { signInDemoAccounts, type DemoAccounts } from '../helpers/signInDemoAccounts.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

// The demo synthèse de rapports cites two documents of the demo: its sources list them, its text
// links each, and the server's Markdown export carries those links like any other.

interface ListedDocument {
  readonly id: string
  readonly kind: string
  readonly title: string
}

describe('the synthèse de rapports', () => {
  let server: TestServer
  let api: ApiClient
  let demo: DemoAccounts<'admin' | 'lens'>
  let synthese: ListedDocument
  let cited: ListedDocument[]

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    demo = await signInDemoAccounts(api, ['admin', 'lens'])
    const regional = await api.request<{ documents: ListedDocument[] }>(
      'GET',
      '/api/spaces/espace-regional/documents',
      { as: demo.as.admin },
    )
    const found = regional.body.documents.find((document) => document.kind === 'synthese')
    if (found === undefined) throw new Error('no synthèse in the demo')
    synthese = found
    const shared = await api.request<{ documents: ListedDocument[] }>(
      'GET',
      '/api/documents/shared',
      { as: demo.as.lens },
    )
    cited = shared.body.documents.filter((document) => document.kind === 'fiche-action')
  })
  afterAll(async () => {
    await server.close()
  })

  it('is a kind of its own, « Synthèse de rapports »', async () => {
    const view = await api.request<{ document: { kind: string } }>(
      'GET',
      `/api/documents/${synthese.id}`,
      { as: demo.as.admin },
    )
    expect(view.status, view.text).toBe(200)
    expect(view.body.document.kind).toBe('synthese')
  })

  it('cites its sources with links that reach them, in its export as in the app', async () => {
    const exported = await api.request<string>('GET', `/api/documents/${synthese.id}/export.md`, {
      as: demo.as.admin,
    })
    expect(exported.status, exported.text).toBe(200)
    const markdown = exported.text
    expect(cited.length).toBeGreaterThanOrEqual(2)
    const links = [
      ...markdown.matchAll(/\]\(<?(?:https?:\/\/[^/)]+)?\/documents\/([^)>\s]+)>?\)/gu),
    ].map((match) => match[1])
    for (const document of cited.slice(0, 2)) {
      // Listed among the sources (a field) and linked from the text.
      expect(markdown, document.title).toContain(document.title)
      expect(links, document.title).toContain(document.id)
    }
    // A reader elsewhere follows a citation: the cited fiche is shared with every member.
    const [first] = cited
    const opened = await api.request('GET', `/api/documents/${first?.id ?? ''}`, {
      as: demo.as.lens,
    })
    expect(opened.status).toBe(200)
  })
})
