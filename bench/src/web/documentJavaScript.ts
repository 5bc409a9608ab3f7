import { gzipSync } from 'node:zlib'
import type { BrowserContext, Response } from 'playwright-core'
import { SYNCED_STATUS } from './latencyProbe.ts'

/** Budget of the JavaScript needed to open a document, gzipped: 250 kB (1 kB = 1,000 bytes). */
export const DOCUMENT_JS_BUDGET_BYTES = 250_000

/** One script the browser downloaded to open a document. */
export interface ScriptSize {
  /** Path of the script on the server. */
  readonly path: string
  readonly bytes: number
  /** Its size compressed with gzip level 9 (`node:zlib`). */
  readonly gzipBytes: number
}

/** Every script loaded to open a document, largest first, and their total. */
export interface DocumentJavaScript {
  readonly scripts: readonly ScriptSize[]
  readonly totalBytes: number
  readonly totalGzipBytes: number
}

/**
 * Opens `/documents/<id>` in a new signed-in context (empty HTTP cache) and sums the JavaScript
 * the browser actually fetched until the document is synchronised and the network is idle: the
 * entry chunk, its imports and the lazily loaded chunks of the document route, measured rather
 * than read from the Vite manifest.
 */
export async function measureDocumentJavaScript(
  newContext: () => Promise<BrowserContext>,
  documentId: string,
): Promise<DocumentJavaScript> {
  const context = await newContext()
  try {
    const page = await context.newPage()
    const responses: Response[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') responses.push(response)
    })
    await page.goto(`/documents/${documentId}`)
    await page.getByRole('status').filter({ hasText: SYNCED_STATUS }).waitFor({ timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    const scripts: ScriptSize[] = []
    for (const response of responses) {
      const body = await response.body()
      scripts.push({
        path: new URL(response.url()).pathname,
        bytes: body.length,
        gzipBytes: gzipSync(body, { level: 9 }).length,
      })
    }
    scripts.sort((a, b) => b.gzipBytes - a.gzipBytes)
    return {
      scripts,
      totalBytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
      totalGzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
    }
  } finally {
    await context.close()
  }
}
