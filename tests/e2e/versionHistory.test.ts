import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import {
  blockingViolations,
  auditAccessibility,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { createPage } from '../helpers/createDocument.ts'
import {
  documentScreen,
  openDocument,
  typeAtEnd,
  type DocumentScreen,
} from '../helpers/documentScreen.ts'
import { READ_ONLY_SYNCED, statusSaying } from '../helpers/readOnlyScreen.ts'
import { saveScreenshot } from '../helpers/saveScreenshot.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

const KEPT = 'Le diagnostic retient trois priorités.'
const LATER = 'Ajout écrit après le bureau.'
const VERSION_NAME = 'Version soumise au bureau'

describe('the version history of a document', () => {
  let fixture: WebFixture
  let documentId: string
  let nadia: BrowserUser
  let thomas: BrowserUser
  let thomasScreen: DocumentScreen

  beforeAll(async () => {
    fixture = await startWebFixture()
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    documentId = (
      await createPage(fixture.api, credential, {
        spaceId: LILLE_SPACE_ID,
        title: 'Diagnostic de Lille',
      })
    ).id
    nadia = await fixture.signIn(DemoAccount.lille.email)
    thomas = await fixture.signIn(DemoAccount.lecteur.email)
    // A lecteur keeps the document open all along: the restore must reach him live.
    await thomas.page.goto(`/documents/${documentId}`)
    thomasScreen = documentScreen(thomas.page)
    await statusSaying(thomas.page, READ_ONLY_SYNCED).waitFor()
    await thomasScreen.editor.waitFor()
  })
  afterAll(async () => {
    await fixture.close()
  })

  async function openHistoryFromDocument(page: Page): Promise<void> {
    await page.getByRole('link', { name: 'Historique des versions' }).click()
    await page.getByRole('heading', { level: 1, name: 'Historique des versions' }).waitFor()
  }

  it('names the current version from the history page the document links to', async () => {
    const screen = await openDocument(nadia.page, documentId)
    await typeAtEnd(screen, KEPT)
    await thomasScreen.editor.filter({ hasText: KEPT }).waitFor()
    await openHistoryFromDocument(nadia.page)

    await nadia.page.getByLabel('Nom de la version').fill(VERSION_NAME)
    await nadia.page.getByRole('button', { name: 'Nommer la version actuelle' }).click()
    await nadia.page
      .getByRole('status')
      .filter({ hasText: `Version «\u00a0${VERSION_NAME}\u00a0» enregistrée.` })
      .waitFor()
    const item = nadia.page.getByRole('listitem').filter({ hasText: VERSION_NAME })
    await item.waitFor()
    expect(await item.textContent()).toContain('Version nommée')
    expect(await item.textContent()).toContain('Par Nadia')

    await item.getByRole('button', { name: /^Voir la version du/u }).click()
    const shown = nadia.page.getByRole('region', { name: /^Version du/u })
    await shown.getByText(KEPT).waitFor()
    expect(await shown.textContent()).toContain('Lecture seule')
  })

  it('compares the named version with the current state, words added announced', async () => {
    const screen = await openDocument(nadia.page, documentId)
    await typeAtEnd(screen, ` ${LATER}`)
    await thomasScreen.editor.filter({ hasText: LATER }).waitFor()
    await openHistoryFromDocument(nadia.page)

    // By default: the newest version against the current state.
    await nadia.page.getByRole('button', { name: 'Comparer', exact: true }).click()
    const comparison = nadia.page.getByRole('region', { name: 'Comparaison' })
    const added = comparison.locator('ins').filter({ hasText: 'Ajout' })
    await added.first().waitFor()
    expect(await added.first().textContent()).toMatch(/^ajouté\u00a0: /u)
    expect(await comparison.getByRole('status').textContent()).toMatch(/passage/u)

    await saveScreenshot(nadia.page, 'historique-comparaison')
    const violations = blockingViolations(await auditAccessibility(nadia.page))
    expect(violations, describeViolations(violations)).toEqual([])
  })

  it('restores the named version after a confirmation, and the reader sees it live', async () => {
    const item = nadia.page.getByRole('listitem').filter({ hasText: VERSION_NAME })
    await item.getByRole('button', { name: /^Restaurer la version du/u }).click()
    const confirm = nadia.page.getByRole('button', { name: 'Restaurer cette version' })
    await confirm.click()
    await nadia.page.getByRole('status').filter({ hasText: 'est restaurée' }).waitFor()

    // The lecteur never reloaded: the restore reached his open copy.
    await thomasScreen.editor.filter({ hasNotText: LATER }).filter({ hasText: KEPT }).waitFor()
    // Nothing is erased: the state before the restore is listed, as is the restore itself.
    await nadia.page.getByText('«\u00a0Avant restauration\u00a0»').waitFor()
    await nadia.page.getByText(/«\u00a0Restauration de la version du /u).waitFor()

    // A lecteur sees the history but neither names nor restores.
    await openHistoryFromDocument(thomas.page)
    await thomas.page.getByRole('listitem').filter({ hasText: VERSION_NAME }).waitFor()
    expect(await thomas.page.getByLabel('Nom de la version').count()).toBe(0)
    expect(
      await thomas.page.getByRole('button', { name: /^Restaurer la version du/u }).count(),
    ).toBe(0)
  })
})
