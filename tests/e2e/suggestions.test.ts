import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { createPage } from '../helpers/createDocument.ts'
import { SyncStatus, documentScreen, openDocument, typeAtEnd } from '../helpers/documentScreen.ts'
import { statusSaying } from '../helpers/readOnlyScreen.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'
import { waitFor } from '../helpers/waitFor.ts'

const SENTENCE = 'Le plan local pour l’emploi des jeunes.'

/** The « Suggestions » panel of the document page. */
function panelOf(page: Page): Locator {
  return page.getByRole('region', { name: 'Suggestions' })
}

/** The suggestions of `author` in the panel. */
function groupOf(page: Page, author: string): Locator {
  return panelOf(page).getByRole('region', { name: new RegExp(`^${author}`) })
}

/** Where the first « word » of the editor's text is drawn, in page coordinates. */
async function wordCentre(page: Page, word: string): Promise<{ x: number; y: number }> {
  const script = `(() => {
    const walker = document.createTreeWalker(document.querySelector('.ProseMirror'), NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const at = node.textContent.indexOf(${JSON.stringify(word)})
      if (at === -1) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + ${word.length})
      const box = range.getBoundingClientRect()
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 }
    }
    return null
  })()`
  const centre = await page.evaluate<{ x: number; y: number } | null>(script)
  if (centre === null) throw new Error(`« ${word} » is not in the editor`)
  return centre
}

/** Runs `action` until `shown` is visible (at most 5 times, 3 s each). */
async function untilShown(shown: Locator, action: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await action()
    try {
      await shown.waitFor({ timeout: 3_000 })
      return
    } catch (error) {
      if (attempt === 5) throw error
    }
  }
}

describe('suggestion mode in the browser', () => {
  let fixture: WebFixture
  let documentId: string
  let nadia: BrowserUser
  let thomas: BrowserUser
  let camille: BrowserUser

  beforeAll(async () => {
    fixture = await startWebFixture()
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    documentId = (
      await createPage(fixture.api, credential, { spaceId: LILLE_SPACE_ID, title: 'Plan local' })
    ).id
    nadia = await fixture.signIn(DemoAccount.lille.email)
    thomas = await fixture.signIn(DemoAccount.lecteur.email)
    camille = await fixture.signIn(DemoAccount.admin.email)
    await typeAtEnd(await openDocument(nadia.page, documentId), SENTENCE)
    // Thomas reads it before lecteurs may suggest: his page follows the change without a reload.
    await thomas.page.goto(`/documents/${documentId}`)
    await documentScreen(thomas.page).editor.filter({ hasText: SENTENCE }).waitFor()
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('lets an animateur allow lecteurs to suggest, and an editor choose to suggest by default', async () => {
    await camille.page.goto(`/espaces/${LILLE_SPACE_ID}`)
    const setting = camille.page.getByRole('region', { name: 'Relecture' })
    await setting.getByLabel('Commentaires et suggestions de modification').check()
    await setting.getByRole('button', { name: 'Enregistrer' }).click()
    await setting.getByText('Réglage de relecture enregistré.').waitFor()
    const settingViolations = blockingViolations(await auditAccessibility(camille.page))
    expect(settingViolations, describeViolations(settingViolations)).toEqual([])

    await nadia.page.goto(`/espaces/${LILLE_SPACE_ID}`)
    await nadia.page
      .getByLabel('Mode d’écriture de Nadia Benali')
      .selectOption({ label: 'Suggérer des modifications' })
    await nadia.page.getByText('Mode d’écriture de Nadia Benali enregistré.').waitFor()
    const screen = await openDocument(nadia.page, documentId)
    const toggle = screen.toolbar.getByRole('button', { name: 'Suggérer' })
    await waitFor(async () => {
      expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    })
    expect(await toggle.getAttribute('aria-disabled')).toBeNull()
    await toggle.click()
    await waitFor(async () => {
      expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    })
  })

  it('makes what a lecteur types and deletes suggestions, the mode locked on', async () => {
    const screen = documentScreen(thomas.page)
    const toggle = screen.toolbar.getByRole('button', { name: 'Suggérer' })
    await toggle.waitFor()
    // Their suggestions are saved live: the status line says so, not « Lecture seule ».
    await statusSaying(thomas.page, SyncStatus.Synced).waitFor()
    await thomas.page.getByText('Vous relisez ce document').waitFor()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    // The same on a page opened afresh, where the keys below go.
    await thomas.page.reload()
    await statusSaying(thomas.page, SyncStatus.Synced).waitFor()
    await screen.editor.filter({ hasText: SENTENCE }).waitFor()
    await toggle.waitFor()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    expect(await toggle.getAttribute('aria-disabled')).toBe('true')
    await thomas.page.getByText('Vous pouvez suggérer des ajouts et des suppressions').waitFor()

    // Two deletions — the word « local » (double-clicked), then « Le » at the start — and an
    // insertion at the end.
    // Striking text again changes nothing, so each deletion is tried until it shows: a key may
    // land while the page is still settling after its reload.
    await untilShown(screen.editor.locator('del.suggestion', { hasText: 'local' }), async () => {
      const word = await wordCentre(screen.page, 'local')
      await screen.page.mouse.dblclick(word.x, word.y)
      await screen.page.keyboard.press('Backspace')
    })
    await untilShown(screen.editor.locator('del.suggestion', { hasText: 'Le' }), async () => {
      await screen.editor.focus()
      await screen.page.keyboard.press('Control+Home')
      for (let step = 0; step < 3; step++) await screen.page.keyboard.press('Shift+ArrowRight')
      await screen.page.keyboard.press('Backspace')
    })
    await typeAtEnd(screen, ' Dès 2027.')

    const group = groupOf(thomas.page, 'Thomas Petit')
    await group.getByText('3 suggestions').waitFor()
    expect(await screen.contentText()).toBe(`${SENTENCE} Dès 2027.`)
    await screen.editor.locator('ins.suggestion', { hasText: 'Dès 2027.' }).waitFor()
    await screen.editor.locator('del.suggestion', { hasText: 'Le' }).waitFor()
    // A lecteur does not decide; they may withdraw their own.
    expect(
      await panelOf(thomas.page)
        .getByRole('button', { name: /^Accepter/ })
        .count(),
    ).toBe(0)
    await group
      .getByRole('button', { name: /^Retirer ma suggestion/ })
      .first()
      .waitFor()
    const violations = blockingViolations(await auditAccessibility(thomas.page))
    expect(violations, describeViolations(violations)).toEqual([])
  })

  it('shows an editor each suggestion with its author and time, to accept or reject', async () => {
    const screen = await openDocument(camille.page, documentId)
    const group = groupOf(camille.page, 'Thomas Petit')
    await group.getByText('3 suggestions').waitFor()
    const inserted = screen.editor.locator('ins.suggestion', { hasText: 'Dès 2027.' })
    expect(await inserted.getAttribute('title')).toMatch(/^Ajout proposé par Thomas Petit, le \d/)
    expect(await group.locator('time').first().textContent()).toMatch(
      /^le \d{1,2} \S+ à \d{2}:\d{2}$/,
    )

    await group
      .getByRole('button', {
        name: 'Accepter\u00a0: ajout «\u00a0 Dès 2027.\u00a0» de Thomas Petit',
      })
      .click()
    await panelOf(camille.page).getByText('Suggestion acceptée.').waitFor()
    await group
      .getByRole('button', { name: 'Rejeter\u00a0: suppression «\u00a0Le \u00a0» de Thomas Petit' })
      .click()
    await group.getByText('(1 suggestion)', { exact: true }).waitFor()
    await camille.page
      .getByRole('button', { name: 'Accepter toutes les suggestions de Thomas Petit' })
      .click()
    await panelOf(camille.page).getByText('Aucune suggestion en attente.').waitFor()

    const expected = 'Le plan  pour l’emploi des jeunes. Dès 2027.'
    await waitFor(async () => {
      expect(await screen.contentText()).toBe(expected)
      expect(await documentScreen(thomas.page).contentText()).toBe(expected)
      expect(await documentScreen(nadia.page).contentText()).toBe(expected)
    })
    expect(await screen.editor.locator('ins.suggestion, del.suggestion').count()).toBe(0)
  })
})
