import { mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'

/** Where the screenshots of the browser tests go (git-ignored), looked at before a release. */
export const ARTIFACTS_DIR = fileURLToPath(new URL('../e2e/artifacts/', import.meta.url))

/** Writes a full-page screenshot of `page` to `tests/e2e/artifacts/<screen>.png`; returns its path. */
export async function saveScreenshot(page: Page, screen: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true })
  const path = `${ARTIFACTS_DIR}${screen}.png`
  await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' })
  return path
}
