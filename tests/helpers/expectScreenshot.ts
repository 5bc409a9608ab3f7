import { stat } from 'node:fs/promises'
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { saveScreenshot } from './saveScreenshot.ts'
import { waitForPaint } from './waitForPaint.ts'

const BLUR_SCRIPT = 'document.activeElement?.blur()'

/**
 * Saves a full-page screenshot of `screen` with `from` (default: the top of the page) in view and
 * nothing focused, and checks it is not blank: blocks far from the view are not painted
 * (`content-visibility: auto`), and a sticky toolbar would show where the last keystroke
 * scrolled it.
 */
export async function expectScreenshot(page: Page, screen: string, from?: Locator): Promise<void> {
  await page.evaluate(BLUR_SCRIPT)
  if (from === undefined) await page.evaluate('window.scrollTo(0, 0)')
  else await from.scrollIntoViewIfNeeded()
  await waitForPaint(page)
  const path = await saveScreenshot(page, screen)
  expect((await stat(path)).size).toBeGreaterThan(5_000)
}
