import type { Page } from 'playwright-core'

// Two frames: the first runs before the next paint, the second after it.
const NEXT_FRAMES_SCRIPT =
  'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))'

/**
 * Resolves once `page` has painted again, so that what the browser does after an input or a scroll
 * (a `selectionchange`, blocks painted by `content-visibility: auto`) has happened.
 */
export async function waitForPaint(page: Page): Promise<void> {
  await page.evaluate(NEXT_FRAMES_SCRIPT)
}
