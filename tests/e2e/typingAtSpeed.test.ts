import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionCredential } from '../helpers/apiClient.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { clickIntoEditor } from '../helpers/clickIntoEditor.ts'
import { createPage } from '../helpers/createDocument.ts'
import { openDocument, type DocumentScreen } from '../helpers/documentScreen.ts'
import { waitFor } from '../helpers/waitFor.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

// Keys typed right after a send, a toolbar click or Enter go where the caret shows, however soon
// the first one follows: a fast typist, a keyboard macro or an assistive tool sends them within
// milliseconds. Every test below types at Playwright's full speed, with nothing waited for
// between the action and the next key.
const ROUNDS = 8

describe('keys typed at full speed right after an action land where the caret shows', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let credential: SessionCredential

  beforeAll(async () => {
    fixture = await startWebFixture()
    ;({ credential } = await fixture.api.signIn(DemoAccount.lille.email))
    nadia = await fixture.signIn(DemoAccount.lille.email)
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('keeps every key typed right after Ctrl+Entrée sends a message: each is in the next one', async () => {
    const page = nadia.page
    const composer = await openThread(page, await createThread(fixture, credential))
    await clickIntoEditor(page, composer)
    const sent = Array.from(
      { length: ROUNDS },
      (_, round) => `Message ${round + 1} du fil, tapé vite.`,
    )
    for (const text of sent) {
      await page.keyboard.type(text)
      await page.keyboard.press('Control+Enter')
    }
    const tail = 'Et la suite, pas encore envoyée.'
    await page.keyboard.type(tail)

    await waitFor(
      async () => {
        expect(await messageTexts(page)).toEqual([OPENING, ...sent])
      },
      { timeoutMs: 20_000 },
    )
    expect((await composer.textContent())?.trim()).toBe(tail)
  })

  it('gives the focus back to the composer after « Envoyer », ready for the next message', async () => {
    const page = nadia.page
    const composer = page.getByRole('combobox', { name: 'Votre message', exact: true })
    const before = (await messageTexts(page)).length
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click()
    await page.keyboard.type(' Tapé après le clic.')

    await waitFor(async () => {
      expect((await messageTexts(page)).length).toBe(before + 1)
    })
    expect(await composer.and(page.locator(':focus')).count()).toBe(1)
    expect((await composer.textContent())?.trim()).toBe('Tapé après le clic.')
  })

  it('puts the text typed right after « Liste à puces » in the list item, round after round', async () => {
    const screen = await newDocument(fixture, credential, nadia.page, 'Listes tapées vite')
    const page = screen.page
    await clickIntoEditor(page, screen.editor)
    const expected: string[] = []
    // The key must beat the browser's handling of the new selection: more rounds, more chances.
    for (let round = 1; round <= ROUNDS * 2; round += 1) {
      await toolbarButton(screen, 'Liste à puces').click()
      await page.keyboard.type(`Point ${round}`)
      // Enter twice leaves the list: the next round starts in a paragraph again.
      await page.keyboard.press('Enter')
      await page.keyboard.press('Enter')
      await page.keyboard.type(`Après ${round}`)
      await page.keyboard.press('Enter')
      expected.push(`ul/p: Point ${round}`, `p: Après ${round}`)
    }

    await waitFor(async () => {
      expect(await textBlocksOf(page)).toEqual(expected)
    })
  })

  it('applies every block button to the text typed right after the click', async () => {
    const screen = await newDocument(fixture, credential, nadia.page, 'Blocs tapés vite')
    const page = screen.page
    await clickIntoEditor(page, screen.editor)
    // What each button makes, and whether clicking it again on the next (empty) block takes
    // that block back out to a paragraph; Enter after a heading already gives a paragraph.
    const buttons = [
      { label: 'Liste numérotée', block: 'ol/p', leaveByClick: true },
      { label: 'Citation', block: 'blockquote/p', leaveByClick: true },
      { label: 'Titre', block: 'h2', leaveByClick: false },
      { label: 'Sous-titre', block: 'h3', leaveByClick: false },
      { label: 'Cases à cocher', block: 'ul/p', leaveByClick: true },
    ] as const
    const expected: string[] = []
    for (let round = 1; round <= 2; round += 1) {
      for (const { label, block, leaveByClick } of buttons) {
        const text = `${label} ${round}`
        await toolbarButton(screen, label).click()
        await page.keyboard.type(text)
        await page.keyboard.press('Enter')
        if (leaveByClick) await toolbarButton(screen, label).click()
        expected.push(`${block}: ${text}`)
      }
    }
    await page.keyboard.type('Fin')

    await waitFor(async () => {
      expect(await textBlocksOf(page)).toEqual([...expected, 'p: Fin'])
    })
  })

  it('puts the text typed right after a toolbar button pressed with the keyboard in the editor', async () => {
    const screen = await newDocument(fixture, credential, nadia.page, 'Barre d’outils au clavier')
    const page = screen.page
    const expected: string[] = []
    for (let round = 1; round <= ROUNDS / 2; round += 1) {
      // A keyboard user on the button: Enter presses it, and the next keys are text again.
      await toolbarButton(screen, 'Liste à puces').focus()
      await page.keyboard.press('Enter')
      await page.keyboard.type(`Clavier ${round}`)
      await page.keyboard.press('Enter')
      await page.keyboard.press('Enter')
      expected.push(`ul/p: Clavier ${round}`)
    }

    await waitFor(async () => {
      expect(await textBlocksOf(page)).toEqual(expected)
    })
  })

  it('applies every mark button to the word typed right after the click', async () => {
    const screen = await newDocument(fixture, credential, nadia.page, 'Marques tapées vite')
    const page = screen.page
    await clickIntoEditor(page, screen.editor)
    const marks = [
      ['Gras', 'strong'],
      ['Italique', 'em'],
      ['Souligné', 'u'],
      ['Barré', 's'],
      ['Surligné', 'mark'],
    ] as const
    for (let round = 1; round <= 2; round += 1) {
      for (const [label] of marks) {
        await toolbarButton(screen, label).click()
        await page.keyboard.type(`${label}${round}`)
        await toolbarButton(screen, label).click()
        await page.keyboard.type(' ')
      }
    }

    await waitFor(async () => {
      const marked = await page.evaluate(MARKED_SCRIPT)
      expect(marked).toEqual(
        [1, 2].flatMap((round) => marks.map(([label, tag]) => `${tag}: ${label}${round}`)),
      )
    })
  })

  it('puts the text typed right after Enter in the new paragraph, round after round', async () => {
    const screen = await newDocument(fixture, credential, nadia.page, 'Paragraphes tapés vite')
    const page = screen.page
    await clickIntoEditor(page, screen.editor)
    const lines = Array.from({ length: ROUNDS * 2 }, (_, line) => `Ligne ${line + 1}`)
    for (const [index, line] of lines.entries()) {
      if (index > 0) await page.keyboard.press('Enter')
      await page.keyboard.type(line)
    }

    await waitFor(async () => {
      expect(await textBlocksOf(page)).toEqual(lines.map((line) => `p: ${line}`))
    })
  })
})

const OPENING = 'Comment garder les stagiaires jusqu’au bout de la formation ?'

async function createThread(fixture: WebFixture, as: SessionCredential): Promise<string> {
  const response = await fixture.api.request<{ id: string }>('POST', '/api/echanges', {
    as,
    body: {
      type: 'question',
      title: 'Frais de garde pendant la formation',
      themes: ['formation'],
      territorySpaceIds: [LILLE_SPACE_ID],
      originSpaceId: LILLE_SPACE_ID,
      content: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: OPENING }] }],
      },
    },
  })
  if (response.status !== 201) {
    throw new Error(`could not open a thread: ${response.status} ${response.text}`)
  }
  return response.body.id
}

async function openThread(page: Page, threadId: string): Promise<Locator> {
  await page.goto(`/echanges/${threadId}`)
  await page.locator('ol.messages > li').filter({ hasText: OPENING }).waitFor()
  const composer = page.getByRole('combobox', { name: 'Votre message', exact: true })
  await composer.waitFor()
  return composer
}

/** The text of each message of the thread shown, in order. */
async function messageTexts(page: Page): Promise<string[]> {
  const contents = await page.locator('ol.messages > li .contenu-message').allTextContents()
  return contents.map((text) => text.trim())
}

async function newDocument(
  fixture: WebFixture,
  as: SessionCredential,
  page: Page,
  title: string,
): Promise<DocumentScreen> {
  const document = await createPage(fixture.api, as, { spaceId: LILLE_SPACE_ID, title })
  return openDocument(page, document.id)
}

function toolbarButton(screen: DocumentScreen, label: string): Locator {
  return screen.toolbar.getByRole('button', { name: label, exact: true })
}

// Each bold, italic, underlined, struck or highlighted run of the editor as `tag: text`.
const MARKED_SCRIPT = `[...document.querySelectorAll('.ProseMirror :is(strong, em, u, s, mark)')].map(
  (element) => element.tagName.toLowerCase() + ': ' + element.textContent,
)`

// Each text block of the editor as `top/tag: text`, where `top` is the top-level block holding it
// when that is not the text block itself: `ul/p: Point 1`, `h2: Titre`; carets left out, and the
// empty paragraphs at the end too (Enter leaving a list and Tiptap's trailing node make them).
const TEXT_BLOCKS_SCRIPT = `(() => {
  const editor = document.querySelector('.ProseMirror')
  if (editor === null) throw new Error('no .ProseMirror editor on the page')
  return [...editor.querySelectorAll('p, h2, h3, h4')].map((block) => {
    let top = block
    while (top.parentElement !== editor) top = top.parentElement
    const copy = block.cloneNode(true)
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove()
    const tag = block.tagName.toLowerCase()
    const path = top === block ? tag : top.tagName.toLowerCase() + '/' + tag
    return path + ': ' + copy.textContent
  })
})()`

async function textBlocksOf(page: Page): Promise<string[]> {
  const blocks = await page.evaluate(TEXT_BLOCKS_SCRIPT)
  if (!Array.isArray(blocks)) throw new Error('the editor’s blocks could not be read')
  const texts = blocks.map(String)
  while (texts.at(-1) === 'p: ') texts.pop()
  return texts
}
