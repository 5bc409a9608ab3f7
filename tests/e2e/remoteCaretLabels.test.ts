import type { Browser, Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { clickIntoEditor } from '../helpers/clickIntoEditor.ts'
import { createPage } from '../helpers/createDocument.ts'
import { openDocument, type DocumentScreen } from '../helpers/documentScreen.ts'
import { saveScreenshot } from '../helpers/saveScreenshot.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { waitForPaint } from '../helpers/waitForPaint.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

// The name on another person's caret is the first thing people look for. It sits above the line,
// outside the block that holds the caret: it must be painted there, not only be in the DOM.
describe('the name on another person’s caret', () => {
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
      title: 'Relevé de décisions',
    })
    nadia = await fixture.signIn(DemoAccount.lille.email)
    camille = await fixture.signIn(DemoAccount.admin.email)
    nadiaScreen = await openDocument(nadia.page, document.id)
    camilleScreen = await openDocument(camille.page, document.id)
    await clickIntoEditor(nadia.page, nadiaScreen.editor)
    const keyboard = nadia.page.keyboard
    await keyboard.type('Ordre du jour')
    await keyboard.press('Enter')
    await keyboard.type('Le comité valide le calendrier des ateliers.')
    await keyboard.press('Enter')
    await keyboard.type('- Premier point')
    await keyboard.press('Enter')
    await keyboard.type('Second point')
    await keyboard.press('Enter')
    await keyboard.press('Enter')
    await keyboard.type('La séance est levée à 18 h.')
    await camilleScreen.editor.getByText('La séance est levée à 18 h.').waitFor()
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('is painted when the caret is in an ordinary paragraph', async () => {
    await placeCaretAfter(nadiaScreen, 'Le comité valide le calendrier')
    const label = camilleScreen.caretOf(DemoAccount.lille.name)
    await label.waitFor()
    // For a person to look at (tests/e2e/artifacts/), whatever the pixels below say.
    await saveScreenshot(camille.page, 'remote-caret-paragraph')
    await expectLabelPainted(fixture.browser, camilleScreen, DemoAccount.lille.name)
    expect(await label.innerText()).toBe(DemoAccount.lille.name)
  })

  it('is painted when the caret is in the first line of the document', async () => {
    await placeCaretAfter(nadiaScreen, 'Ordre du')
    await expectLabelPainted(fixture.browser, camilleScreen, DemoAccount.lille.name)
  })

  it('is painted when the caret is in a list', async () => {
    await placeCaretAfter(nadiaScreen, 'Second')
    await expectLabelPainted(fixture.browser, camilleScreen, DemoAccount.lille.name)
  })

  it('is painted for both people at once, each on the other’s screen', async () => {
    await clickInto(camilleScreen, 'La séance est levée')
    await expectLabelPainted(fixture.browser, nadiaScreen, DemoAccount.admin.name)
    await expectLabelPainted(fixture.browser, camilleScreen, DemoAccount.lille.name)
  })
})

/** Clicks into Nadia's text and puts her caret right after `text`. */
async function placeCaretAfter(screen: DocumentScreen, text: string): Promise<void> {
  const page = screen.page
  await clickInto(screen, text)
  await page.keyboard.press('Home')
  for (let moved = 0; moved < text.length; moved += 1) await page.keyboard.press('ArrowRight')
}

/** Clicks on `text` in the editor and waits until the editor has the focus. */
async function clickInto(screen: DocumentScreen, text: string): Promise<void> {
  await screen.editor.getByText(text, { exact: false }).click()
  await screen.editor.and(screen.page.locator('.ProseMirror-focused')).waitFor()
  await waitForPaint(screen.page)
}

/**
 * Waits until the label carrying `name` on `screen` is next to the caret and painted: most pixels
 * of its box have its background colour in a screenshot of the page (a clipped label shows the
 * page underneath instead). Returns the label.
 */
async function expectLabelPainted(
  browser: Browser,
  screen: DocumentScreen,
  name: string,
): Promise<Locator> {
  const label = screen.caretOf(name)
  await label.waitFor()
  await label.scrollIntoViewIfNeeded()
  await waitFor(async () => {
    await waitForPaint(screen.page)
    const box = await label.boundingBox()
    expect(box, 'the label has no box').not.toBeNull()
    if (box === null) return
    expect(box.width).toBeGreaterThan(20)
    // Set by `renderCaret` from the account's colour; the browser reads it back as `rgb(…)`.
    const background = await label.evaluate(
      (element: { style: { backgroundColor: string } }) => element.style.backgroundColor,
    )
    const png = await screen.page.screenshot({ clip: box, animations: 'disabled', caret: 'hide' })
    const share = await shareOfColour(browser, png, background)
    expect(share, `share of the label’s box painted in ${background}`).toBeGreaterThan(0.5)
  })
  return label
}

// Runs in a blank page, free of the web app's Content-Security-Policy, to read the PNG's pixels.
const SHARE_OF_COLOUR_SCRIPT = `async ({ png, colour }) => {
  const image = new Image()
  image.src = 'data:image/png;base64,' + png
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = image.naturalWidth
  canvas.height = image.naturalHeight
  const context = canvas.getContext('2d')
  context.drawImage(image, 0, 0)
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
  const [red, green, blue] = colour.match(/\\d+/g).map(Number)
  let matching = 0
  for (let index = 0; index < data.length; index += 4) {
    const distance =
      Math.abs(data[index] - red) + Math.abs(data[index + 1] - green) + Math.abs(data[index + 2] - blue)
    if (distance < 40) matching += 1
  }
  return matching / (data.length / 4)
}`

/** The share (0–1) of the pixels of `png` close to the CSS `rgb()` colour `colour`. */
async function shareOfColour(browser: Browser, png: Buffer, colour: string): Promise<number> {
  const page = await browser.newPage()
  try {
    const argument = JSON.stringify({ png: png.toString('base64'), colour })
    const share = await page.evaluate(`(${SHARE_OF_COLOUR_SCRIPT})(${argument})`)
    if (typeof share !== 'number') throw new Error('the screenshot’s pixels could not be read')
    return share
  } finally {
    await page.close()
  }
}
