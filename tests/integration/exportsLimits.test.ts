import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView } from '@maillage/protocol'
import { createApiClient, type ApiClient, type Credential } from '../helpers/apiClient.ts'
import { LILLE } from '../helpers/authorizationTable.ts'
import { downloadFile } from '../helpers/downloadFile.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string }
}

describe('exports on a server without LibreOffice, their rate and their audit', () => {
  let server: TestServer
  let api: ApiClient
  let lille: Credential
  let lille2: Credential
  let admin: Credential
  let fiche: DocumentView

  beforeAll(async () => {
    // What `npm start` does on a machine where LibreOffice is not installed.
    server = await startServer({
      auth: 'session',
      demoData: true,
      officeCommand: '/nonexistent/libreoffice/soffice',
    })
    api = createApiClient(server.httpUrl)
    lille = (await api.signIn('lille@demo.maillage.fr')).credential
    lille2 = (await api.signIn('lille2@demo.maillage.fr')).credential
    admin = (await api.signIn('admin@demo.maillage.fr')).credential
    const created = await api.request<{ document: DocumentView }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as: lille, body: { kind: 'fiche-action', title: 'Fiche sans LibreOffice' } },
    )
    fiche = created.body.document
  })

  afterAll(async () => {
    await server.close()
  })

  it('answers 503 with a French message for ODT and PDF, and still makes DOCX and Markdown', async () => {
    for (const format of ['odt', 'pdf']) {
      const refused = await api.request<ErrorBody>(
        'GET',
        `/api/documents/${fiche.id}/export.${format}`,
        { as: lille },
      )
      expect(refused.status).toBe(503)
      expect(refused.body.error.code).toBe('EXPORT_CONVERTER_MISSING')
      expect(refused.body.error.message).toContain('LibreOffice n’y est pas installé')
    }
    for (const format of ['docx', 'md']) {
      const file = await downloadFile(
        server.httpUrl,
        `/api/documents/${fiche.id}/export.${format}`,
        lille,
      )
      expect(file.status).toBe(200)
      expect(file.bytes.length).toBeGreaterThan(100)
    }
  })

  it('allows 20 exports a minute per account, then answers 429 with the time to wait', async () => {
    const statuses: number[] = []
    for (let index = 0; index < 21; index += 1) {
      const file = await downloadFile(
        server.httpUrl,
        `/api/documents/${fiche.id}/export.md`,
        lille2,
      )
      statuses.push(file.status)
    }
    expect(statuses.slice(0, 20)).toEqual(Array.from({ length: 20 }, () => 200))
    const refused = await api.request<ErrorBody>('GET', `/api/documents/${fiche.id}/export.md`, {
      as: lille2,
    })
    expect(refused.status).toBe(429)
    expect(refused.body.error.code).toBe('RATE_LIMITED')
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another account is not slowed down by it.
    const other = await downloadFile(server.httpUrl, `/api/documents/${fiche.id}/export.md`, admin)
    expect(other.status).toBe(200)
  })

  it('audits each export with its format', async () => {
    const before = await exportedEntries()
    const file = await downloadFile(server.httpUrl, `/api/documents/${fiche.id}/export.docx`, admin)
    expect(file.status).toBe(200)
    const after = await exportedEntries()
    expect(after.length).toBe(before.length + 1)
    expect(after.some((entry) => entry.details?.format === 'docx')).toBe(true)
  })

  async function exportedEntries(): Promise<{ details?: Record<string, string> }[]> {
    const audit = await api.request<{
      entries: { action: string; target?: string; details?: Record<string, string> }[]
    }>('GET', '/api/audit', { as: admin })
    return audit.body.entries.filter(
      (entry) => entry.action === 'document.exported' && entry.target === fiche.id,
    )
  }
})
