import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import type { SessionCredential } from '../helpers/apiClient.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { createPage } from '../helpers/createDocument.ts'
import { SyncStatus, documentScreen, openDocument, typeAtEnd } from '../helpers/documentScreen.ts'
import { READ_ONLY_SYNCED, statusSaying } from '../helpers/readOnlyScreen.ts'
import { saveScreenshot } from '../helpers/saveScreenshot.ts'
import { waitForPaint } from '../helpers/waitForPaint.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

const SENTENCE = 'Le comité se réunit chaque trimestre avec les partenaires.'

/** The « Commentaires » panel of the document page. */
function panelOf(page: Page): Locator {
  return page.getByRole('region', { name: 'Commentaires' })
}

/** The thread of the panel whose messages include `text`. */
function threadWith(page: Page, text: string): Locator {
  return panelOf(page)
    .locator('li.fil-commentaire')
    .filter({ has: page.getByText(text, { exact: true }) })
}

// Selects the first occurrence of a text within one text node of the editor, as a drag of the
// mouse over it would (keyboard steps would also count the other people's caret widgets).
// Plain JavaScript evaluated in the page, given the text as a JSON string.
const SELECT_TEXT_SCRIPT = `((text) => {
  const editor = document.querySelector('.ProseMirror')
  if (editor === null) return false
  editor.focus()
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const at = node.data.indexOf(text)
    if (at < 0) continue
    document.getSelection().setBaseAndExtent(node, at, node, at + text.length)
    return true
  }
  return false
})`

/** Selects `text` in the editor and waits for the editor to take the selection. */
async function selectText(page: Page, text: string): Promise<void> {
  expect(await page.evaluate(`${SELECT_TEXT_SCRIPT}(${JSON.stringify(text)})`)).toBe(true)
  await waitForPaint(page)
}

describe('comments anchored in the text of a document', () => {
  let fixture: WebFixture
  let documentId: string
  let nadia: BrowserUser
  let thomas: BrowserUser
  let credential: SessionCredential

  beforeAll(async () => {
    fixture = await startWebFixture()
    ;({ credential } = await fixture.api.signIn(DemoAccount.lille.email))
    documentId = (
      await createPage(fixture.api, credential, {
        spaceId: LILLE_SPACE_ID,
        title: 'Calendrier du comité',
      })
    ).id
    nadia = await fixture.signIn(DemoAccount.lille.email)
    thomas = await fixture.signIn(DemoAccount.lecteur.email)
    const screen = await openDocument(nadia.page, documentId)
    await typeAtEnd(screen, SENTENCE)
    await thomas.page.goto(`/documents/${documentId}`)
    await statusSaying(thomas.page, READ_ONLY_SYNCED).waitFor()
    await documentScreen(thomas.page).editor.filter({ hasText: SENTENCE }).waitFor()
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('comments a selected passage, and a lecteur sees it live and replies', async () => {
    await selectText(nadia.page, 'chaque trimestre')
    await nadia.page.keyboard.press('Control+Alt+m')
    const panel = panelOf(nadia.page)
    const field = panel.getByLabel('Votre commentaire')
    await field.waitFor()
    expect(await panel.textContent()).toContain('Sur le passage «\u00a0chaque trimestre\u00a0»')
    await field.fill('Préciser les dates des quatre séances.')
    await panel.getByRole('button', { name: 'Commenter', exact: true }).click()

    const seen = threadWith(thomas.page, 'Préciser les dates des quatre séances.')
    await seen.waitFor()
    expect(await seen.getByRole('heading').textContent()).toContain('chaque trimestre')
    await thomas.page.locator('.passage-commente', { hasText: 'chaque trimestre' }).waitFor()
    await thomas.page
      .getByText('Nouveau commentaire de Nadia Benali.')
      .waitFor({ state: 'attached' })

    await seen.getByLabel('Votre réponse').fill('Mars, juin, septembre et décembre.')
    await seen.getByRole('button', { name: 'Répondre' }).click()
    await threadWith(nadia.page, 'Mars, juin, septembre et décembre.').waitFor()
    await threadWith(nadia.page, 'Mars, juin, septembre et décembre.')
      .getByRole('button', { name: 'Voir le passage' })
      .click()
    // The passage becomes the current one, and the caret goes into it.
    await nadia.page.locator('.passage-commente.actif', { hasText: 'chaque trimestre' }).waitFor()
    await documentScreen(nadia.page).editor.and(nadia.page.locator(':focus')).waitFor()
    await saveScreenshot(nadia.page, 'commentaires-fil')
  })

  it('resolves and reopens a thread for everyone', async () => {
    const thread = threadWith(nadia.page, 'Préciser les dates des quatre séances.')
    await thread.getByRole('button', { name: 'Résoudre' }).click()
    const thomasPanel = panelOf(thomas.page)
    await thomasPanel.getByRole('button', { name: 'Ouverts (0)' }).waitFor()
    // A resolved passage is no longer highlighted.
    await thomas.page.locator('.passage-commente').waitFor({ state: 'detached' })
    await thomasPanel.getByRole('button', { name: 'Résolus (1)' }).click()
    const resolved = threadWith(thomas.page, 'Préciser les dates des quatre séances.')
    expect(await resolved.textContent()).toContain('Résolu par Nadia Benali')
    await resolved.getByRole('button', { name: 'Rouvrir' }).click()
    await panelOf(nadia.page).getByRole('button', { name: 'Ouverts (1)' }).waitFor()
    await nadia.page.locator('.passage-commente', { hasText: 'chaque trimestre' }).waitFor()
    await thomasPanel.getByRole('button', { name: 'Ouverts (1)' }).click()
  })

  it('says when the commented passage was deleted, with its quote', async () => {
    await selectText(nadia.page, 'se réunit ')
    await panelOf(nadia.page).getByRole('button', { name: 'Commenter la sélection' }).click()
    const panel = panelOf(nadia.page)
    await panel.getByLabel('Votre commentaire').fill('Réunion ou séance plénière ?')
    await panel.getByRole('button', { name: 'Commenter', exact: true }).click()
    const onThomas = threadWith(thomas.page, 'Réunion ou séance plénière ?')
    await onThomas.waitFor()

    await selectText(nadia.page, 'se réunit ')
    await nadia.page.keyboard.press('Backspace')
    await onThomas.getByText('Le passage commenté a été supprimé').waitFor()
    expect(await onThomas.getByRole('heading').textContent()).toContain('se réunit')
    await saveScreenshot(thomas.page, 'commentaires-passage-supprime')
    const violations = blockingViolations(await auditAccessibility(thomas.page))
    expect(violations, describeViolations(violations)).toEqual([])
  })

  it('comments a field of a fiche action from beside its label', async () => {
    const created = await fixture.api.request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${LILLE_SPACE_ID}/documents`,
      { as: credential, body: { kind: 'fiche-action', title: 'Parrainage des seniors' } },
    )
    expect(created.status).toBe(201)
    await openDocument(nadia.page, created.body.document.id)
    await nadia.page
      .getByRole('button', { name: 'Commenter ce champ «\u00a0Précision sur le cadre\u00a0»' })
      .click()
    const panel = panelOf(nadia.page)
    expect(await panel.textContent()).toContain('Sur le champ «\u00a0Précision sur le cadre')
    await panel.getByLabel('Votre commentaire').fill('Nommer le plan local concerné.')
    await panel.getByRole('button', { name: 'Commenter', exact: true }).click()
    const thread = threadWith(nadia.page, 'Nommer le plan local concerné.')
    await thread.waitFor()
    expect(await thread.getByRole('heading').textContent()).toBe(
      'Sur le champ «\u00a0Précision sur le cadre\u00a0»',
    )
  })

  it('keeps a comment written offline on the device and sends it when the connection returns', async () => {
    const screen = await openDocument(nadia.page, documentId)
    await nadia.context.setOffline(true)
    await screen.status(SyncStatus.Offline).waitFor()
    await typeAtEnd(screen, ' Ordre du jour à venir.')
    await selectText(nadia.page, 'Ordre du jour')
    await nadia.page.keyboard.press('Control+Alt+m')
    const panel = panelOf(nadia.page)
    await panel.getByLabel('Votre commentaire').fill('Le joindre à la convocation.')
    await panel.getByRole('button', { name: 'Commenter', exact: true }).click()
    const waiting = panel.getByRole('region', { name: 'Commentaires en attente d’envoi' })
    await waiting.getByText('en attente d’envoi', { exact: true }).waitFor()
    expect(await waiting.textContent()).toContain('Le joindre à la convocation.')

    await nadia.context.setOffline(false)
    await screen.status(SyncStatus.Synced).waitFor()
    await threadWith(thomas.page, 'Le joindre à la convocation.').waitFor()
    await thomas.page.locator('.passage-commente', { hasText: 'Ordre du jour' }).waitFor()
    await waiting.waitFor({ state: 'detached' })
  })

  it('lets the author change, then delete, their own reply', async () => {
    const onThomas = threadWith(thomas.page, 'Préciser les dates des quatre séances.')
    const reply = onThomas.getByRole('listitem').filter({ hasText: 'Mars, juin, septembre' })
    await reply.waitFor()
    // Nadia's message is not Thomas's to change.
    expect(
      await onThomas
        .getByRole('listitem')
        .filter({ hasText: 'Préciser les dates' })
        .getByRole('button', { name: 'Modifier' })
        .count(),
    ).toBe(0)
    await reply.getByRole('button', { name: 'Modifier' }).click()
    const field = onThomas.getByLabel('Modifier votre commentaire')
    await field.fill('Mars, juin et décembre.')
    await onThomas.getByRole('button', { name: 'Enregistrer' }).click()
    const onNadia = threadWith(nadia.page, 'Préciser les dates des quatre séances.')
    await onNadia.getByText('Mars, juin et décembre.', { exact: true }).waitFor()
    expect(await onNadia.textContent()).toContain('(modifié)')

    await onThomas
      .getByRole('listitem')
      .filter({ hasText: 'Mars, juin et décembre.' })
      .getByRole('button', { name: 'Supprimer' })
      .click()
    await onThomas
      .getByRole('group', { name: 'Supprimer ce commentaire' })
      .getByRole('button', { name: 'Supprimer' })
      .click()
    await onNadia
      .getByText('Mars, juin et décembre.', { exact: true })
      .waitFor({ state: 'detached' })
    expect(await onNadia.textContent()).toContain('Préciser les dates des quatre séances.')
  })
})
