import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentView, ExchangeView, SearchView } from '@maillage/protocol'
import type { SessionCredential } from '../helpers/apiClient.ts'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { messageContent } from '../helpers/exchangeAuthorizationRows.ts'
import { searchPath } from '../helpers/searchClient.ts'
import { waitFor } from '../helpers/waitFor.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

// The search box of the header, as people use it: typed at full speed, Enter, results with their
// matched words marked, a filter kept in the address, a result opened.

const DOCUMENT_TITLE = 'Diagnostic des emplois saisonniers'
const THREAD_TITLE = 'Qui recrute des saisonniers pour l’emploi d’été ?'

describe('the search box of the header', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let julien: BrowserUser
  let documentId: string
  let threadId: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    const lille = await fixture.api.signIn(DemoAccount.lille.email)
    documentId = await createDocument(lille.credential)
    threadId = await openThread(lille.credential)
    // Both are indexed before the browsers search.
    await waitFor(async () => {
      const found = await fixture.api.request<SearchView>('GET', searchPath('saisonnier'), {
        as: lille.credential,
      })
      expect(found.body.total).toBe(2)
    })
    nadia = await fixture.signIn(DemoAccount.lille.email)
    julien = await fixture.signIn(DemoAccount.lens.email)
  })
  afterAll(async () => {
    await fixture.close()
  })

  async function createDocument(as: SessionCredential): Promise<string> {
    const created = await fixture.api.request<{ document: DocumentView }>(
      'POST',
      `/api/spaces/${LILLE_SPACE_ID}/documents`,
      { as, body: { kind: 'diagnostic', title: DOCUMENT_TITLE } },
    )
    expect(created.status, created.text).toBe(201)
    return created.body.document.id
  }
  async function openThread(as: SessionCredential): Promise<string> {
    const opened = await fixture.api.request<ExchangeView>('POST', '/api/echanges', {
      as,
      body: {
        type: 'question',
        title: THREAD_TITLE,
        themes: ['emploi'],
        territorySpaceIds: [LILLE_SPACE_ID],
        originSpaceId: LILLE_SPACE_ID,
        content: messageContent('Les exploitations agricoles cherchent des bras.'),
      },
    })
    expect(opened.status, opened.text).toBe(201)
    return opened.body.id
  }

  async function searchFromHeader(user: BrowserUser, query: string): Promise<void> {
    const box = user.page.getByRole('search', { name: 'Recherche dans Maillage' })
    await box.getByRole('searchbox', { name: 'Rechercher' }).fill(query)
    await box.getByRole('searchbox', { name: 'Rechercher' }).press('Enter')
  }

  it('shows the results with their matched words marked, and their number', async () => {
    const { page } = nadia
    await searchFromHeader(nadia, 'Emploi saisonnier')
    await page.waitForURL(/\/recherche\?q=Emploi\+saisonnier$/)
    await page
      .getByRole('status')
      .filter({ hasText: '2 résultats pour «\u00a0Emploi saisonnier\u00a0».' })
      .waitFor()
    const results = page.getByRole('list', { name: 'Résultats de la recherche' })
    await expect(results.getByRole('listitem').count()).resolves.toBe(2)
    await expect(results.getByRole('link', { name: DOCUMENT_TITLE }).count()).resolves.toBe(1)
    const marked = await results.locator('mark').allTextContents()
    expect(marked.map((word) => word.toLowerCase())).toEqual(
      expect.arrayContaining(['emploi', 'saisonniers']),
    )
    const blocking = blockingViolations(await auditAccessibility(page))
    expect(blocking, `axe-core violations:\n${describeViolations(blocking)}`).toEqual([])
  })

  it('filters by type, keeps the filter in the address, and opens a result', async () => {
    const { page } = nadia
    await page.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Échanges (1)' })
    await page.waitForURL(/type=echange/)
    // The previous results stay on screen, marked busy, until the filter's have arrived; the
    // navigation renders in a transition, so the URL may change while the previous list still
    // shows unmarked: the filtered list is the one without the document.
    const results = page.locator('ol[aria-busy="false"]', {
      has: page.getByRole('link', { name: THREAD_TITLE }),
      hasNot: page.getByRole('link', { name: DOCUMENT_TITLE }),
    })
    await results.waitFor()
    await expect(results.getByRole('listitem').count()).resolves.toBe(1)
    await page.reload()
    await results.getByRole('link', { name: THREAD_TITLE }).click()
    await page.waitForURL(new RegExp(`/echanges/${threadId}$`))
    await page.getByRole('heading', { level: 1, name: THREAD_TITLE }).waitFor()
  })

  it('never shows another CLPE’s document, and says when nothing is found', async () => {
    const { page } = julien
    await searchFromHeader(julien, 'saisonniers')
    const results = page.getByRole('list', { name: 'Résultats de la recherche' })
    await results.getByRole('link', { name: THREAD_TITLE }).waitFor()
    await expect(results.getByRole('link', { name: DOCUMENT_TITLE }).count()).resolves.toBe(0)
    await expect(results.locator(`a[href="/documents/${documentId}"]`).count()).resolves.toBe(0)
    await searchFromHeader(julien, 'introuvablissime')
    await page
      .getByRole('status')
      .filter({ hasText: 'Aucun résultat pour «\u00a0introuvablissime\u00a0».' })
      .waitFor()
  })
})
