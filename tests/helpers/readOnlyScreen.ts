import type { Locator, Page } from 'playwright-core'
import { exactText } from './documentScreen.ts'

/** What the status line says to a person who may only read, once up to date with the server. */
export const READ_ONLY_SYNCED = 'Lecture seule — à jour, en direct'

/** The connection status line of a document or survey answer (one per page). */
export function statusLine(page: Page): Locator {
  return page.locator('.ligne-etat [role="status"]')
}

/** The status line showing exactly `text`. */
export function statusSaying(page: Page, text: string): Locator {
  return statusLine(page).filter({ hasText: exactText(text) })
}

// Plain JavaScript evaluated in the page: every control of the main content a person could
// change, described by its id, name or markup. Inputs and text areas must be read-only or
// disabled, selects, radios and checkboxes disabled, rich text not contenteditable.
const CHANGEABLE_CONTROLS_SCRIPT = `(() => {
  const main = document.querySelector('main')
  if (main === null) throw new Error('no <main> on the page')
  const controls = [...main.querySelectorAll('input, textarea, select, [contenteditable]')]
  return controls
    .filter((control) => {
      if (control.hasAttribute('contenteditable')) {
        return control.getAttribute('contenteditable') !== 'false'
      }
      if (control.type === 'hidden') return false
      return !(control.disabled || control.readOnly === true)
    })
    .map((control) => control.id || control.name || control.outerHTML.slice(0, 100))
})()`

// The buttons of the main content, by their text (read-only screens offer none that change).
const BUTTONS_SCRIPT = `(() => [...document.querySelectorAll('main button')]
  .map((button) => button.textContent.trim()))()`

/** The controls of the page's main content that a person could still change. */
export async function changeableControls(page: Page): Promise<string[]> {
  return stringsOf(await page.evaluate(CHANGEABLE_CONTROLS_SCRIPT))
}

/** The texts of the buttons of the page's main content. */
export async function buttonTexts(page: Page): Promise<string[]> {
  return stringsOf(await page.evaluate(BUTTONS_SCRIPT))
}

function stringsOf(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error('the page did not answer a list of strings')
  }
  return value
}
