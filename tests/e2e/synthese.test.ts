import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { openDocument, typeAtEnd } from '../helpers/documentScreen.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { DemoAccount, startWebFixture, type WebFixture } from '../helpers/webFixture.ts'

interface ListedDocument {
  readonly id: string
  readonly kind: string
  readonly title: string
}

describe('citing a source in a synthèse de rapports', () => {
  let fixture: WebFixture
  let camille: BrowserUser
  let synthese: ListedDocument
  let sources: ListedDocument[]

  beforeAll(async () => {
    fixture = await startWebFixture()
    const { credential } = await fixture.api.signIn(DemoAccount.admin.email)
    const regional = await fixture.api.request<{ documents: ListedDocument[] }>(
      'GET',
      '/api/spaces/espace-regional/documents',
      { as: credential },
    )
    const found = regional.body.documents.find((document) => document.kind === 'synthese')
    if (found === undefined) throw new Error('no synthèse in the demo')
    synthese = found
    const shared = await fixture.api.request<{ documents: ListedDocument[] }>(
      'GET',
      '/api/documents/shared',
      { as: credential },
    )
    sources = shared.body.documents.filter((document) => document.kind === 'fiche-action')
    camille = await fixture.signIn(DemoAccount.admin.email)
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('inserts a link to the chosen source, listed with the others under the text', async () => {
    const [, second] = sources
    if (second === undefined) throw new Error('the demo synthèse has two sources')
    const screen = await openDocument(camille.page, synthese.id)
    const { page } = screen
    const listed = page.getByRole('region', { name: 'Sources citées' })
    await listed.getByRole('link', { name: second.title }).waitFor()
    expect(await listed.getByRole('listitem').count()).toBe(2)

    await typeAtEnd(screen, ' Voir aussi')
    await screen.toolbar.getByRole('button', { name: 'Citer une source' }).click()
    await page.getByLabel('Source à citer').selectOption({ label: second.title })
    await page.getByRole('button', { name: 'Insérer la citation' }).click()
    const citations = screen.editor.getByRole('link', { name: second.title })
    await waitFor(async () => {
      // The demo's text cites it once already; the new citation follows « Voir aussi ».
      expect(await citations.count()).toBe(2)
      expect(await screen.contentText()).toContain(`Voir aussi ${second.title}`)
    })
    await expect(citations.last().getAttribute('href')).resolves.toBe(`/documents/${second.id}`)
    const blocking = blockingViolations(await auditAccessibility(page))
    expect(blocking, describeViolations(blocking)).toEqual([])

    // A source listed under the text opens the cited document in the app.
    await listed.getByRole('link', { name: second.title }).click()
    await page.waitForURL(`**/documents/${second.id}`)
  })
})
