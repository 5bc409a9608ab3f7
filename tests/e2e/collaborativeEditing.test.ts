import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { createPage } from '../helpers/createDocument.ts'
import { openDocument, typeAtEnd, type DocumentScreen } from '../helpers/documentScreen.ts'
import { waitFor } from '../helpers/waitFor.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

describe('two people editing one document in their browsers', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let camille: BrowserUser
  let nadiaScreen: DocumentScreen
  let camilleScreen: DocumentScreen

  beforeAll(async () => {
    fixture = await startWebFixture()
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    const document = await createPage(fixture.api, credential, {
      spaceId: LILLE_SPACE_ID,
      title: 'Compte rendu du comité',
    })
    nadia = await fixture.signIn(DemoAccount.lille.email)
    camille = await fixture.signIn(DemoAccount.admin.email)
    nadiaScreen = await openDocument(nadia.page, document.id)
    camilleScreen = await openDocument(camille.page, document.id)
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('lists both people as present on both screens', async () => {
    for (const screen of [nadiaScreen, camilleScreen]) {
      for (const name of [DemoAccount.lille.name, DemoAccount.admin.name]) {
        await screen.presence.getByRole('listitem').filter({ hasText: name }).waitFor()
      }
    }
  })

  it('shows what one person types to the other, with a caret carrying the writer’s name', async () => {
    await typeAtEnd(nadiaScreen, 'Ordre du jour : bilan des ateliers')

    await camilleScreen.editor.filter({ hasText: 'Ordre du jour : bilan des ateliers' }).waitFor()
    await camilleScreen.caretOf(DemoAccount.lille.name).waitFor()
  })

  it('merges what both type into the same text on both screens', async () => {
    await typeAtEnd(camilleScreen, ' et calendrier')

    await waitFor(
      async () => {
        const texts = await Promise.all([nadiaScreen.contentText(), camilleScreen.contentText()])
        expect(texts[0]).toContain('Ordre du jour : bilan des ateliers et calendrier')
        expect(texts[1]).toBe(texts[0])
      },
      { timeoutMs: 15_000 },
    )
    await nadiaScreen.caretOf(DemoAccount.admin.name).waitFor()
  })

  it('shows the title typed by one person in the other’s title field', async () => {
    await camilleScreen.title.focus()
    await camille.page.keyboard.press('End')
    await camille.page.keyboard.type(' du 12 mars')

    await waitFor(
      async () => {
        expect(await nadiaScreen.title.inputValue()).toBe('Compte rendu du comité du 12 mars')
      },
      { timeoutMs: 15_000 },
    )
  })
})
