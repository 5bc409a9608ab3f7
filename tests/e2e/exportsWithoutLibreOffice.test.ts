import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { openDocument } from '../helpers/documentScreen.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

describe('the « Exporter » menu on a server without LibreOffice', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let roadmapId: string

  beforeAll(async () => {
    fixture = await startWebFixture({ officeCommand: '/nonexistent/libreoffice/soffice' })
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    const created = await fixture.api.request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${LILLE_SPACE_ID}/documents`,
      { as: credential, body: { kind: 'feuille-de-route', title: 'Feuille de route 2027' } },
    )
    roadmapId = created.body.document.id
    nadia = await fixture.signIn(DemoAccount.lille.email)
  })

  afterAll(async () => {
    await fixture.close()
  })

  it('shows the server’s French message for a PDF, then downloads the dossier in Markdown', async () => {
    const screen = await openDocument(nadia.page, roadmapId)
    await screen.page.getByRole('button', { name: 'Exporter', exact: true }).click()
    await screen.page
      .getByRole('list', { name: 'Ce document' })
      .getByRole('button', { name: 'PDF' })
      .click()
    const alert = screen.page.getByRole('alert').filter({ hasText: 'LibreOffice' })
    await alert.waitFor()
    expect(await alert.textContent()).toContain(
      'Les exports ODT et PDF ne sont pas disponibles sur ce serveur',
    )

    const dossier = screen.page.getByRole('list', {
      name: 'Dossier complet (la feuille de route et ses fiches action)',
    })
    const [download] = await Promise.all([
      screen.page.waitForEvent('download'),
      dossier.getByRole('button', { name: 'Dossier complet en Markdown' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('Dossier — Feuille de route 2027.md')
    // The error of the previous attempt is gone once a download succeeds.
    await alert.waitFor({ state: 'detached' })
  })
})
