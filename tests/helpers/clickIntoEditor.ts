import type { Locator, Page } from 'playwright-core'
import { waitForPaint } from './waitForPaint.ts'

/**
 * Clicks into a Tiptap (ProseMirror) editor and resolves once it has taken the focus and the
 * browser has painted: keys typed in the very same instant as the click may reach ProseMirror
 * before it has read the click's selection (a person never types that fast; a test does).
 */
export async function clickIntoEditor(page: Page, editor: Locator): Promise<void> {
  await editor.click()
  await editor.and(page.locator('.ProseMirror-focused')).waitFor()
  await waitForPaint(page)
}
