import type { Page } from 'playwright-core'

/**
 * The id the web app put in `page`'s address, as matched by `path`'s first group; throws, naming
 * the address, when `path` does not match.
 */
export function idIn(page: Page, path: RegExp): string {
  const id = path.exec(new URL(page.url()).pathname)?.[1]
  if (id === undefined) throw new Error(`the web app shows ${page.url()}, not ${path.source}`)
  return decodeURIComponent(id)
}
